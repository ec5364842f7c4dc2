package com.activitysmith.internal.retry;

import static java.util.Objects.requireNonNull;

import com.activitysmith.RetryPolicy;
import com.activitysmith.exception.ActivitySmithException;
import com.activitysmith.exception.ApiConnectionException;
import com.activitysmith.exception.ApiException;
import com.activitysmith.exception.BadgeDeliveryException;
import com.activitysmith.exception.BillingBlockedException;
import com.activitysmith.exception.LiveActivityLimitException;
import com.activitysmith.exception.RateLimitException;
import com.activitysmith.exception.ServerException;
import com.activitysmith.internal.call.Answer;
import com.activitysmith.internal.call.Operation;
import com.activitysmith.internal.call.ResponseCheck;
import com.activitysmith.internal.error.ErrorMapper;
import com.activitysmith.internal.error.Redactor;
import com.activitysmith.internal.http.AttemptState;
import com.activitysmith.internal.http.BodyTooLargeException;
import com.activitysmith.internal.http.RateLimitHeaders;
import com.squareup.moshi.JsonDataException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.annotation.Nullable;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Runs a prepared Retrofit call, attempt after attempt, until it succeeds or the {@link
 * RetryPolicy} says stop; then returns the answer or throws the last failure. The decisions are the
 * same for blocking and asynchronous calls; only the waiting differs (see {@link AsyncRetry}).
 * Thread-safe.
 *
 * <p>Each attempt's own timeout is cut to what is left of the policy's {@code maxElapsed}, so the
 * budget bounds the call as a whole, reading included.
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

  RetryPolicy policy() {
    return policy;
  }

  ErrorMapper errors() {
    return errors;
  }

  /**
   * Executes the call (and clones of it for retries) on the calling thread.
   *
   * @return the answer: a body with every required field, and the rate-limit state
   * @throws ApiException for an error response or a success that breaks the spec, after any retries
   * @throws ApiConnectionException for a timeout or network failure, after any retries
   */
  public <T> Answer<T> execute(Call<T> call, Operation operation) {
    requireNonNull(call, "call == null");
    requireNonNull(operation, "operation == null");
    Instant start = policy.clock().instant();
    Call<T> attemptCall = call;
    for (int attempt = 1; ; attempt++) {
      if (attempt > 1) {
        attemptCall = attemptCall.clone();
      }
      bound(attemptCall, start);
      Outcome<T> outcome;
      try {
        outcome = onResponse(operation, attemptCall.execute(), attempt);
      } catch (IOException | JsonDataException e) {
        outcome = Outcome.failed(onFailure(operation, e, AttemptState.of(attemptCall.request()), attempt));
      }
      if (outcome.answer() != null) {
        return outcome.answer();
      }
      Failure failure = outcome.failure();
      Duration wait = nextWait(operation, failure, attempt, start);
      if (wait == null) {
        throw failure.exception();
      }
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

  /** Cuts the attempt's whole-call timeout to what is left of the budget. */
  <T> void bound(Call<T> call, Instant start) {
    long budget = policy.maxElapsed().toNanos();
    if (budget <= 0) {
      return;
    }
    long left = Math.max(TimeUnit.MILLISECONDS.toNanos(1),
        budget - Duration.between(start, policy.clock().instant()).toNanos());
    long current = call.timeout().timeoutNanos();
    if (current == 0 || left < current) {
      call.timeout().timeout(left, TimeUnit.NANOSECONDS);
    }
  }

  /** What a response means: the answer, or the failure to weigh. */
  <T> Outcome<T> onResponse(Operation operation, Response<T> response, int attempt) throws IOException {
    if (response.isSuccessful()) {
      if (LOG.isLoggable(Level.DEBUG)) {
        log(operation, attempt, "HTTP " + response.code());
      }
      T body = response.body();
      if (body == null) {
        // Every operation's success carries a JSON body; a 204 (a proxy's, say) must not read as
        // "delivered to 0 devices".
        return Outcome.failed(new Failure(errors.unreadable(operation, response.code(), response.headers(),
            new java.io.EOFException("HTTP " + response.code() + " had no response body"), attempt), null,
            "a success without a body is not transient"));
      }
      String problem = ResponseCheck.problem(body);
      if (problem != null) {
        return Outcome.failed(new Failure(errors.brokenAnswer(operation, response.code(), response.headers(), problem, attempt),
            null, "an answer that breaks the spec is not transient"));
      }
      return Outcome.answered(new Answer<>(body, RateLimitHeaders.parse(response.headers())));
    }
    return Outcome.failed(errorResponse(operation, response, attempt));
  }

  /**
   * How long to wait before the next attempt, or null when the failure ends the call (logged either
   * way).
   */
  @Nullable Duration nextWait(Operation operation, Failure failure, int attempt, Instant start) {
    Duration wait = failure.retryAfter() != null ? failure.retryAfter() : backoff.delay(attempt);
    String verdict = verdict(failure, attempt, start, wait);
    if (verdict != null) {
      log(operation, attempt, outcome(failure) + "; not retried: " + verdict);
      return null;
    }
    log(operation, attempt, outcome(failure) + "; retrying in " + wait.toMillis() + " ms");
    return wait;
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
      return "the requested wait of " + wait.toSeconds() + " s exceeds the policy's cap of " + policy.maxRetryAfter().toSeconds() + " s";
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
    } else if (exception instanceof BillingBlockedException) {
      whyNot = "a billing block lifts only when someone acts on the account";
    } else if (exception instanceof BadgeDeliveryException) {
      whyNot = "the service reached a verdict on the devices";
    } else if (exception instanceof ServerException) {
      whyNot = operation.idempotent() ? null : operation.id() + " is not idempotent and the service may have acted";
    } else if (!(exception instanceof RateLimitException)) {
      whyNot = "HTTP " + response.code() + " is not transient";
    }
    if (exception instanceof RateLimitException && retryAfter == null) {
      // Without Retry-After, the exhausted policies' reset says when a request can succeed.
      retryAfter = exception.rateLimit().untilAvailable().orElse(null);
    }
    boolean retryAfterApplies = exception instanceof RateLimitException || exception instanceof ServerException;
    return new Failure(exception, retryAfterApplies ? retryAfter : null, whyNot);
  }

  /** What a failure to get a usable response means. */
  Failure onFailure(Operation operation, Exception e, AttemptState state, int attempt) {
    if (e instanceof BodyTooLargeException tooLarge) {
      return new Failure(errors.tooLarge(operation, state.responseCode(), state.headers(), tooLarge.limitBytes(), attempt),
          null, "the same request would meet the same answer");
    }
    if (state.responded()) {
      // The service acted but its answer was lost on the way (cut off, truncated): asking again is
      // safe only where repeating the operation leaves the same state.
      return new Failure(errors.unreadable(operation, state.responseCode(), state.headers(), e, attempt), null,
          operation.idempotent() ? null : operation.id() + " is not idempotent; the service answered but its response was unreadable");
    }
    boolean interrupted = Thread.currentThread().isInterrupted();
    boolean timeout = !interrupted && (e instanceof SocketTimeoutException || e instanceof InterruptedIOException);
    String what = timeout ? "timed out" : "failed";
    String when = state.sent() ? "after the request was sent" : "before the request was sent";
    String message = redactor.redact("Connection " + what + " " + when + ": " + e + " [" + operation.id() + ", "
        + attempt + (attempt == 1 ? " attempt]" : " attempts]"));
    ApiConnectionException exception = new ApiConnectionException(message, redactor.redactChain(e), timeout, state.sent(), attempt);
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

  void log(Operation operation, int attempt, String outcome) {
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(Level.DEBUG, redactor.redact(operation.id() + " attempt " + attempt + "/" + policy.maxAttempts() + ": " + outcome));
    }
  }

  /** A failed attempt: what to throw, the wait the response asked for, and why it must not be retried (or null). */
  record Failure(ActivitySmithException exception, @Nullable Duration retryAfter, @Nullable String whyNotRetryable) {}

  /** One attempt's result: exactly one of an answer and a failure. */
  record Outcome<T>(@Nullable Answer<T> answer, @Nullable Failure failure) {
    static <T> Outcome<T> answered(Answer<T> answer) {
      return new Outcome<>(answer, null);
    }

    static <T> Outcome<T> failed(Failure failure) {
      return new Outcome<>(null, failure);
    }
  }
}
