package com.activitysmith;

import static java.util.Objects.requireNonNull;

import com.activitysmith.exception.ActivitySmithException;
import com.activitysmith.generated.api.LiveActivitiesApi;
import com.activitysmith.generated.model.LiveActivityEndRequest;
import com.activitysmith.generated.model.LiveActivityEndResponse;
import com.activitysmith.generated.model.LiveActivityStartRequest;
import com.activitysmith.generated.model.LiveActivityStartResponse;
import com.activitysmith.generated.model.LiveActivityStreamDeleteRequest;
import com.activitysmith.generated.model.LiveActivityStreamDeleteResponse;
import com.activitysmith.generated.model.LiveActivityStreamPutResponse;
import com.activitysmith.generated.model.LiveActivityStreamRequest;
import com.activitysmith.generated.model.LiveActivityUpdateRequest;
import com.activitysmith.generated.model.LiveActivityUpdateResponse;
import com.activitysmith.internal.call.Answer;
import com.activitysmith.internal.call.ApiCaller;
import com.activitysmith.internal.validation.Arguments;
import com.activitysmith.internal.validation.ChannelTargets;
import com.activitysmith.payload.EndPayload;
import com.activitysmith.payload.StartPayload;
import com.activitysmith.payload.StreamEndPayload;
import com.activitysmith.payload.StreamPayload;
import com.activitysmith.payload.UpdatePayload;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.annotation.Nullable;
import retrofit2.Call;

/**
 * Starts, updates and ends Live Activities, by activity id or by stream key. Obtain it from {@link
 * ActivitySmith#liveActivities()}; immutable and thread-safe.
 *
 * <pre>{@code
 * LiveActivity deploy = smith.liveActivities().start(StartPayload.of(startRequest));
 * deploy.update(UpdatePayload.of(updateRequest));
 * deploy.end(EndPayload.of(endRequest));
 *
 * StreamResult result = smith.liveActivities().stream("nightly-backup", StreamPayload.of(streamRequest));
 * smith.liveActivities().endStream("nightly-backup");
 * }</pre>
 *
 * <p>Prefer streams when you can name the thing you track: a stream PUT is idempotent, so it is
 * retried on any transient failure, while a start could show a second activity and is retried only
 * when the service provably did not act. Stream keys must match {@code ^[A-Za-z0-9_-]+$} (at most
 * 255 characters); they are checked before sending and URL-encoded in the path.
 */
public final class LiveActivities {
  private static final String START = "startLiveActivity";
  private static final String UPDATE = "updateLiveActivity";
  private static final String END = "endLiveActivity";
  private static final String STREAM = "reconcileLiveActivityStream";
  private static final String END_STREAM = "endLiveActivityStream";
  private static final String STREAM_KEY = "stream_key";

  private final ApiCaller caller;
  private final LiveActivitiesApi api;
  private final List<String> channels;
  private final ActiveActivities active;

  LiveActivities(ApiCaller caller, LiveActivitiesApi api, List<String> channels, ActiveActivities active) {
    this.caller = caller;
    this.api = api;
    this.channels = channels;
    this.active = active;
  }

  /**
   * Returns a view whose {@link #start} and {@link #stream} show the activity only on the devices
   * subscribed to these channels ({@code target.channels}). Update, end and end-stream address an
   * existing activity and ignore it.
   */
  public LiveActivities channels(String first, String... more) {
    return new LiveActivities(caller, api, Arguments.channels(first, more), active);
  }

  /**
   * Starts a Live Activity and waits for its id.
   *
   * @return a handle that carries the activity id and can update and end it
   * @throws com.activitysmith.exception.ValidationException if the payload breaks a rule; nothing is sent
   * @throws com.activitysmith.exception.LiveActivityLimitException if too many activities are
   *     running: the service said so, or this client already knows of as many as may run (see
   *     {@link ActivitySmith.Builder#liveActivityLimit}; then nothing is sent)
   * @throws com.activitysmith.exception.RequestBudgetException if the rate budget has no room in time; nothing is sent
   * @throws com.activitysmith.exception.ApiException for other error answers
   * @throws com.activitysmith.exception.ApiConnectionException if no answer arrives
   */
  public LiveActivity start(StartPayload payload) {
    Call<LiveActivityStartResponse> call = prepareStart(payload);
    boolean reserved = active.reserve(START, null);
    LiveActivity started;
    try {
      started = started(caller.call(call));
    } catch (RuntimeException e) {
      active.failed(reserved, e);
      throw e;
    }
    active.started(reserved, ActiveActivities.activity(started.activityId()));
    return started;
  }

