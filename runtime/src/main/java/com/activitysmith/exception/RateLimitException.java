package com.activitysmith.exception;

import com.activitysmith.RateLimitState;
import java.time.Duration;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The account sent too many requests (HTTP 429 without {@code limit}/{@code active} in the body).
 * Immutable.
 *
 * <p>The client already retried within its {@code RetryPolicy}; this is thrown when the policy's
 * attempts or time ran out, or when the wait the service asked for exceeds the policy's cap.
 */
public class RateLimitException extends ApiException {
  private final @Nullable Duration retryAfter;

  /**
   * Creates the exception; see {@link ApiException#ApiException} for the common parameters.
   *
   * @param retryAfter the wait the {@code Retry-After} header asked for, or null without one
   */
  public RateLimitException(String message, int statusCode, @Nullable String errorCode,
      @Nullable String serverMessage, @Nullable String requestId, String rawBody, int attempts,
      RateLimitState rateLimit,
      @Nullable Duration retryAfter) {
    super(message, statusCode, errorCode, serverMessage, requestId, rawBody, attempts, rateLimit);
    this.retryAfter = retryAfter;
  }

  /**
   * How long the service asked to wait before the next request ({@code Retry-After}, given in
   * seconds or as an HTTP date), if it said.
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
