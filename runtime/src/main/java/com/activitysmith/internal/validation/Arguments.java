package com.activitysmith.internal.validation;

import static java.util.Objects.requireNonNull;

import com.activitysmith.exception.ValidationException;
import com.activitysmith.exception.Violation;
import com.activitysmith.generated.model.MetricValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Conversions of method arguments into request values, with the checks the spec cannot make:
 * missing values, and numbers JSON cannot carry. Every rule the spec states (key patterns,
 * ranges, lengths) is checked by {@link GeneratedRules} instead, so that no rule is written twice.
 */
public final class Arguments {
  private Arguments() {}

  /** Converts a numeric metric value, which must be finite; range checks are the spec's. */
  public static MetricValue metricNumber(String operationId, Number value) {
    requireNonNull(value, "value == null");
    return MetricValue.of(toDecimal(operationId, value));
  }

  /** Converts a text metric value; length checks are the spec's. */
  public static MetricValue metricText(String value) {
    return MetricValue.of(requireNonNull(value, "value == null"));
  }

  /**
   * The UTC date-time of an instant; an instant beyond what a date-time can hold (such as
   * {@link Instant#MAX}) is a violation at {@code timestamp}. Year limits are the spec's.
   */
  public static OffsetDateTime timestamp(String operationId, Instant instant) {
    requireNonNull(instant, "timestamp == null");
    try {
      return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    } catch (DateTimeException e) {
      throw invalid(operationId, "timestamp", "format", "timestamp " + instant
          + " is outside the date-times the API accepts (years 0000 to 9999)");
    }
  }

  /** Collects channel slugs given as varargs: at least one, none null. */
  public static List<String> channels(String first, String... more) {
    requireNonNull(first, "first == null");
    requireNonNull(more, "more == null");
    List<String> slugs = new ArrayList<>(1 + more.length);
    slugs.add(first);
    for (int i = 0; i < more.length; i++) {
      slugs.add(requireNonNull(more[i], "more[" + i + "] == null"));
    }
    return List.copyOf(slugs);
  }

  private static BigDecimal toDecimal(String operationId, Number value) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof BigInteger integer) {
      return new BigDecimal(integer);
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
        || value instanceof AtomicInteger || value instanceof AtomicLong) {
      return BigDecimal.valueOf(value.longValue());
    }
    if (value instanceof Double || value instanceof Float) {
      double d = value.doubleValue();
      if (!Double.isFinite(d)) {
        throw invalid(operationId, "value", "finite", "metric value must be a finite number but was " + value);
      }
      // Float's own decimal text, so 0.1f stays 0.1 rather than 0.100000001490116...
      return value instanceof Float ? new BigDecimal(value.toString()) : BigDecimal.valueOf(d);
    }
    try {
      return new BigDecimal(value.toString());
    } catch (NumberFormatException e) {
      throw invalid(operationId, "value", "type", "metric value " + value.getClass().getName()
          + " does not print as a decimal number: " + quote(value.toString()));
    }
  }

  private static ValidationException invalid(String operationId, String path, String rule, String message) {
    return new ValidationException(operationId, List.of(new Violation(path, rule, message)));
  }

  private static String quote(String value) {
    return '"' + value + '"';
  }
}
