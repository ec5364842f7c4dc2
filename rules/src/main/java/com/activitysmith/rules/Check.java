package com.activitysmith.rules;

import java.util.Map;
import java.util.Objects;

/**
 * A cross-field constraint of a Live Activity type, applied when both fields are present.
 *
 * @param id stable name, used as the violation's rule ({@code StepRange})
 * @param kind how the two fields relate
 * @param left the constrained field
 * @param right the field it is compared with
 */
public record Check(String id, Kind kind, String left, String right) {

  /** The relations the spec's {@code checks} entries can state. */
  public enum Kind {
    /** {@code left <= right}, both numbers. */
    LESS_OR_EQUAL,
    /** {@code left} is a list whose size equals the number {@code right}. */
    SIZE_EQUALS
  }

  /**
   * Checks that every part is present.
   *
   * @param id stable name, used as the violation's rule ({@code StepRange})
   * @param kind how the two fields relate
   * @param left the constrained field
   * @param right the field it is compared with
   */
  public Check {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(left, "left == null");
    Objects.requireNonNull(right, "right == null");
  }

  /**
   * Returns a message when the state breaks this check, or null when it holds or does not apply.
   *
   * @param state the content state as a JSON object
   * @return the message, or null
   */
  public String violation(Map<String, ?> state) {
    Object l = state.get(left);
    Object r = state.get(right);
    if (l == null || !(r instanceof Number limit)) {
      return null;
    }
    switch (kind) {
      case LESS_OR_EQUAL:
        if (l instanceof Number n && new java.math.BigDecimal(n.toString()).compareTo(new java.math.BigDecimal(limit.toString())) > 0) {
          return left + " " + n + " exceeds " + right + " " + limit + "; raise " + right + " or lower " + left;
        }
        return null;
      case SIZE_EQUALS:
        if (l instanceof java.util.List<?> list && list.size() != limit.intValue()) {
          return left + " has " + list.size() + " entries but " + right + " is " + limit + "; give one per step";
        }
        return null;
      default:
        throw new AssertionError(kind);
    }
  }
}
