package com.activitysmith.internal.retry;

import static java.util.Objects.requireNonNull;

import com.activitysmith.RetryPolicy;
import com.activitysmith.exception.ActivitySmithException;
import com.activitysmith.exception.ApiConnectionException;
import com.activitysmith.exception.ApiException;
import com.activitysmith.exception.LiveActivityLimitException;
import com.activitysmith.exception.RateLimitException;
import com.activitysmith.exception.ServerException;
import com.activitysmith.internal.call.Operation;
import com.activitysmith.internal.error.ErrorMapper;
import com.activitysmith.internal.error.Redactor;
import com.activitysmith.internal.http.AttemptState;
import com.squareup.moshi.JsonDataException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import javax.annotation.Nullable;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Runs a prepared Retrofit call, attempt after attempt, until it succeeds or the {@link
 * RetryPolicy} says stop; then returns the body or throws the last failure. Thread-safe.
 *
 * <p>Every attempt and its outcome is logged at {@code DEBUG} on the {@code System.Logger} named
 * {@code com.activitysmith}; lines name the operation, never a header, and pass through the {@link
 * Redactor}.
 */
public final class RetryEngine {
  private static final System.Logger LOG = System.getLogger("com.activitysmith");

  private final RetryPolicy policy;
  private final Backoff backoff;
  private final ErrorMapper errors;
  private final Redactor redactor;
  private final BooleanSupplier closed;

  /**
   * Creates an engine.
   *
   * @param closed tells whether the client was closed, after which no retry starts
   */
  public RetryEngine(RetryPolicy policy, ErrorMapper errors, Redactor redactor, BooleanSupplier closed) {
    this(policy, new Backoff(policy), errors, redactor, closed);
  }

  RetryEngine(RetryPolicy policy, Backoff backoff, ErrorMapper errors, Redactor redactor, BooleanSupplier closed) {
    this.policy = requireNonNull(policy, "policy == null");
    this.backoff = requireNonNull(backoff, "backoff == null");
    this.errors = requireNonNull(errors, "errors == null");
    this.redactor = requireNonNull(redactor, "redactor == null");
    this.closed = requireNonNull(closed, "closed == null");
  }

  /**
   * Executes the call (and clones of it for retries).
   *
   * @return the response body, never null: a success without content is an {@link ApiException}
   * @throws ApiException for an error response, after any retries
   * @throws ApiConnectionException for a timeout or network failure, after any retries
   */
  public <T> T execute(Call<T> call, Operation operation) {
    requireNonNull(call, "call == null");
    requireNonNull(operation, "operation == null");
    Instant start = policy.clock().instant();
    Call<T> attemptCall = call;
    for (int attempt = 1; ; attempt++) {
      if (attempt > 1) {
        attemptCall = attemptCall.clone();
      }
      Response<T> response;
      Failure failure;
      try {
        response = attemptCall.execute();
        if (response.isSuccessful()) {
          log(operation, attempt, "HTTP " + response.code());
          if (response.body() == null) {
            // Every operation's success carries a JSON body; a 204 (a proxy's, say) must not
            // read as "delivered to 0 devices".
            throw errors.unreadable(operation, response.code(),
                new java.io.EOFException("HTTP " + response.code() + " had no response body"), attempt);
          }
          return response.body();
        }
        failure = errorResponse(operation, response, attempt);
      } catch (IOException | JsonDataException e) {
        failure = ioFailure(operation, e, AttemptState.of(attemptCall.request()), attempt);
      }

      Duration wait = failure.retryAfter() != null ? failure.retryAfter() : backoff.delay(attempt);
      String verdict = verdict(failure, attempt, start, wait);
      if (verdict != null) {
        log(operation, attempt, outcome(failure) + "; not retried: " + verdict);
        throw failure.exception();
      }
      log(operation, attempt, outcome(failure) + "; retrying in " + wait.toMillis() + " ms");
      try {
        policy.sleeper().sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failure.exception().addSuppressed(e);
        log(operation, attempt, "interrupted while waiting to retry");
        throw failure.exception();
      }
    }
  }

