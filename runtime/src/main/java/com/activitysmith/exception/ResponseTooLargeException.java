package com.activitysmith.exception;

import com.activitysmith.RateLimitState;

/**
 * A successful response's body was larger than the client reads ({@code
 * ActivitySmith.Builder#maxResponseBytes}, 1 MiB by default), counted after gzip decoding. The
 * service's answers are a few hundred bytes; this one was cut off unread, so the call's outcome is
 * unknown. Immutable.
 *
 * <p>Not retried: the same request would meet the same answer.
 */
public class ResponseTooLargeException extends ApiException {
  private final long limitBytes;

  /**
   * Creates the exception; see {@link ApiException#ApiException} for the common parameters.
   *
   * @param limitBytes the cap the body exceeded
   */
  public ResponseTooLargeException(String message, int statusCode, int attempts, RateLimitState rateLimit, long limitBytes) {
    super(message, statusCode, null, null, null, "", attempts, rateLimit);
    this.limitBytes = limitBytes;
  }

  /** The most bytes the client reads of one body, which this one exceeded. */
  public long limitBytes() {
    return limitBytes;
  }
}
