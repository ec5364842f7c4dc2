package com.activitysmith.exception;

/**
 * No usable response arrived: the connection failed, or a timeout expired. Immutable.
 *
 * <p>The cause is the underlying {@link java.io.IOException}. Whether the service received the
 * request is unknown unless {@link #requestSent()} is false.
 */
public class ApiConnectionException extends ActivitySmithException {
  private final boolean timeout;
  private final boolean requestSent;
  private final int attempts;

  /**
   * Creates the exception.
   *
   * @param message the readable summary
   * @param cause the network failure
   * @param timeout whether a connect, read, write or call timeout expired
   * @param requestSent whether the last attempt got as far as sending the request
   * @param attempts how many attempts were made, at least 1
   */
  public ApiConnectionException(String message, Throwable cause, boolean timeout, boolean requestSent, int attempts) {
    super(message, cause);
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1 but was " + attempts);
    }
    this.timeout = timeout;
    this.requestSent = requestSent;
    this.attempts = attempts;
  }

  /** Whether a timeout expired (as opposed to, say, a refused connection). */
  public boolean isTimeout() {
    return timeout;
  }

  /**
   * Whether the last attempt got as far as sending the request; false means the service provably
   * did not receive it (the connection failed first).
   */
  public boolean requestSent() {
    return requestSent;
  }

  /** How many attempts the call made; 1 when it was not retried. */
  public int attempts() {
    return attempts;
  }
}