  /** Why the failure ends the call, or null when it may be retried. */
  private @Nullable String verdict(Failure failure, int attempt, Instant start, Duration wait) {
    if (failure.whyNotRetryable() != null) {
      return failure.whyNotRetryable();
    }
    if (attempt >= policy.maxAttempts()) {
      return "all " + policy.maxAttempts() + " attempts used";
    }
    if (closed.getAsBoolean()) {
      return "the client was closed";
    }
    if (failure.retryAfter() != null && wait.compareTo(policy.maxRetryAfter()) > 0) {
      return "Retry-After of " + wait.toSeconds() + " s exceeds the policy's cap of " + policy.maxRetryAfter().toSeconds() + " s";
    }
    Duration elapsed = Duration.between(start, policy.clock().instant());
    if (elapsed.plus(wait).compareTo(policy.maxElapsed()) > 0) {
      return "waiting " + wait.toMillis() + " ms more would exceed the policy's " + policy.maxElapsed().toMillis() + " ms budget";
    }
    return null;
  }

  private Failure errorResponse(Operation operation, Response<?> response, int attempt) throws IOException {
    String body;
    try (ResponseBody errorBody = response.errorBody()) {
      body = errorBody == null ? "" : errorBody.string();
    }
    ApiException exception = errors.map(operation, response.code(), response.headers(), body, attempt);
    Duration retryAfter = RetryAfter.parse(response.headers().get("Retry-After"), policy.clock().instant()).orElse(null);
    String whyNot = null;
    if (exception instanceof LiveActivityLimitException) {
      whyNot = "the Live Activity limit does not lift by waiting";
    } else if (exception instanceof ServerException) {
      whyNot = operation.idempotent() ? null : operation.id() + " is not idempotent and the service may have acted";
    } else if (!(exception instanceof RateLimitException)) {
      whyNot = "HTTP " + response.code() + " is not transient";
    }
    boolean retryAfterApplies = exception instanceof RateLimitException || exception instanceof ServerException;
    return new Failure(exception, retryAfterApplies ? retryAfter : null, whyNot);
  }

  private Failure ioFailure(Operation operation, Exception e, AttemptState state, int attempt) {
    if (state.responded()) {
      // The service acted but its answer was lost on the way (cut off, truncated): asking again is
      // safe only where repeating the operation leaves the same state.
      return new Failure(errors.unreadable(operation, state.responseCode(), e, attempt), null,
          operation.idempotent() ? null : operation.id() + " is not idempotent; the service answered but its response was unreadable");
    }
    boolean interrupted = Thread.currentThread().isInterrupted();
    boolean timeout = !interrupted && (e instanceof SocketTimeoutException || e instanceof InterruptedIOException);
    String what = timeout ? "timed out" : "failed";
    String when = state.sent() ? "after the request was sent" : "before the request was sent";
    String message = redactor.redact("Connection " + what + " " + when + ": " + e + " [" + operation.id() + ", "
        + attempt + (attempt == 1 ? " attempt]" : " attempts]"));
    ApiConnectionException exception = new ApiConnectionException(message, e, timeout, state.sent(), attempt);
    String whyNot = null;
    if (interrupted) {
      whyNot = "the thread was interrupted";
    } else if (e instanceof SSLPeerUnverifiedException || e instanceof SSLHandshakeException) {
      whyNot = "TLS verification failures are not transient";
    } else if (state.sent() && !operation.idempotent()) {
      whyNot = operation.id() + " is not idempotent and the request may have reached the service";
    }
    return new Failure(exception, null, whyNot);
  }

  private static String outcome(Failure failure) {
    return failure.exception().getMessage();
  }

  private void log(Operation operation, int attempt, String outcome) {
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(Level.DEBUG, redactor.redact(operation.id() + " attempt " + attempt + "/" + policy.maxAttempts() + ": " + outcome));
    }
  }

  /** A failed attempt: what to throw, the wait the response asked for, and why it must not be retried (or null). */
  private record Failure(ActivitySmithException exception, @Nullable Duration retryAfter, @Nullable String whyNotRetryable) {}
}
