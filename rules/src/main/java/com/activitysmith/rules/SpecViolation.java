package com.activitysmith.rules;

import java.util.Objects;

/**
 * One way a request breaks the spec.
 *
 * @param path where, as a JSON path without the leading {@code $.} ({@code content_state.metrics[8]});
 *     empty for the body itself
 * @param rule which rule: a JSON Schema keyword ({@code maximum}, {@code required}) or a per-type
 *     rule ({@code RequiredForType}, {@code UnsupportedByType}, {@code StepRange})
 * @param message what is wrong, readable on its own
 */
public record SpecViolation(String path, String rule, String message) {
  /**
   * Checks that every part is present.
   *
   * @param path where, as a JSON path without the leading {@code $.} ({@code content_state.metrics[8]}); empty for the body itself
   * @param rule which rule: a JSON Schema keyword ({@code maximum}, {@code required}) or a per-type rule ({@code RequiredForType}, {@code UnsupportedByType}, {@code StepRange})
   * @param message what is wrong, readable on its own
   */
  public SpecViolation {
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(rule, "rule == null");
    Objects.requireNonNull(message, "message == null");
  }

  @Override
  public String toString() {
    return (path.isEmpty() ? "(body)" : path) + ": " + message + " [" + rule + "]";
  }
}
