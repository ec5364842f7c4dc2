package com.activitysmith.testing.internal;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts requests against rate-limit policies as the service does: a Bucket4j bucket per policy
 * and counted party (the account, or a client IP) that refills in full once per window, read on
 * the simulator's clock so tests move time by hand. Thread-safe.
 */
public final class RateLimiter {
  /** One policy's state after a request: what the {@code RateLimit} header reports. */
  public record Standing(PolicyTable.Policy policy, long remaining, long resetSeconds) {}

  /** The outcome: the standings of every policy, and the seconds to wait when one was exhausted (else 0). */
  public record Outcome(List<Standing> standings, long retryAfterSeconds) {}

  private record Counted(Bucket bucket, long createdNanos) {}

  private final TimeMeter time;
  private final Map<String, Counted> buckets = new ConcurrentHashMap<>();

  /** Times windows with {@code clock}. */
  public RateLimiter(Clock clock) {
    this.time = new ClockTime(Objects.requireNonNull(clock, "clock == null"));
  }

  /**
   * Counts one request against every policy when none is exhausted; otherwise counts nothing and
   * says how long until the exhausted ones refill. With {@code count} false only reports.
   */
  public synchronized Outcome acquire(List<PolicyTable.Policy> policies, String ip, boolean count) {
    List<Counted> counted = new ArrayList<>();
    long wait = 0;
    for (PolicyTable.Policy p : policies) {
      Counted c = bucket(p, ip);
      counted.add(c);
      if (count && c.bucket().getAvailableTokens() < 1) {
        wait = Math.max(wait, resetSeconds(p, c));
      }
    }
    if (count && wait == 0) {
      counted.forEach(c -> c.bucket().tryConsume(1));
    }
    List<Standing> standings = new ArrayList<>();
    for (int i = 0; i < policies.size(); i++) {
      PolicyTable.Policy p = policies.get(i);
      Counted c = counted.get(i);
      standings.add(new Standing(p, Math.max(0, c.bucket().getAvailableTokens()), resetSeconds(p, c)));
    }
    return new Outcome(standings, wait);
  }

  private Counted bucket(PolicyTable.Policy p, String ip) {
    String key = p.name() + (p.perIp() ? "@" + ip : "");
    return buckets.computeIfAbsent(key, k -> new Counted(Bucket.builder()
        .addLimit(l -> l.capacity(p.quota()).refillIntervally(p.quota(), p.window()))
        .withCustomTimePrecision(time)
        .build(), time.currentTimeNanos()));
  }

  /** Whole seconds until the bucket's next full refill (buckets refill at creation plus whole windows). */
  private long resetSeconds(PolicyTable.Policy p, Counted c) {
    long window = p.window().toNanos();
    long elapsed = Math.floorMod(time.currentTimeNanos() - c.createdNanos(), window);
    long nanos = window - elapsed;
    return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
  }

  /** Forgets every counted request. */
  public synchronized void reset() {
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
