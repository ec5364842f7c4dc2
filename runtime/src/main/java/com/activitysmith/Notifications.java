package com.activitysmith;

import static java.util.Objects.requireNonNull;

import com.activitysmith.generated.api.PushNotificationsApi;
import com.activitysmith.generated.model.PushNotificationRequest;
import com.activitysmith.generated.model.PushNotificationResponse;
import com.activitysmith.internal.call.ApiCaller;
import com.activitysmith.internal.validation.Arguments;
import com.activitysmith.internal.validation.ChannelTargets;
import com.activitysmith.payload.PushPayload;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;

/**
 * Sends push notifications. Obtain it from {@link ActivitySmith#notifications()}; immutable and
 * thread-safe.
 *
 * <pre>{@code
 * smith.notifications().send(PushPayload.of(PushNotificationRequest.builder()
 *     .title("Build failed").message("main is red").build()));
 * smith.notifications().channels("ops").send(payload); // only to devices on the ops channel
 * }</pre>
 *
 * <p>A push is not idempotent: a repeated request notifies twice. The client therefore retries it
 * only when the service provably did not act (a rate-limit 429, or a connection that failed before
 * the request was sent).
 */
public final class Notifications {
  private static final String SEND = "sendPushNotification";

  private final ApiCaller caller;
  private final PushNotificationsApi api;
  private final List<String> channels;

  Notifications(ApiCaller caller, PushNotificationsApi api, List<String> channels) {
    this.caller = caller;
    this.api = api;
    this.channels = channels;
  }

  /**
   * Returns a view that sends to the devices subscribed to these channels: the slugs become the
   * request's {@code target.channels}. A payload naming other channels itself is rejected with a
   * {@link com.activitysmith.exception.ValidationException} when sent.
   */
  public Notifications channels(String first, String... more) {
    return new Notifications(caller, api, Arguments.channels(first, more));
  }

  /**
   * Sends a notification and waits for the service's answer.
   *
   * @param payload the notification, a DSL payload or {@code PushPayload.of(request)}
   * @throws com.activitysmith.exception.ValidationException if it breaks a rule; nothing is sent
   * @throws com.activitysmith.exception.ApiException if the service answers with an error
   * @throws com.activitysmith.exception.ApiConnectionException if no answer arrives
   */
  public PushResult send(PushPayload payload) {
    return PushResult.from(caller.call(prepare(payload)));
  }

  /**
   * Sends a notification without blocking. Invalid input throws at once; API and connection
   * failures complete the future exceptionally.
   */
  public CompletableFuture<PushResult> sendAsync(PushPayload payload) {
    return caller.callAsync(prepare(payload)).thenApply(PushResult::from);
  }

  private Call<PushNotificationResponse> prepare(PushPayload payload) {
    requireNonNull(payload, "payload == null");
    PushNotificationRequest request = requireNonNull(payload.toPushRequest(), "payload.toPushRequest() == null");
    if (!channels.isEmpty()) {
      request = request.toBuilder().target(ChannelTargets.merge(SEND, channels, request.target(), null)).build();
    }
    return api.sendPushNotification(request);
  }
}
