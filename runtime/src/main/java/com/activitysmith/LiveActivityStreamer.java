package com.activitysmith;

import static java.util.Objects.requireNonNull;

import com.activitysmith.exception.ApiConnectionException;
import com.activitysmith.exception.RateLimitException;
import com.activitysmith.exception.RequestBudgetException;
import com.activitysmith.generated.model.LiveActivityStreamPutResponse;
import com.activitysmith.generated.model.LiveActivityStreamRequest;
import com.activitysmith.payload.StreamEndPayload;
import com.activitysmith.payload.StreamPayload;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.annotation.Nullable;
import retrofit2.Call;

/**
 * Keeps one stream's Live Activity showing the latest state while sending no more than the rate
 * budget allows. Obtain it from {@link LiveActivities#streamer(String)}; thread-safe.
 *
 * <pre>{@code
 * // with import static com.activitysmith.dsl.Dsl.*;
 * LiveActivityStreamer backup = smith.liveActivities().streamer("nightly-backup");
 * for (int done = 0; done <= files; done++) {
 *   backup.offer(liveActivityStream("Nightly backup").progress(done, files));  // any rate: only the latest is sent
 * }
 * backup.end();                                   // flushes the final state, then ends the stream
 * }</pre>
 *
 * <p>{@link #offer} never blocks and checks the state at once. At most one request of the
 * streamer is under way at a time; while it is, newer states replace each other and only the last
 * one is sent next (intermediate states are dropped, the latest never). A state equal to the last
 * one delivered is not sent again. Several streamers share the client's budget in turn, since each
 * queues one request at a time. A state the budget or the service held back ({@link
 * RequestBudgetException}, {@link RateLimitException}, a lost connection) is offered again, up to
 * {@value #MAX_TRIES} times in a row; other failures drop it and are reported by {@link
 * #lastFailure()} and the futures. {@link #end} and {@link #close()} flush the latest state.
 */
public final class LiveActivityStreamer implements AutoCloseable {
  /** How many times in a row a state held back by the budget, a 429 or the network is offered again. */
  public static final int MAX_TRIES = 5;

  private final LiveActivities liveActivities;
  private final String streamKey;
  private @Nullable Call<LiveActivityStreamPutResponse> pending;
  private @Nullable LiveActivityStreamRequest pendingRequest;
  private List<CompletableFuture<StreamResult>> pendingWaiters = new ArrayList<>();
  private @Nullable LiveActivityStreamRequest delivered;
  private @Nullable StreamResult lastResult;
  private @Nullable Throwable lastFailure;
  private boolean sending;
  private boolean closed;
  private int tries;
  private long offered;
  private long sent;
  private final List<CompletableFuture<Void>> idleWaiters = new ArrayList<>();

  LiveActivityStreamer(LiveActivities liveActivities, String streamKey) {
    this.liveActivities = liveActivities;
    this.streamKey = streamKey;
  }

  /** The stream key this streamer sends to. */
  public String streamKey() {
    return streamKey;
  }

  /**
   * Accepts the stream's newest state; it replaces any state not yet sent. Never blocks.
   *
   * @return a future completed with the result of the request that delivered this state or a newer
   *     one (or, when the state equals the one already showing, that request's result); it fails
   *     when the state was given up (see the class description)
   * @throws com.activitysmith.exception.ValidationException if the state breaks a rule; nothing changes
   * @throws IllegalStateException once {@link #end} or {@link #close()} was called
   */
  public CompletableFuture<StreamResult> offer(StreamPayload payload) {
    requireNonNull(payload, "payload == null");
    Call<LiveActivityStreamPutResponse> call = liveActivities.prepareStream(streamKey, payload);
    liveActivities.check(call);
    LiveActivityStreamRequest request = requestOf(call);
    CompletableFuture<StreamResult> future = new CompletableFuture<>();
    synchronized (this) {
      if (closed) {
        throw new IllegalStateException("streamer " + streamKey + " was ended or closed; create a new one with streamer(..)");
      }
      offered++;
      pending = call;
      pendingRequest = request;
      pendingWaiters.add(future);
    }
    pump();
    return future;
  }

  /**
   * Completes once the latest state offered so far was delivered, given up, or found equal to the
   * one showing, and nothing is under way.
   */
  public CompletableFuture<Void> flush() {
    CompletableFuture<Void> idle = new CompletableFuture<>();
    synchronized (this) {
      if (!sending && pending == null) {
        idle.complete(null);
      } else {
        idleWaiters.add(idle);
      }
    }
    return idle;
  }

  /**
   * Flushes the latest state, then ends the stream keeping it as the final state, and waits for
   * the end. Later offers fail.
   *
   * @throws com.activitysmith.exception.ApiException if the service answers the end with an error
   */
  public StreamEndResult end() {
    return await(endAsync());
  }

  /**
   * Ends the stream with a final state, and waits for the end. A state offered but not yet sent is
   * dropped, since the final state replaces it; one under way is let finish first.
   */
  public StreamEndResult end(StreamEndPayload payload) {
    return await(endAsync(payload));
  }

  /** Flushes the latest state, then ends the stream, without blocking. */
  public CompletableFuture<StreamEndResult> endAsync() {
    markClosed();
    return flush().thenCompose(done -> liveActivities.endStreamAsync(streamKey));
  }

