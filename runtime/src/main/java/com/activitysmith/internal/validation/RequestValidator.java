package com.activitysmith.internal.validation;

import com.activitysmith.exception.Violation;
import java.util.List;

/**
 * Checks a request body against the API's rules before it is sent.
 *
 * <p>The body arrives as a JSON tree the way Moshi's {@code Object} adapter reads it (maps, lists,
 * strings, doubles, booleans). The rules derived from the spec plug in here; until they do, {@link
 * #PASS_THROUGH} accepts everything. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface RequestValidator {
  /** Accepts every request. */
  RequestValidator PASS_THROUGH = (operationId, jsonTree) -> List.of();

  /**
   * Returns every rule the body breaks, or an empty list.
   *
   * @param operationId the operation, such as {@code sendPushNotification}
   * @param jsonTree the request body as a JSON tree
   */
  List<Violation> validate(String operationId, Object jsonTree);
}
