package com.activitysmith.dsl;

import static java.util.Objects.requireNonNull;

/**
 * One labelled value on a {@code metrics} or {@code stats} Live Activity:
 * {@code metric("CPU", 27.5).unit("%").color(RED)}. Immutable.
 *
 * @param label the short name shown with the value
 * @param value a {@link Number} (at least 0) or a {@link String} (1 to 64 characters)
 * @param unit printed after a numeric value, or null
 * @param color the value's color (a dot on stats), or null
 */
public record Metric(String label, Object value, String unit, Color color) {
  /**
   * Checks that label and value are present and the value is a number or a text.
   *
   * @param label the short name shown with the value
   * @param value a {@link Number} (at least 0) or a {@link String} (1 to 64 characters)
   * @param unit printed after a numeric value, or null
   * @param color the value's color (a dot on stats), or null
   */
  public Metric {
    requireNonNull(label, "label == null");
    requireNonNull(value, "value == null");
    if (!(value instanceof Number) && !(value instanceof String)) {
      throw new IllegalArgumentException("value must be a Number or a String but was " + value.getClass().getName());
    }
  }

  /**
   * Returns this metric with a unit ({@code "%"}, {@code "ms"}).
   *
   * @param unit the unit text
   * @return a copy with that unit
   */
  public Metric unit(String unit) {
    return new Metric(label, value, requireNonNull(unit, "unit == null"), color);
  }

  /**
   * Returns this metric in {@code color}.
   *
   * @param color the value's color
   * @return a copy in that color
   */
  public Metric color(Color color) {
    return new Metric(label, value, unit, requireNonNull(color, "color == null"));
  }
}
