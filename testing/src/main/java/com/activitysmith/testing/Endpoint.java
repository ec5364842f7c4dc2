package com.activitysmith.testing;

import com.activitysmith.generated.ApiOperation;

/**
 * The eight endpoints of the ActivitySmith API, one operation each, as the simulator routes, journals
 * and limits them.
 *
 * <p>{@link #operationId()} is the spec's operation id, {@link #method()} and {@link #pathTemplate()}
 * the route below the base URL ({@code /api}).
 */
public enum Endpoint {
  /** {@code POST /push-notification}. */
  PUSH("sendPushNotification"),
  /** {@code POST /live-activity/start}. */
  START("startLiveActivity"),
  /** {@code POST /live-activity/update}. */
  UPDATE("updateLiveActivity"),
  /** {@code POST /live-activity/end}. */
  END("endLiveActivity"),
  /** {@code PUT /live-activity/stream/{stream_key}}. */
  STREAM("reconcileLiveActivityStream"),
  /** {@code DELETE /live-activity/stream/{stream_key}}. */
  END_STREAM("endLiveActivityStream"),
  /** {@code POST /metrics/{key}/value}. */
  METRIC("updateMetricValue"),
  /** {@code POST /badge}. */
  BADGE("updateAppIconBadgeCount");

  private final String operationId;

  Endpoint(String operationId) {
    this.operationId = operationId;
  }

  private ApiOperation info() {
    return ApiOperation.of(operationId);
  }

  /**
   * The spec's operation id, such as {@code sendPushNotification}.
   *
   * @return the operation id
   */
  public String operationId() {
    return operationId;
  }

  /**
   * The HTTP method, as the spec gives it.
   *
   * @return the method, upper case
   */
  public String method() {
    return info().method();
  }

  /**
   * The path below the base URL, with {@code {stream_key}} or {@code {key}} placeholders, as the spec gives it.
   *
   * @return the path template
   */
  public String pathTemplate() {
    return info().path();
  }

  /**
   * Whether this operation counts against the simulator's one shared request budget: the older
   * deployment's shape, which the spec states in {@code x-activitysmith-rate-limits.legacy}
   * (push, stream PUT and DELETE, and metrics do; start, update, end and badge do not).
   *
   * @return true when it counts against that budget
   */
  public boolean rateLimitedByDefault() {
    return info().legacyRateLimited();
  }
}