  /** Starts a Live Activity without blocking; invalid input and the known limit throw at once, other failures complete the future. */
  public CompletableFuture<LiveActivity> startAsync(StartPayload payload) {
    Call<LiveActivityStartResponse> call = prepareStart(payload);
    boolean reserved = active.reserve(START, null);
    CompletableFuture<LiveActivity> future;
    try {
      future = caller.callAsync(call).thenApply(this::started);
    } catch (RuntimeException e) {
      active.failed(reserved, e);
      throw e;
    }
    return future.whenComplete((started, failure) -> {
      if (failure != null) {
        active.failed(reserved, failure);
      } else {
        active.started(reserved, ActiveActivities.activity(started.activityId()));
      }
    });
  }

  /**
   * Replaces the content of a running Live Activity.
   *
   * @param activityId the id {@link #start} returned
   * @throws com.activitysmith.exception.ValidationException if the payload breaks a rule; nothing is sent
   * @throws com.activitysmith.exception.ApiException if the service answers with an error
   * @throws com.activitysmith.exception.ApiConnectionException if no answer arrives
   */
  public UpdateResult update(String activityId, UpdatePayload payload) {
    return UpdateResult.fromUpdate(activityId, caller.call(prepareUpdate(activityId, payload)));
  }

  /** Updates a Live Activity without blocking; invalid input throws at once, other failures complete the future. */
  public CompletableFuture<UpdateResult> updateAsync(String activityId, UpdatePayload payload) {
    return caller.callAsync(prepareUpdate(activityId, payload))
        .thenApply(response -> UpdateResult.fromUpdate(activityId, response));
  }

  /**
   * Shows a final state and ends a Live Activity.
   *
   * @param activityId the id {@link #start} returned
   * @throws com.activitysmith.exception.ValidationException if the payload breaks a rule; nothing is sent
   * @throws com.activitysmith.exception.ApiException if the service answers with an error
   * @throws com.activitysmith.exception.ApiConnectionException if no answer arrives
   */
  public UpdateResult end(String activityId, EndPayload payload) {
    UpdateResult result = UpdateResult.fromEnd(activityId, caller.call(prepareEnd(activityId, payload)));
    active.ended(ActiveActivities.activity(activityId));
    return result;
  }

  /** Ends a Live Activity without blocking; invalid input throws at once, other failures complete the future. */
  public CompletableFuture<UpdateResult> endAsync(String activityId, EndPayload payload) {
    return caller.callAsync(prepareEnd(activityId, payload))
        .thenApply(response -> {
          active.ended(ActiveActivities.activity(activityId));
          return UpdateResult.fromEnd(activityId, response);
        });
  }

  /**
   * Sends the latest state of a stream: the first call for a key starts a Live Activity, later ones
   * update it, do nothing when it is unchanged, or replace it when its type changed or it expired.
   *
   * @param streamKey names the thing the stream tracks
   * @return what was done, as {@link StreamResult#operation()}
   * @throws com.activitysmith.exception.ValidationException for a bad key or payload; nothing is sent
   * @throws com.activitysmith.exception.ApiException if the service answers with an error
   * @throws com.activitysmith.exception.ApiConnectionException if no answer arrives
   */
  public StreamResult stream(String streamKey, StreamPayload payload) {
    Call<LiveActivityStreamPutResponse> call = prepareStream(streamKey, payload);
    boolean reserved = active.reserve(STREAM, streamKey);
    StreamResult result;
    try {
      result = StreamResult.from(streamKey, caller.call(call));
    } catch (RuntimeException e) {
      active.failed(reserved, e);
      throw e;
    }
    streamed(reserved, streamKey, result);
    return result;
  }

  /** Sends a stream's state without blocking; invalid input and the known limit throw at once, other failures complete the future. */
  public CompletableFuture<StreamResult> streamAsync(String streamKey, StreamPayload payload) {
    return streamAsync(streamKey, prepareStream(streamKey, payload));
  }

  CompletableFuture<StreamResult> streamAsync(String streamKey, Call<LiveActivityStreamPutResponse> call) {
    boolean reserved = active.reserve(STREAM, streamKey);
    CompletableFuture<StreamResult> future;
    try {
      future = caller.callAsync(call).thenApply(response -> StreamResult.from(streamKey, response));
    } catch (RuntimeException e) {
      active.failed(reserved, e);
      throw e;
    }
    return future.whenComplete((result, failure) -> {
      if (failure != null) {
        active.failed(reserved, failure);
      } else {
        streamed(reserved, streamKey, result);
      }
    });
  }

  /**
   * Returns a coalescing streamer for the key: it accepts states at any rate and sends only the
   * latest one whenever the rate budget has room. See {@link LiveActivityStreamer}.
   *
   * @throws com.activitysmith.exception.ValidationException for a bad key
   */
  public LiveActivityStreamer streamer(String streamKey) {
    caller.checkPathParameter(STREAM, STREAM_KEY, requireNonNull(streamKey, "streamKey == null"));
    return new LiveActivityStreamer(this, streamKey);
  }

  /** Validates a prepared stream call without sending it. */
  void check(Call<?> call) {
    caller.check(call);
  }

