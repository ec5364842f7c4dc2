package com.activitysmith.testing;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * A failure the simulator plays instead of (or on top of) its normal answer, to test how a client
 * copes with a flaky service. Schedule faults with {@link Simulator#faults()}.
 *
 * <p>Each kind states whether the simulator handles the request before failing, which is what
 * decides whether a client may safely repeat it:
 * <ul>
 *   <li>rejected before handling (nothing changes, nothing is delivered): {@link #serverError},
 *       {@link #rateLimited}, {@link #htmlErrorPage};
 *   <li>handled, then the answer is lost (the push was delivered, the activity started):
 *       {@link #delay}, {@link #resetMidResponse}, {@link #truncatedJson}.
 * </ul>
 * {@link #beforeHandling()} and {@link #afterHandling()} override that default.
 *
 * <p>Immutable and thread-safe.
 */
public final class Fault {
  /** The kinds of fault. */
  public enum Kind {
    /** A 5xx status with a JSON error body. */
    SERVER_ERROR,
    /** 429 with {@code Retry-After} and the rate-limit error body. */
    RATE_LIMITED,
    /** The normal answer, held back for a while (beyond a client's read timeout, typically). */
    DELAY,
    /** The normal status and headers, then the connection is closed half-way through the body. */
    RESET_MID_RESPONSE,
    /** The normal status with its JSON body cut off half-way. */
    TRUNCATED_JSON,
    /** A 5xx status with an HTML page, as a proxy or load balancer sends. */
    HTML_ERROR_PAGE,
    /** Badge only: 422 {@code badge_device_disconnected} with the badge error body; the badge is not set. */
    BADGE_DEVICE_DISCONNECTED,
    /** Badge only: 502 {@code badge_update_failed} with the badge error body; the badge is not set. */
    BADGE_UPDATE_FAILED;

    /** Whether it plays only on badge requests. */
    boolean badgeOnly() {
      return this == BADGE_DEVICE_DISCONNECTED || this == BADGE_UPDATE_FAILED;
    }
  }

  private final Kind kind;
  private final int status;
  private final Duration duration;
  private final boolean handled;

  private Fault(Kind kind, int status, Duration duration, boolean handled) {
    this.kind = kind;
    this.status = status;
    this.duration = duration;
    this.handled = handled;
  }

  /**
   * A 500, 502, 503 or 504 with {@code {"error": ..., "message": ...}}; the request is not handled.
   *
   * @param status 500, 502, 503 or 504
   * @return the fault
   */
  public static Fault serverError(int status) {
    return new Fault(Kind.SERVER_ERROR, requireServerStatus(status), Duration.ZERO, false);
  }

  /**
   * A 429 rate-limit answer with {@code Retry-After} in whole seconds (rounded up); the request is
   * not handled. {@code Duration.ZERO} sends {@code Retry-After: 0}.
   *
   * @param retryAfter how long the client is told to wait; zero or more
   * @return the fault
   */
  public static Fault rateLimited(Duration retryAfter) {
    requireNonNull(retryAfter, "retryAfter == null");
    if (retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative but was " + retryAfter);
    }
    return new Fault(Kind.RATE_LIMITED, 429, retryAfter, false);
  }

  /**
   * The normal answer, sent only after {@code delay}; the request is handled at once.
   *
   * @param delay how long to wait before answering; positive
   * @return the fault
   */
  public static Fault delay(Duration delay) {
    requireNonNull(delay, "delay == null");
    if (delay.isNegative() || delay.isZero()) {
      throw new IllegalArgumentException("delay must be positive but was " + delay);
    }
    return new Fault(Kind.DELAY, 0, delay, true);
  }

  /**
   * The normal answer's head and half its body, then the connection closes; the request is handled.
   *
   * @return the fault
   */
  public static Fault resetMidResponse() {
    return new Fault(Kind.RESET_MID_RESPONSE, 0, Duration.ZERO, true);
  }

  /**
   * The normal status (200 when all goes well) with a JSON body that stops half-way, under a
   * matching Content-Length; the request is handled.
   *
   * @return the fault
   */
  public static Fault truncatedJson() {
    return new Fault(Kind.TRUNCATED_JSON, 0, Duration.ZERO, true);
  }

  /**
   * A 5xx with a {@code text/html} error page instead of JSON; the request is not handled.
   *
   * @param status 500, 502, 503 or 504
   * @return the fault
   */
  public static Fault htmlErrorPage(int status) {
    return new Fault(Kind.HTML_ERROR_PAGE, requireServerStatus(status), Duration.ZERO, false);
  }

  /**
   * Badge requests only: the devices could not be reached (422, code {@code
   * badge_device_disconnected}), with {@code badge}, {@code devices_targeted}, {@code
   * devices_updated: 0}, {@code users_updated: 0} and the effective channels. Scheduled for any
   * operation, it waits for the next badge request.
   *
   * @return the fault
   */
  public static Fault badgeDeviceDisconnected() {
    return new Fault(Kind.BADGE_DEVICE_DISCONNECTED, 422, Duration.ZERO, true);
  }

  /**
   * Badge requests only: the update failed upstream (502, code {@code badge_update_failed}), same body.
   *
   * @return the fault
   */
  public static Fault badgeUpdateFailed() {
    return new Fault(Kind.BADGE_UPDATE_FAILED, 502, Duration.ZERO, true);
  }

  /**
   * This fault, played before the simulator handles the request: nothing changes or is delivered.
   *
   * @return a copy of this fault that leaves the simulator's state unchanged
   */
  public Fault beforeHandling() {
    return new Fault(kind, status, duration, false);
  }

  /**
   * This fault, played after the simulator handled the request: its effects stay, the answer is lost.
   *
   * @return a copy of this fault that lets the request take effect
   */
  public Fault afterHandling() {
    return new Fault(kind, status, duration, true);
  }

  /**
   * What kind of fault this is.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The status it answers with, or 0 when it keeps the normal one (delay, reset, truncated JSON).
   *
   * @return the HTTP status, or 0
   */
  public int status() {
    return status;
  }

  /**
   * The delay, or the {@code Retry-After} for {@link Kind#RATE_LIMITED}; zero for the others.
   *
   * @return the delay or wait, never negative
   */
  public Duration duration() {
    return duration;
  }

  /**
   * Whether the simulator handles the request (and keeps its effects) before playing the fault.
   *
   * @return true when the request takes effect before the fault plays
   */
  public boolean handlesRequest() {
    return handled;
  }

  private static int requireServerStatus(int status) {
    if (status < 500 || status > 599) {
      throw new IllegalArgumentException("a server fault needs a 5xx status but was " + status);
    }
    return status;
  }

  @Override
  public String toString() {
    String what = switch (kind) {
      case SERVER_ERROR -> "serverError(" + status + ")";
      case RATE_LIMITED -> "rateLimited(" + duration + ")";
      case DELAY -> "delay(" + duration + ")";
      case RESET_MID_RESPONSE -> "resetMidResponse()";
      case TRUNCATED_JSON -> "truncatedJson()";
      case HTML_ERROR_PAGE -> "htmlErrorPage(" + status + ")";
      case BADGE_DEVICE_DISCONNECTED -> "badgeDeviceDisconnected()";
      case BADGE_UPDATE_FAILED -> "badgeUpdateFailed()";
    };
    if (kind.badgeOnly()) {
      return what;
    }
    return what + (handled ? " after handling" : " before handling");
  }
}
