package com.activitysmith.internal.validation;

import static java.util.Objects.requireNonNull;

import com.activitysmith.exception.ValidationException;
import com.activitysmith.exception.Violation;
import com.activitysmith.generated.model.MetricValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Checks of the values callers pass as method arguments (keys, ids, counts, metric values,
 * channel slugs), made before a request is even built. The key patterns are those of the spec's
 * {@code StreamKey} and {@code MetricKey} path parameters.
 */
public final class Arguments {
  private static final Pattern STREAM_KEY = Pattern.compile("^[A-Za-z0-9_-]+$");
  private static final int STREAM_KEY_MAX_LENGTH = 255;
  private static final Pattern METRIC_KEY = Pattern.compile("^[a-z0-9][a-z0-9_.-]{0,63}$");
  private static final int METRIC_TEXT_MAX_LENGTH = 64;

  private Arguments() {}

  /** Checks a stream key: 1 to 255 letters, digits, {@code _} or {@code -}. */
  public static String streamKey(String operationId, String streamKey) {
    requireNonNull(streamKey, "streamKey == null");
    if (streamKey.length() > STREAM_KEY_MAX_LENGTH) {
      throw invalid(operationId, "{stream_key}", "maxLength", "stream key must be at most "
          + STREAM_KEY_MAX_LENGTH + " characters but has " + streamKey.length());
    }
    if (!STREAM_KEY.matcher(streamKey).matches()) {
      throw invalid(operationId, "{stream_key}", "pattern", "stream key must be 1 to 255 letters, digits, "
          + "'_' or '-' (" + STREAM_KEY.pattern() + ") but was " + quote(streamKey));
    }
    return streamKey;
  }

  /** Checks a metric key: lower case, starts with a letter or digit, at most 64 characters. */
  public static String metricKey(String operationId, String key) {
    requireNonNull(key, "key == null");
    if (!METRIC_KEY.matcher(key).matches()) {
      throw invalid(operationId, "{key}", "pattern", "metric key must start with a lower-case letter or digit "
          + "followed by up to 63 of a-z, 0-9, '_', '.', '-' (" + METRIC_KEY.pattern() + ") but was " + quote(key));
    }
    return key;
  }

  /** Checks an activity id is not empty. */
  public static String activityId(String operationId, String activityId) {
    requireNonNull(activityId, "activityId == null");
    if (activityId.isEmpty()) {
      throw invalid(operationId, "$.activity_id", "minLength", "activity id must not be empty");
    }
    return activityId;
  }

  /** Checks a badge count is not negative. */
  public static int badgeCount(String operationId, int count) {
    if (count < 0) {
      throw invalid(operationId, "$.badge", "minimum", "badge count must be 0 or more but was " + count);
    }
    return count;
  }

  /** Converts a numeric metric value, which must be finite and not negative. */
  public static MetricValue metricNumber(String operationId, Number value) {
    requireNonNull(value, "value == null");
    BigDecimal decimal = toDecimal(operationId, value);
    if (decimal.signum() < 0) {
      throw invalid(operationId, "$.value", "minimum", "metric value must be 0 or more but was " + decimal.toPlainString());
    }
    return MetricValue.of(decimal);
  }

  /** Converts a text metric value, which must have 1 to 64 characters. */
  public static MetricValue metricText(String operationId, String value) {
    requireNonNull(value, "value == null");
    int length = value.codePointCount(0, value.length());
    if (length == 0) {
      throw invalid(operationId, "$.value", "minLength", "metric text must not be empty");
    }
    if (length > METRIC_TEXT_MAX_LENGTH) {
      throw invalid(operationId, "$.value", "maxLength", "metric text must be at most "
          + METRIC_TEXT_MAX_LENGTH + " characters but has " + length);
    }
    return MetricValue.of(value);
  }

  /** Collects channel slugs given as varargs: at least one, none null. Blank ones are reported when sent. */
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
        throw invalid(operationId, "$.value", "finite", "metric value must be a finite number but was " + value);
      }
      // Float's own decimal text, so 0.1f stays 0.1 rather than 0.100000001490116...
      return value instanceof Float ? new BigDecimal(value.toString()) : BigDecimal.valueOf(d);
    }
    try {
      return new BigDecimal(value.toString());
    } catch (NumberFormatException e) {
      throw invalid(operationId, "$.value", "type", "metric value " + value.getClass().getName()
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
