package com.activitysmith.exception;

import java.util.Objects;

/**
 * One broken rule in a request: where, which rule, and what is wrong.
 *
 * @param path where the problem is: a JSON path into the body such as {@code
 *     $.content_state.current_step}, or {@code {stream_key}} for a path parameter
 * @param rule a stable id of the rule, such as {@code pattern}, {@code minimum} or {@code StepRange}
 * @param message what is wrong, for people
 */
public record Violation(String path, String rule, String message) {
  /** Checks that no component is null. */
  public Violation {
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(rule, "rule == null");
    Objects.requireNonNull(message, "message == null");
  }

  /** Renders as {@code path: message [rule]}. */
  @Override
  public String toString() {
    return path + ": " + message + " [" + rule + "]";
  }
}
