package com.activitysmith.exception;

import java.util.Objects;

/**
 * One way a request breaks the API's rules.
 *
 * @param path where, as a JSON path without the leading {@code $.} ({@code content_state.metrics[8]});
 *     empty for the body itself
 * @param rule which rule: a JSON Schema keyword ({@code maximum}, {@code required}), a per-type rule
 *     ({@code RequiredForType}, {@code UnsupportedByType}, {@code StepRange}) or a check of the
 *     spec's {@code x-activitysmith-checks} ({@code ChannelsMatch})
 * @param message what is wrong, readable on its own
 */
public record Violation(String path, String rule, String message) {
  /** Checks that every component is present. */
  public Violation {
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(rule, "rule == null");
    Objects.requireNonNull(message, "message == null");
  }

  /**
   * {@code path: message [rule]}; a message that starts with the field's own name gets only the
   * path before it: {@code content_state.metrics: 10 items, at most 8 [maxItems]}.
   */
  @Override
  public String toString() {
    int dot = path.lastIndexOf('.');
    String last = dot < 0 ? path : path.substring(dot + 1);
    if (!last.isEmpty() && (message.startsWith(last + " ") || message.startsWith(last + ":"))) {
      return (dot < 0 ? "" : path.substring(0, dot + 1)) + message + " [" + rule + "]";
    }
    return (path.isEmpty() ? "(body)" : path) + ": " + message + " [" + rule + "]";
  }
}
