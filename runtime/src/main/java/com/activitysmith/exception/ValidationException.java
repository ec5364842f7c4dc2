package com.activitysmith.exception;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A request broke one or more rules of the API and was not sent. Immutable.
 *
 * <p>Thrown before any network I/O, by the client's checks of keys and arguments and by the
 * pre-send validation of every request body. {@link #violations()} lists each problem with its
 * location.
 */
public class ValidationException extends ActivitySmithException {
  private final String operationId;
  private final List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param operationId the operation the request was for, such as {@code sendPushNotification}
   * @param violations the problems found; at least one
   */
  public ValidationException(String operationId, List<Violation> violations) {
    super(describe(operationId, violations));
    this.operationId = operationId;
    this.violations = List.copyOf(violations);
  }

  private static String describe(String operationId, List<Violation> violations) {
    Objects.requireNonNull(operationId, "operationId == null");
    Objects.requireNonNull(violations, "violations == null");
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("violations is empty");
    }
    return "Invalid " + operationId + " request, nothing was sent: "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }

  /** The operation the rejected request was for, such as {@code reconcileLiveActivityStream}. */
  public String operationId() {
    return operationId;
  }

  /** Every problem found, in the order found; never empty. */
  public List<Violation> violations() {
    return violations;
  }
}
