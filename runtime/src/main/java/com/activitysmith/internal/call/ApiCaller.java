package com.activitysmith.internal.call;

import static java.util.Objects.requireNonNull;

import com.activitysmith.internal.retry.RetryEngine;
import com.activitysmith.internal.validation.PreSendValidation;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.annotation.Nullable;
import retrofit2.Call;

/**
 * The one path every request takes: read the operation from the generated method, validate the
 * body, then execute with retries, synchronously or on the async executor. Thread-safe.
 */
public final class ApiCaller implements AutoCloseable {
  private final PreSendValidation validation;
  private final RetryEngine engine;
  private final AsyncExecutor executor;
  private final AtomicBoolean closed;

  /**
   * Creates the caller.
   *
   * @param closed the client's closed flag, shared with the retry engine
   * @param executor the application's executor for async calls, or null for an owned pool
   */
  public ApiCaller(PreSendValidation validation, RetryEngine engine, AtomicBoolean closed, @Nullable Executor executor) {
    this.validation = requireNonNull(validation, "validation == null");
    this.engine = requireNonNull(engine, "engine == null");
    this.closed = requireNonNull(closed, "closed == null");
    this.executor = new AsyncExecutor(executor);
  }

  /** Validates and executes a call made by a generated interface, returning its response body (never null). */
  public <T> T call(Call<T> call) {
    Operation operation = prepare(call);
    return engine.execute(call, operation);
  }

  /**
   * Validates the call now, on the caller's thread, then executes it on the async executor.
   *
   * @throws com.activitysmith.exception.ValidationException at once when the request is invalid
   */
  public <T> CompletableFuture<T> callAsync(Call<T> call) {
    Operation operation = prepare(call);
    return CompletableFuture.supplyAsync(() -> engine.execute(call, operation), executor);
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

  private Operation prepare(Call<?> call) {
    requireNonNull(call, "call == null");
    if (closed.get()) {
      throw new IllegalStateException("ActivitySmith client is closed");
    }
    // Building the request serialises the body but sends nothing.
    Operation operation = Operation.of(call.request());
    validation.check(operation);
    return operation;
  }

  /** Marks the client closed and stops the owned async pool. */
  @Override
  public void close() {
    closed.set(true);
    executor.close();
  }
}
