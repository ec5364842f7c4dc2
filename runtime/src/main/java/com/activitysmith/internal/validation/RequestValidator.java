package com.activitysmith.internal.validation;

import com.activitysmith.exception.Violation;
import java.util.List;

/**
 * Checks a request against the API's rules before it is sent. {@link GeneratedRules} is the
 * client's validator; {@link #PASS_THROUGH} accepts everything. Implementations must be thread-safe.
 */
public interface RequestValidator {
  /** Accepts every request. */
  RequestValidator PASS_THROUGH = (operationId, body) -> List.of();

  /**
   * Returns every rule a request body breaks, or an empty list.
   *
   * @param operationId the operation, such as {@code sendPushNotification}
   * @param body the generated request record about to be sent
   */
  List<Violation> validate(String operationId, Object body);

  /**
   * Returns every rule a path parameter breaks, or an empty list; accepts everything unless
   * overridden.
   *
   * @param operationId the operation, such as {@code reconcileLiveActivityStream}
   * @param name the parameter's name in the spec, such as {@code stream_key}
   * @param value the value about to be put into the path
   */
  default List<Violation> validatePathParameter(String operationId, String name, String value) {
    return List.of();
  }
}
