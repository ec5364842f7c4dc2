package com.activitysmith.internal.call;

import static java.util.Objects.requireNonNull;

import com.activitysmith.RateLimitState;
import com.activitysmith.exception.ApiException;
import com.activitysmith.internal.budget.BudgetGate;
import com.activitysmith.internal.retry.AsyncRetry;
import com.activitysmith.internal.retry.RetryEngine;
import com.activitysmith.internal.retry.RetryScheduler;
import com.activitysmith.internal.validation.PreSendValidation;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.annotation.Nullable;
import retrofit2.Call;

/**
 * The one path every request takes: read the operation from the generated method, validate the
 * body, then execute with retries, blocking on the caller's thread or asynchronously on OkHttp's
 * own execution. Tracks the asynchronous calls in flight so that {@link #close()} leaves none
 * pending. Thread-safe.
 */
public final class ApiCaller implements AutoCloseable {
  private final PreSendValidation validation;
  private final RetryEngine engine;
  private final RetryScheduler scheduler;
  private final BudgetGate gate;
  private final @Nullable Executor completer;
  private final AtomicBoolean closed;
  private final Duration closeGracePeriod;
  private final Set<AsyncRetry<?>> inFlight = ConcurrentHashMap.newKeySet();

  /**
   * Creates the caller.
   *
   * @param closed the client's closed flag, shared with the retry engine
   * @param completer the application's executor that completes async futures, or null
   * @param closeGracePeriod how long {@link #close()} lets async calls in flight finish
   */
  public ApiCaller(PreSendValidation validation, RetryEngine engine, RetryScheduler scheduler, BudgetGate gate,
      AtomicBoolean closed, @Nullable Executor completer, Duration closeGracePeriod) {
    this.validation = requireNonNull(validation, "validation == null");
    this.engine = requireNonNull(engine, "engine == null");
    this.scheduler = requireNonNull(scheduler, "scheduler == null");
    this.gate = requireNonNull(gate, "gate == null");
    this.closed = requireNonNull(closed, "closed == null");
    this.completer = completer;
    this.closeGracePeriod = requireNonNull(closeGracePeriod, "closeGracePeriod == null");
  }

  /**
   * Validates a call made by a generated interface, waits for room in the rate budget, executes it
   * and returns its answer.
   *
   * @throws com.activitysmith.exception.RequestBudgetException if the budget has no room within
   *     the allowed wait; nothing is sent
   */
  public <T> Answer<T> call(Call<T> call) {
    Operation operation = prepare(call);
    BudgetGate.Permit permit = gate.acquire(operation.id());
    try {
      Answer<T> answer = engine.execute(call, operation);
      gate.settle(permit, answer.rateLimit());
      return answer;
    } catch (ApiException e) {
      gate.settle(permit, e.rateLimit());
      throw e;
    } catch (RuntimeException | Error e) {
      gate.settle(permit, RateLimitState.empty());
      throw e;
    }
  }

  /**
   * Validates the call now, on the caller's thread, then queues it for room in the rate budget and
   * executes it asynchronously; no thread blocks for it. When the budget has no room within the
   * allowed wait, the future fails with {@code RequestBudgetException} and nothing is sent.
   *
   * @throws com.activitysmith.exception.ValidationException at once when the request is invalid
   */
  public <T> CompletableFuture<Answer<T>> callAsync(Call<T> call) {
    Operation operation = prepare(call);
    AsyncRetry<T> run = new AsyncRetry<>(engine, operation, scheduler, completer);
    inFlight.add(run);
    run.future().whenComplete((answer, failure) -> inFlight.remove(run));
    if (closed.get()) {
      // close() ran between the check in prepare() and the registration above.
      run.abandon();
    } else {
      gate.admit(operation.id()).whenComplete((permit, failure) -> {
        if (failure != null) {
          run.reject(failure);
          return;
        }
        run.future().whenComplete((answer, error) -> gate.settle(permit, stateOf(answer, error)));
        run.start(call);
      });
    }
    return run.future();
  }

  private static RateLimitState stateOf(@Nullable Answer<?> answer, @Nullable Throwable error) {
    if (answer != null) {
      return answer.rateLimit();
    }
    Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null ? error.getCause() : error;
    return cause instanceof ApiException api ? api.rateLimit() : RateLimitState.empty();
  }

  /**
   * Checks a path parameter against the rules before a call is made with it.
   *
   * @return the value
   * @throws com.activitysmith.exception.ValidationException if it breaks a rule
   */
  public String checkPathParameter(String operationId, String name, String value) {
    return validation.checkPathParameter(operationId, name, value);
  }

  /**
   * Validates a call now without sending it; {@link #call} and {@link #callAsync} validate again.
   *
   * @throws com.activitysmith.exception.ValidationException if the request breaks a rule
   */
  public void check(Call<?> call) {
    prepare(call);
  }

  private Operation prepare(Call<?> call) {
    requireNonNull(call, "call == null");
    if (closed.get()) {
      throw new IllegalStateException("ActivitySmith client is closed");
    }
    // Building the request validates the body (HttpStack's converter checks it before writing it)
    // and serialises it, but sends nothing.
    return Operation.of(call.request());
  }

  /**
   * Marks the client closed, lets the asynchronous calls in flight finish for up to the grace
   * period, then ends each one still pending with an {@code ApiConnectionException}. When this
   * returns, every future the client handed out is complete.
   */
  @Override
  public void close() {
    closed.set(true);
    CompletableFuture<?>[] pending = inFlight.stream().map(AsyncRetry::future).toArray(CompletableFuture[]::new);
    if (pending.length > 0 && !closeGracePeriod.isZero()) {
      try {
        CompletableFuture.allOf(pending).get(closeGracePeriod.toNanos(), TimeUnit.NANOSECONDS);
      } catch (ExecutionException | TimeoutException e) {
        // Failed or slow calls are dealt with below.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    for (AsyncRetry<?> run : inFlight) {
      run.abandon();
    }
    scheduler.close();
    gate.close();
  }
}
