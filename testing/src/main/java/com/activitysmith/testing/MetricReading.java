package com.activitysmith.testing;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The latest value of a widget metric.
 *
 * @param key the metric's key
 * @param value a {@link BigDecimal} or a {@link String}, exactly as sent
 * @param measuredAt the request's {@code timestamp}, or when the simulator received it
 */
public record MetricReading(String key, Object value, Instant measuredAt) {
  /**
   * Checks the required components.
   *
   * @param key the metric's key
   * @param value a {@link BigDecimal} or a {@link String}, exactly as sent
   * @param measuredAt the request's {@code timestamp}, or when the simulator received it
   */
  public MetricReading {
    requireNonNull(key, "key == null");
    requireNonNull(value, "value == null");
    requireNonNull(measuredAt, "measuredAt == null");
  }

  /**
   * The value as text: a number in plain notation, or the string.
   *
   * @return the text
   */
  public String text() {
    return value instanceof BigDecimal n ? com.activitysmith.testing.internal.Numbers.text(n) : (String) value;
  }
}