  private void streamed(boolean reserved, String streamKey, StreamResult result) {
    if (result.activityId() == null) {
      active.started(reserved, null);
      active.ended(ActiveActivities.stream(streamKey));
    } else {
      active.started(reserved, ActiveActivities.stream(streamKey));
    }
  }

  /**
   * Ends a stream, keeping its latest state as the final one; the request has no body. A later
   * {@link #stream} with the same key starts a new activity.
   *
   * @throws com.activitysmith.exception.ValidationException for a bad key; nothing is sent
   * @throws com.activitysmith.exception.NotFoundException if no stream has this key
   * @throws com.activitysmith.exception.ApiException for other error answers
   * @throws com.activitysmith.exception.ApiConnectionException if no answer arrives
   */
  public StreamEndResult endStream(String streamKey) {
    return streamEnded(streamKey, StreamEndResult.from(streamKey, caller.call(prepareEndStream(streamKey, null))));
  }

  /** Ends a stream with a final state; fails as {@link #endStream(String)} does. */
  public StreamEndResult endStream(String streamKey, StreamEndPayload payload) {
    requireNonNull(payload, "payload == null");
    return streamEnded(streamKey, StreamEndResult.from(streamKey, caller.call(prepareEndStream(streamKey, payload))));
  }

  /** Ends a stream without blocking; invalid input throws at once, other failures complete the future. */
  public CompletableFuture<StreamEndResult> endStreamAsync(String streamKey) {
    return caller.callAsync(prepareEndStream(streamKey, null))
        .thenApply(response -> streamEnded(streamKey, StreamEndResult.from(streamKey, response)));
  }

  /** Ends a stream with a final state without blocking. */
  public CompletableFuture<StreamEndResult> endStreamAsync(String streamKey, StreamEndPayload payload) {
    requireNonNull(payload, "payload == null");
    return caller.callAsync(prepareEndStream(streamKey, payload))
        .thenApply(response -> streamEnded(streamKey, StreamEndResult.from(streamKey, response)));
  }

  private StreamEndResult streamEnded(String streamKey, StreamEndResult result) {
    active.ended(ActiveActivities.stream(streamKey));
    return result;
  }

  private LiveActivity started(Answer<LiveActivityStartResponse> answer) {
    LiveActivityStartResponse response = answer.body();
    if (response.activityId() == null || response.activityId().isEmpty()) {
      throw new ActivitySmithException(START + " succeeded but the response names no activity_id");
    }
    return new LiveActivity(this, response, answer.rateLimit());
  }

  private Call<LiveActivityStartResponse> prepareStart(StartPayload payload) {
    requireNonNull(payload, "payload == null");
    LiveActivityStartRequest request = requireNonNull(payload.toStartRequest(), "payload.toStartRequest() == null");
    if (!channels.isEmpty()) {
      request = request.toBuilder().target(ChannelTargets.merge(START, channels, request.target(), null)).build();
    }
    return api.startLiveActivity(request);
  }

  private Call<LiveActivityUpdateResponse> prepareUpdate(String activityId, UpdatePayload payload) {
    requireNonNull(activityId, "activityId == null");
    requireNonNull(payload, "payload == null");
    LiveActivityUpdateRequest request = requireNonNull(payload.toUpdateRequest(activityId), "payload.toUpdateRequest(..) == null");
    return api.updateLiveActivity(request);
  }

  private Call<LiveActivityEndResponse> prepareEnd(String activityId, EndPayload payload) {
    requireNonNull(activityId, "activityId == null");
    requireNonNull(payload, "payload == null");
    LiveActivityEndRequest request = requireNonNull(payload.toEndRequest(activityId), "payload.toEndRequest(..) == null");
    return api.endLiveActivity(request);
  }

  Call<LiveActivityStreamPutResponse> prepareStream(String streamKey, StreamPayload payload) {
    caller.checkPathParameter(STREAM, STREAM_KEY, requireNonNull(streamKey, "streamKey == null"));
    requireNonNull(payload, "payload == null");
    LiveActivityStreamRequest request = requireNonNull(payload.toStreamRequest(), "payload.toStreamRequest() == null");
    if (!channels.isEmpty()) {
      request = request.toBuilder()
          .target(ChannelTargets.merge(STREAM, channels, request.target(), request.channels()))
          .build();
    }
    return api.reconcileLiveActivityStream(streamKey, request);
  }

  private Call<LiveActivityStreamDeleteResponse> prepareEndStream(String streamKey, @Nullable StreamEndPayload payload) {
    caller.checkPathParameter(END_STREAM, STREAM_KEY, requireNonNull(streamKey, "streamKey == null"));
    if (payload == null) {
      return api.endLiveActivityStream(streamKey);
    }
    LiveActivityStreamDeleteRequest request = requireNonNull(payload.toStreamDeleteRequest(), "payload.toStreamDeleteRequest() == null");
    return api.endLiveActivityStream(streamKey, Optional.of(request));
  }
}
