package com.activitysmith.internal.retry;

import static java.util.Objects.requireNonNull;

import com.activitysmith.exception.ApiConnectionException;
import com.activitysmith.internal.call.Answer;
import com.activitysmith.internal.call.Operation;
import com.activitysmith.internal.http.AttemptState;
import com.squareup.moshi.JsonDataException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import javax.annotation.Nullable;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * One asynchronous call: each attempt runs on OkHttp's own asynchronous execution ({@code
 * Call.enqueue}); between attempts it waits on the {@link RetryScheduler}. The retry decisions are
 * the {@link RetryEngine}'s, the same as for blocking calls. Thread-safe.
 *
 * @param <T> the body's model type
 */
public final class AsyncRetry<T> {
  private final RetryEngine engine;
  private final Operation operation;
  private final RetryScheduler scheduler;
  private final @Nullable Executor completer;
  private final CompletableFuture<Answer<T>> future = new CompletableFuture<>();
  private final Instant start;
  private volatile @Nullable Call<T> current;
  private volatile @Nullable Future<?> pendingRetry;
  private volatile int attempts;

  /**
   * Creates the call's state; nothing is sent before {@link #start}.
   *
   * @param completer the application's executor that completes the future, or null to complete it on
   *     the thread that got the answer
   */
  public AsyncRetry(RetryEngine engine, Operation operation, RetryScheduler scheduler, @Nullable Executor completer) {
    this.engine = requireNonNull(engine, "engine == null");
    this.operation = requireNonNull(operation, "operation == null");
    this.scheduler = requireNonNull(scheduler, "scheduler == null");
    this.completer = completer;
    this.start = engine.policy().clock().instant();
  }

  /** The future the answer or the last failure completes. */
  public CompletableFuture<Answer<T>> future() {
    return future;
  }

  /** Sends the first attempt. */
  public void start(Call<T> call) {
    attempt(requireNonNull(call, "call == null"), 1);
  }

  private void attempt(Call<T> call, int attempt) {
    if (future.isDone()) {
      return;
    }
    current = call;
    attempts = attempt;
    engine.bound(call, start);
    call.enqueue(new Callback<T>() {
      @Override
      public void onResponse(Call<T> answered, Response<T> response) {
        RetryEngine.Outcome<T> outcome;
        try {
          outcome = engine.onResponse(operation, response, attempt);
        } catch (IOException e) {
          outcome = RetryEngine.Outcome.failed(engine.onFailure(operation, e, AttemptState.of(answered.request()), attempt));
        } catch (RuntimeException e) {
          fail(e);
          return;
        }
        handle(outcome, answered, attempt);
      }

      @Override
      public void onFailure(Call<T> failed, Throwable t) {
        if (t instanceof IOException || t instanceof JsonDataException) {
          handle(RetryEngine.Outcome.failed(engine.onFailure(operation, (Exception) t, AttemptState.of(failed.request()), attempt)),
              failed, attempt);
        } else {
          fail(t);
        }
      }
    });
  }

  private void handle(RetryEngine.Outcome<T> outcome, Call<T> call, int attempt) {
    if (outcome.answer() != null) {
      succeed(outcome.answer());
      return;
    }
    RetryEngine.Failure failure = requireNonNull(outcome.failure());
    Duration wait = engine.nextWait(operation, failure, attempt, start);
    if (wait == null) {
      fail(failure.exception());
      return;
    }
    Call<T> next = call.clone();
    try {
      pendingRetry = scheduler.schedule(() -> attempt(next, attempt + 1), wait, () -> {
        engine.log(operation, attempt, "interrupted while waiting to retry");
        fail(failure.exception());
      });
    } catch (RejectedExecutionException e) {
      engine.log(operation, attempt, "not retried: the client was closed");
      fail(failure.exception());
    }
  }

  /**
   * Ends the call because the client closed before it completed: a pending wait is dropped, a
   * running attempt cancelled, and the future completes with an {@link ApiConnectionException}
   * (whose {@code requestSent} says whether the service may have received the request).
   */
  public void abandon() {
    Future<?> retry = pendingRetry;
    if (retry != null) {
      retry.cancel(false);
    }
    Call<T> call = current;
    boolean sent = call != null && AttemptState.of(call.request()).sent();
    int made = Math.max(1, attempts);
    future.completeExceptionally(new ApiConnectionException("The client was closed before " + operation.id()
        + " completed [" + made + (made == 1 ? " attempt]" : " attempts]"),
        new InterruptedIOException("client closed"), false, sent, made));
    if (call != null) {
      call.cancel();
    }
  }

  /** Ends the call before its first attempt was sent (the rate budget had no room for it). */
  public void reject(Throwable failure) {
    fail(requireNonNull(failure, "failure == null"));
  }

  private void succeed(Answer<T> answer) {
    complete(() -> future.complete(answer));
  }

  private void fail(Throwable t) {
    complete(() -> future.completeExceptionally(t));
  }

  private void complete(Runnable completion) {
    if (completer == null) {
      completion.run();
      return;
    }
    try {
      completer.execute(completion);
    } catch (RejectedExecutionException e) {
      completion.run();
    }
  }
}
