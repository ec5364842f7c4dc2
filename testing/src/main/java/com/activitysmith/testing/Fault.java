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
    HTML_ERROR_PAGE
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
   * @param status the status, 500 to 599
   * @return the fault
   */
  public static Fault serverError(int status) {
    return new Fault(Kind.SERVER_ERROR, requireServerStatus(status), Duration.ZERO, false);
  }

  /**
   * A 429 rate-limit answer with {@code Retry-After} in whole seconds (rounded up); the request is
   * not handled. {@code Duration.ZERO} sends {@code Retry-After: 0}.
   *
   * @param retryAfter the wait to announce, zero or more
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
   * @param delay how long to hold the answer back
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
   * @param status the status, 500 to 599
   * @return the fault
   */
  public static Fault htmlErrorPage(int status) {
    return new Fault(Kind.HTML_ERROR_PAGE, requireServerStatus(status), Duration.ZERO, false);
  }

  /**
   * This fault, played before the simulator handles the request: nothing changes or is delivered.
   *
   * @return a copy played before handling
   */
  public Fault beforeHandling() {
    return new Fault(kind, status, duration, false);
  }

  /**
   * This fault, played after the simulator handled the request: its effects stay, the answer is lost.
   *
   * @return a copy played after handling
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
   * @return the status, or 0
   */
  public int status() {
    return status;
  }

  /**
   * The delay, or the {@code Retry-After} for {@link Kind#RATE_LIMITED}; zero for the others.
   *
   * @return the duration, never null
   */
  public Duration duration() {
    return duration;
  }

  /**
   * Whether the simulator handles the request (and keeps its effects) before playing the fault.
   *
   * @return true when the request is handled first
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
    };
    return what + (handled ? " after handling" : " before handling");
  }
}
