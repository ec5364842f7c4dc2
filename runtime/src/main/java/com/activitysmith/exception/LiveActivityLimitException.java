package com.activitysmith.exception;

import com.activitysmith.RateLimitState;
import java.util.OptionalInt;
import javax.annotation.Nullable;

/**
 * Starting another Live Activity would exceed the account's concurrent limit (HTTP 429 whose body
 * has {@code limit} and {@code active}). Immutable.
 *
 * <p>The client also throws it without sending anything (then {@link #statusCode()} and {@link
 * #attempts()} are 0) when a start would exceed the Live Activities it knows are running.
 *
 * <p>Waiting does not help until a running activity ends, so the client does not retry it; end an
 * activity (or a stream) and try again.
 */
public class LiveActivityLimitException extends ApiException {
  private final @Nullable Integer limit;
  private final @Nullable Integer active;
  private final @Nullable Integer blockedDevices;
  private final @Nullable Integer targetedDevices;

  /**
   * Creates the exception; see {@link ApiException#ApiException} for the common parameters.
   *
   * @param limit the body's {@code limit}, or null
   * @param active the body's {@code active}, or null
   * @param blockedDevices the body's {@code blocked_devices}, or null
   * @param targetedDevices the body's {@code targeted_devices}, or null
   */
  public LiveActivityLimitException(String message, int statusCode, @Nullable String errorCode,
      @Nullable String serverMessage, @Nullable String requestId, String rawBody, int attempts,
      RateLimitState rateLimit,
      @Nullable Integer limit, @Nullable Integer active, @Nullable Integer blockedDevices,
      @Nullable Integer targetedDevices) {
    super(message, statusCode, errorCode, serverMessage, requestId, rawBody, attempts, rateLimit);
    this.limit = limit;
    this.active = active;
    this.blockedDevices = blockedDevices;
    this.targetedDevices = targetedDevices;
  }

  /** How many Live Activities may run at once (4 today), if the body said. */
  public OptionalInt limit() {
    return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
  }

  /** How many are running now, if the body said. */
  public OptionalInt active() {
    return active == null ? OptionalInt.empty() : OptionalInt.of(active);
  }

  /** How many of the targeted devices could not start the activity because of the limit, if the body said. */
  public OptionalInt blockedDevices() {
    return blockedDevices == null ? OptionalInt.empty() : OptionalInt.of(blockedDevices);
  }

  /** How many devices the start targeted, if the body said. */
  public OptionalInt targetedDevices() {
    return targetedDevices == null ? OptionalInt.empty() : OptionalInt.of(targetedDevices);
  }
}
