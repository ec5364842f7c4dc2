package com.activitysmith.internal.budget;

/**
 * Which requests go first when demand exceeds the budget: what ends something or tells a person
 * something (pushes, ends, stream ends) before a start, and a start before an intermediate state,
 * which a later one replaces anyway.
 */
public enum Priority {
  /** Pushes, ends and stream ends. */
  FINAL,
  /** Starts. */
  START,
  /** Updates, stream states, metric values and badge counts. */
  INTERMEDIATE;

  /** The priority of an operation, by its id. */
  public static Priority of(String operationId) {
    return switch (operationId) {
      case "sendPushNotification", "endLiveActivity", "endLiveActivityStream" -> FINAL;
      case "startLiveActivity" -> START;
      default -> INTERMEDIATE;
    };
  }
}
