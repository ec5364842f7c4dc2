package com.activitysmith.exception;

import java.util.OptionalInt;
import javax.annotation.Nullable;

/**
 * Starting another Live Activity would exceed the account's concurrent limit (HTTP 429 whose body
 * has {@code limit} and {@code active}). Immutable.
 *
 * <p>Waiting does not help until a running activity ends, so the client does not retry it; end an
 * activity (or a stream) and try again.
 */
public class LiveActivityLimitException extends ApiException {
  private final @Nullable Integer limit;
  private final @Nullable Integer active;

  /**
   * Creates the exception; see {@link ApiException#ApiException} for the common parameters.
   *
   * @param limit the body's {@code limit}, or null
   * @param active the body's {@code active}, or null
   */
  public LiveActivityLimitException(String message, int statusCode, @Nullable String errorCode,
      @Nullable String serverMessage, @Nullable String requestId, String rawBody, int attempts,
      @Nullable Integer limit, @Nullable Integer active) {
    super(message, statusCode, errorCode, serverMessage, requestId, rawBody, attempts);
    this.limit = limit;
    this.active = active;
  }

  /** How many Live Activities may run at once (4 today), if the body said. */
  public OptionalInt limit() {
    return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
  }

  /** How many are running now, if the body said. */
  public OptionalInt active() {
    return active == null ? OptionalInt.empty() : OptionalInt.of(active);
  }
}
