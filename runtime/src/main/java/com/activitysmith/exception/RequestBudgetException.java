package com.activitysmith.exception;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;

/**
 * The client's rate budget had no room for a request within the wait allowed ({@code
 * ActivitySmith.Builder#budgetWait}, default 60 s), so the request was not sent. Immutable.
 *
 * <p>Nothing reached the service: sending it later is safe for every operation. Sending less often,
 * or coalescing states with {@code liveActivities().streamer(..)}, avoids it.
 */
public class RequestBudgetException extends ActivitySmithException {
  private final String operationId;
  private final List<String> policies;
  private final Duration untilAvailable;

  /**
   * Creates the exception.
   *
   * @param operationId the operation that was held back, such as {@code sendPushNotification}
   * @param policies the names of the policies with no room
   * @param untilAvailable how long until the budget expected room, by its estimate
   */
  public RequestBudgetException(String message, String operationId, List<String> policies, Duration untilAvailable) {
    super(requireNonNull(message, "message == null"));
    this.operationId = requireNonNull(operationId, "operationId == null");
    this.policies = List.copyOf(requireNonNull(policies, "policies == null"));
    this.untilAvailable = requireNonNull(untilAvailable, "untilAvailable == null");
  }

  /** The operation that was not sent. */
  public String operationId() {
    return operationId;
  }

  /** The rate-limit policies that had no room, such as {@code [account:push]}. */
  public List<String> policies() {
    return policies;
  }

  /** How long until the budget expected room for the request when it gave up. */
  public Duration untilAvailable() {
    return untilAvailable;
  }
}
