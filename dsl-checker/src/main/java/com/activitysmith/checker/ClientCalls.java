package com.activitysmith.checker;

import com.activitysmith.exception.ValidationException;
import com.activitysmith.exception.Violation;
import com.activitysmith.generated.model.AppIconBadgeCountUpdateRequest;
import com.activitysmith.generated.model.MetricValueUpdateRequest;
import com.activitysmith.generated.validation.RequestRules;
import com.activitysmith.internal.validation.Arguments;
import java.util.List;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * The client methods whose arguments are request values themselves rather than payload chains:
 * stream keys, metric keys and values, badge counts. Each maps to the operation and field the
 * client puts the argument into; the rules are the generated validators', as the client runs them.
 */
final class ClientCalls {
  /** A path parameter given as argument {@code index}. */
  record PathParameter(String operationId, String name) {}

  private static final Map<String, PathParameter> KEYS = Map.of(
      "com.activitysmith.LiveActivities#stream", new PathParameter("reconcileLiveActivityStream", "stream_key"),
      "com.activitysmith.LiveActivities#streamAsync", new PathParameter("reconcileLiveActivityStream", "stream_key"),
      "com.activitysmith.LiveActivities#endStream", new PathParameter("endLiveActivityStream", "stream_key"),
      "com.activitysmith.LiveActivities#endStreamAsync", new PathParameter("endLiveActivityStream", "stream_key"),
      "com.activitysmith.Metrics#update", new PathParameter("updateMetricValue", "key"),
      "com.activitysmith.Metrics#updateAsync", new PathParameter("updateMetricValue", "key"));

  private ClientCalls() {}

  /** The path parameter the first argument of {@code owner#method} is, or null. */
  static @Nullable PathParameter keyOf(String owner, String method) {
    return KEYS.get(owner + "#" + method);
  }

  static List<Violation> checkKey(PathParameter key, String value) {
    return RequestRules.validatePathParameter(key.operationId(), key.name(), value);
  }

  /** Whether argument {@code index} of {@code owner#method} is a request body value checked by {@link #checkValue}. */
  static boolean isValue(String owner, String method, int index) {
    return index == 1 && owner.equals("com.activitysmith.Metrics") && method.startsWith("update")
        || index == 0 && owner.equals("com.activitysmith.Badges") && method.startsWith("set");
  }

  /** The violations of a constant metric value or badge count, as the client builds its request. */
  static List<Violation> checkValue(String owner, Object value) {
    try {
      if (owner.equals("com.activitysmith.Badges") && value instanceof Number count) {
        AppIconBadgeCountUpdateRequest request = AppIconBadgeCountUpdateRequest.builder().badge(count.intValue()).build();
        return RequestRules.validate(Requests.operationOf(AppIconBadgeCountUpdateRequest.class), request);
      }
      String op = Requests.operationOf(MetricValueUpdateRequest.class);
      MetricValueUpdateRequest request = MetricValueUpdateRequest.builder()
          .value(value instanceof Number n ? Arguments.metricNumber(op, n) : Arguments.metricText(value.toString()))
          .build();
      return RequestRules.validate(op, request);
    } catch (ValidationException e) {
      return e.violations();
    }
  }
}
