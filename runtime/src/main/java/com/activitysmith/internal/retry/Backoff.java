package com.activitysmith.internal.retry;

import static java.util.Objects.requireNonNull;

import com.activitysmith.RetryPolicy;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/** Exponential backoff with jitter, as a {@link RetryPolicy} describes it. Thread-safe. */
final class Backoff {
  private final RetryPolicy policy;
  private final DoubleSupplier random;

  Backoff(RetryPolicy policy) {
    this(policy, () -> ThreadLocalRandom.current().nextDouble());
  }

  /** With a source of numbers in [0, 1) for the jitter, so tests can fix it. */
  Backoff(RetryPolicy policy, DoubleSupplier random) {
    this.policy = requireNonNull(policy, "policy == null");
    this.random = requireNonNull(random, "random == null");
  }

  /**
   * The wait before retry number {@code retry} (1 for the first retry): the initial backoff doubled
   * {@code retry - 1} times, capped at the maximum, then shortened by up to the jitter share.
   */
  Duration delay(int retry) {
    if (retry < 1) {
      throw new IllegalArgumentException("retry must be at least 1 but was " + retry);
    }
    long max = policy.maxBackoff().toNanos();
    long base = policy.initialBackoff().toNanos();
    for (int i = 1; i < retry && base < max; i++) {
      base = base > max / 2 ? max : base * 2;
    }
    base = Math.min(base, max);
    double shortenBy = policy.jitter() * random.getAsDouble();
    return Duration.ofNanos(Math.round(base * (1 - shortenBy)));
  }
}
