package com.activitysmith.testing;

/**
 * The eight operations of the ActivitySmith API, as the simulator routes, journals and limits them.
 *
 * <p>{@link #operationId()} is the spec's operation id, {@link #method()} and {@link #pathTemplate()}
 * the route below the base URL ({@code /api}).
 */
public enum Operation {
  /** {@code POST /push-notification}. */
  PUSH("sendPushNotification", "POST", "/push-notification", true),
  /** {@code POST /live-activity/start}. */
  START("startLiveActivity", "POST", "/live-activity/start", false),
  /** {@code POST /live-activity/update}. */
  UPDATE("updateLiveActivity", "POST", "/live-activity/update", false),
  /** {@code POST /live-activity/end}. */
  END("endLiveActivity", "POST", "/live-activity/end", false),
  /** {@code PUT /live-activity/stream/{stream_key}}. */
  STREAM("reconcileLiveActivityStream", "PUT", "/live-activity/stream/{stream_key}", true),
  /** {@code DELETE /live-activity/stream/{stream_key}}. */
  END_STREAM("endLiveActivityStream", "DELETE", "/live-activity/stream/{stream_key}", true),
  /** {@code POST /metrics/{key}/value}. */
  METRIC("updateMetricValue", "POST", "/metrics/{key}/value", true),
  /** {@code POST /badge}. */
  BADGE("updateAppIconBadgeCount", "POST", "/badge", false);

  private final String operationId;
  private final String method;
  private final String pathTemplate;
  private final boolean rateLimitedByDefault;

  Operation(String operationId, String method, String pathTemplate, boolean rateLimitedByDefault) {
    this.operationId = operationId;
    this.method = method;
    this.pathTemplate = pathTemplate;
    this.rateLimitedByDefault = rateLimitedByDefault;
  }

  /** The spec's operation id, such as {@code sendPushNotification}. */
  public String operationId() {
    return operationId;
  }

  /** The HTTP method. */
  public String method() {
    return method;
  }

  /** The path below the base URL, with {@code {stream_key}} or {@code {key}} placeholders. */
  public String pathTemplate() {
    return pathTemplate;
  }

  /**
   * Whether the service counts this operation against the 60 requests per minute: push, stream
   * PUT and DELETE, and metrics do; start, update, end and badge do not.
   */
  public boolean rateLimitedByDefault() {
    return rateLimitedByDefault;
  }
}
