package com.activitysmith.testing.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * At most {@code limit} requests per key in any sliding window of {@code window}; thread-safe.
 */
public final class RateLimiter {
  private final int limit;
  private final Duration window;
  private final Map<String, Deque<Instant>> recent = new HashMap<>();

  /** Allows {@code limit} requests per key in any {@code window}. */
  public RateLimiter(int limit, Duration window) {
    this.limit = limit;
    this.window = window;
  }

  /**
   * Counts a request at {@code now} when the key is under its limit and returns 0; otherwise
   * counts nothing and returns the whole seconds until a slot frees (at least 1).
   */
  public synchronized long acquire(String key, Instant now) {
    Deque<Instant> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
    Instant windowStart = now.minus(window);
    while (!times.isEmpty() && !times.peekFirst().isAfter(windowStart)) {
      times.removeFirst();
    }
    if (times.size() < limit) {
      times.addLast(now);
      return 0;
    }
    Duration wait = Duration.between(now, times.peekFirst().plus(window));
    long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }

  /** Forgets every counted request. */
  public synchronized void reset() {
    recent.clear();
  }
}
