package com.activitysmith.testing.internal;

import java.math.BigDecimal;

/**
 * Conversions of JSON numbers that never expand them: a {@link BigDecimal} such as {@code 1E+300}
 * turns into 301 digits under {@code longValue()} or {@code toPlainString()}; these cap the work.
 */
public final class Numbers {
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);

  private Numbers() {}

  /** The whole part, clamped to the long range. */
  public static long saturatedLong(BigDecimal n) {
    if (n.compareTo(LONG_MAX) >= 0) {
      return Long.MAX_VALUE;
    }
    if (n.compareTo(LONG_MIN) <= 0) {
      return Long.MIN_VALUE;
    }
    // Between the bounds and read from JSON (at most a few hundred decimal places): cheap.
    return n.longValue();
  }

  /** Whether it is a whole number from {@code min} to {@code max}. */
  public static boolean isIntegerIn(BigDecimal n, long min, long max) {
    return n.compareTo(BigDecimal.valueOf(min)) >= 0 && n.compareTo(BigDecimal.valueOf(max)) <= 0
        && (n.signum() == 0 || n.stripTrailingZeros().scale() <= 0);
  }

  /** Plain notation ({@code 100}, {@code 0.25}) when short, else scientific ({@code 1E+300}). */
  public static String text(BigDecimal n) {
    long integerDigits = (long) n.precision() - n.scale();
    return integerDigits <= 40 && n.scale() <= 40 ? n.toPlainString() : n.toString();
  }
}
