package com.activitysmith.testing.internal;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} requests per key in each {@code window}, as the service counts them: a
 * Bucket4j bucket per key that refills in full once per window, read on the simulator's clock so
 * tests move time by hand. Thread-safe.
 */
public final class RateLimiter {
  /** The bucket of the simulated account, which all of its keys share. */
  public static final String ACCOUNT = "account";

  private final int limit;
  private final Duration window;
  private final TimeMeter time;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  /** Allows {@code limit} requests per key in each {@code window}, timed by {@code clock}. */
  public RateLimiter(int limit, Duration window, Clock clock) {
    this.limit = limit;
    this.window = Objects.requireNonNull(window, "window == null");
    this.time = new ClockTime(Objects.requireNonNull(clock, "clock == null"));
  }

  /**
   * Counts a request when the key is under its limit and returns 0; otherwise counts nothing and
   * returns the whole seconds until the window refills (at least 1).
   */
  public long acquire(String key) {
    Bucket bucket = buckets.computeIfAbsent(key, k -> Bucket.builder()
        .addLimit(l -> l.capacity(limit).refillIntervally(limit, window))
        .withCustomTimePrecision(time)
        .build());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return 0;
    }
    Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
    return Math.max(1, wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0));
  }

  /** Forgets every counted request. */
  public void reset() {
    buckets.clear();
  }

  /** Bucket4j's view of the simulator's clock. */
  private record ClockTime(Clock clock) implements TimeMeter {
    @Override
    public long currentTimeNanos() {
      Instant now = clock.instant();
      return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    public boolean isWallClockBased() {
      return true;
    }
  }
}
