package com.activitysmith.exception;

import com.activitysmith.RateLimitState;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The API answered with an error status.
 *
 * <p>Each meaning has its own subclass (see the package description); this class itself stands for
 * statuses without one. {@link #getMessage()} is a readable summary even when the body was not JSON
 * (a proxy's HTML page, an empty or truncated body). Immutable.
 */
public class ApiException extends ActivitySmithException {
  private final int statusCode;
  private final @Nullable String errorCode;
  private final @Nullable String serverMessage;
  private final @Nullable String requestId;
  private final String rawBody;
  private final int attempts;
  private final RateLimitState rateLimit;

  /**
   * Creates an exception for an error response.
   *
   * @param message the readable summary returned by {@link #getMessage()}
   * @param statusCode the HTTP status
   * @param errorCode the body's {@code error} field, or null
   * @param serverMessage the body's {@code message} field, or null
   * @param requestId the response's request id header, or null
   * @param rawBody the response body as text, empty when there was none
   * @param attempts how many attempts were made: at least 1, or 0 when the client refused to send the request (it knew the answer)
   * @param rateLimit the rate-limit state the response's headers reported
   */
  public ApiException(String message, int statusCode, @Nullable String errorCode,
      @Nullable String serverMessage, @Nullable String requestId, String rawBody, int attempts,
      RateLimitState rateLimit) {
    super(Objects.requireNonNull(message, "message == null"));
    this.statusCode = statusCode;
    this.errorCode = errorCode;
    this.serverMessage = serverMessage;
    this.requestId = requestId;
    this.rawBody = Objects.requireNonNull(rawBody, "rawBody == null");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative but was " + attempts);
    }
    this.attempts = attempts;
    this.rateLimit = Objects.requireNonNull(rateLimit, "rateLimit == null");
  }

  /** The HTTP status code, such as 429. */
  public int statusCode() {
    return statusCode;
  }

  /** The {@code error} field of the JSON body, such as {@code "Rate limit exceeded"}, if there was one. */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /** The {@code message} field of the JSON body, if there was one. */
  public Optional<String> serverMessage() {
    return Optional.ofNullable(serverMessage);
  }

  /** The response's {@code X-Request-Id} header, if it had one; quote it when contacting support. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * The response body as received (UTF-8 text), empty when there was none. Should the body ever
   * repeat the API key, the key is masked.
   */
  public String rawBody() {
    return rawBody;
  }

  /** How many attempts the call made before giving up with this response; 1 when it was not retried, 0 when nothing was sent. */
  public int attempts() {
    return attempts;
  }

  /**
   * The rate-limit policies the response reported ({@code RateLimit} and {@code RateLimit-Policy}
   * headers); empty when it had none.
   */
  public RateLimitState rateLimit() {
    return rateLimit;
  }
}