  /** Ends the stream with a final state without blocking; see {@link #end(StreamEndPayload)}. */
  public CompletableFuture<StreamEndResult> endAsync(StreamEndPayload payload) {
    requireNonNull(payload, "payload == null");
    List<CompletableFuture<StreamResult>> superseded;
    synchronized (this) {
      closed = true;
      superseded = pendingWaiters;
      pendingWaiters = new ArrayList<>();
      pending = null;
      pendingRequest = null;
    }
    CompletableFuture<StreamEndResult> ended = flush().thenCompose(done -> liveActivities.endStreamAsync(streamKey, payload));
    // A dropped state's future follows the end that superseded it.
    ended.whenComplete((result, failure) -> superseded.forEach(f -> {
      if (failure != null) {
        f.completeExceptionally(failure);
      } else {
        f.complete(lastResult().orElse(null));
      }
    }));
    return ended;
  }

  /**
   * Sends the latest state if it was not yet, waits for it, and stops accepting states; the stream
   * and its Live Activity keep running (use {@link #end} to end them). Idempotent.
   */
  @Override
  public void close() {
    markClosed();
    flush().join();
  }

  /** The result of the last state delivered, if any was. */
  public synchronized Optional<StreamResult> lastResult() {
    return Optional.ofNullable(lastResult);
  }

  /** Why the last state given up was given up, if one was. */
  public synchronized Optional<Throwable> lastFailure() {
    return Optional.ofNullable(lastFailure);
  }

  /** How many states were offered. */
  public synchronized long offered() {
    return offered;
  }

  /** How many requests were sent for them (the rest were replaced by newer states or equal to the one showing). */
  public synchronized long sent() {
    return sent;
  }

  @Override
  public synchronized String toString() {
    return "LiveActivityStreamer{" + streamKey + ", offered=" + offered + ", sent=" + sent + "}";
  }

  private synchronized void markClosed() {
    closed = true;
  }

  /** Sends the pending state when nothing is under way. */
  private void pump() {
    Call<LiveActivityStreamPutResponse> call;
    LiveActivityStreamRequest request;
    List<CompletableFuture<StreamResult>> waiters;
    List<CompletableFuture<Void>> idle = List.of();
    StreamResult unchanged = null;
    synchronized (this) {
      if (sending) {
        return;
      }
      if (pending == null) {
        idle = drainIdle();
        call = null;
        request = null;
        waiters = List.of();
      } else {
        call = pending;
        request = pendingRequest;
        waiters = pendingWaiters;
        pending = null;
        pendingRequest = null;
        pendingWaiters = new ArrayList<>();
        if (request != null && request.equals(delivered) && lastResult != null) {
          unchanged = lastResult;
          idle = drainIdle();
          call = null;
        } else {
          sending = true;
          sent++;
        }
      }
    }
    idle.forEach(f -> f.complete(null));
    if (unchanged != null) {
      StreamResult result = unchanged;
      waiters.forEach(f -> f.complete(result));
      return;
    }
    if (call == null) {
      return;
    }
    CompletableFuture<StreamResult> future;
    try {
      future = liveActivities.streamAsync(streamKey, call);
    } catch (RuntimeException e) {
      done(call, request, waiters, null, e);
      return;
    }
    Call<LiveActivityStreamPutResponse> attempted = call;
    LiveActivityStreamRequest attemptedRequest = request;
    future.whenComplete((result, failure) -> done(attempted, attemptedRequest, waiters, result, failure));
  }

  private void done(Call<LiveActivityStreamPutResponse> call, @Nullable LiveActivityStreamRequest request,
      List<CompletableFuture<StreamResult>> waiters, @Nullable StreamResult result, @Nullable Throwable failure) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    boolean failed = false;
    synchronized (this) {
      sending = false;
      if (cause == null) {
        tries = 0;
        delivered = request;
        lastResult = result;
      } else if (heldBack(cause) && ++tries < MAX_TRIES) {
        if (pending == null) {
          // Nothing newer came meanwhile: this state is still the latest.
          pending = call.clone();
          pendingRequest = request;
        }
        pendingWaiters.addAll(0, waiters);
        waiters = List.of();
      } else {
        tries = 0;
        lastFailure = cause;
        failed = true;
      }
    }
    for (CompletableFuture<StreamResult> waiter : waiters) {
      if (failed) {
        waiter.completeExceptionally(cause);
      } else {
        waiter.complete(result);
      }
    }
    pump();
  }

  private List<CompletableFuture<Void>> drainIdle() {
    List<CompletableFuture<Void>> idle = new ArrayList<>(idleWaiters);
    idleWaiters.clear();
    return idle;
  }

  private static boolean heldBack(Throwable failure) {
    return failure instanceof RequestBudgetException || failure instanceof RateLimitException
        || failure instanceof ApiConnectionException;
  }

  private static LiveActivityStreamRequest requestOf(Call<LiveActivityStreamPutResponse> call) {
    retrofit2.Invocation invocation = requireNonNull(call.request().tag(retrofit2.Invocation.class), "invocation");
    for (Object argument : invocation.arguments()) {
      if (argument instanceof LiveActivityStreamRequest request) {
        return request;
      }
    }
    throw new IllegalStateException("the stream call carries no LiveActivityStreamRequest");
  }

  private static <T> T await(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }
}
