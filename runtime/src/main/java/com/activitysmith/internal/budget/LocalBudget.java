package com.activitysmith.internal.budget;

import static java.util.Objects.requireNonNull;

import com.activitysmith.RequestBudget;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * The default {@link RequestBudget}: Bucket4j buckets in this JVM, two per policy.
 *
 * <ul>
 *   <li>The <em>window</em> bucket holds the policy's quota and refills in full once per window,
 *       like the service's fixed windows; every request takes from it. Until the service has
 *       answered, its windows start with the first request; the first {@code RateLimit} header
 *       aligns them with the service's ({@code reset}) and sets what is left ({@code remaining}).
 *   <li>The <em>pace</em> bucket ({@link RequestBudget.Pace}) spreads {@linkplain Priority#INTERMEDIATE
 *       intermediate} requests evenly over the window, so that a loop of updates leaves room in
 *       every part of it instead of spending the quota in its first seconds.
 * </ul>
 *
 * Thread-safe.
 */
public final class LocalBudget implements RequestBudget {
  /** A reported reset this far from ours (the header has whole seconds) does not move our window. */
  private static final Duration ALIGNMENT_TOLERANCE = Duration.ofMillis(1500);

  private final Clock clock;
  private final TimeMeter time;
  private final Map<String, Slot> slots = new HashMap<>();

  /** A budget measuring windows on {@code clock}. */
  public LocalBudget(Clock clock) {
    this.clock = requireNonNull(clock, "clock == null");
    this.time = new ClockTimeMeter(clock);
  }

  @Override
  public synchronized Duration tryAcquire(List<Policy> policies, Priority priority) {
    requireNonNull(policies, "policies == null");
    requireNonNull(priority, "priority == null");
    boolean paced = priority == Priority.INTERMEDIATE;
    long waitNanos = 0;
    for (Policy policy : policies) {
      Slot slot = slot(policy);
      waitNanos = Math.max(waitNanos, wait(slot.window));
      if (paced) {
        waitNanos = Math.max(waitNanos, wait(slot.pace));
      }
    }
    if (waitNanos > 0) {
      return Duration.ofNanos(waitNanos);
    }
    for (Policy policy : policies) {
      Slot slot = slot(policy);
      slot.window.tryConsume(1);
      if (paced) {
        slot.pace.tryConsume(1);
      }
    }
    return Duration.ZERO;
  }

  @Override
  public synchronized void release(List<Policy> policies, Priority priority) {
    for (Policy policy : policies) {
      Slot slot = slot(policy);
      slot.window.addTokens(1);
      if (priority == Priority.INTERMEDIATE) {
        slot.pace.addTokens(1);
      }
    }
  }

  @Override
  public synchronized void correct(Policy policy, long remaining, Duration reset, long inFlight) {
    requireNonNull(policy, "policy == null");
    requireNonNull(reset, "reset == null");
    Slot slot = slot(policy);
    Instant now = clock.instant();
    Instant serviceRefill = now.plus(reset);
    if (slot.firstRefill == null || distance(nextRefill(slot, policy, now), serviceRefill).compareTo(ALIGNMENT_TOLERANCE) > 0) {
      slot.firstRefill = serviceRefill;
      // A fresh bucket: Bucket4j keeps a replaced configuration's refill times, not the new alignment.
      slot.window = Bucket.builder()
          .addLimit(limit -> limit.capacity(policy.quota()).refillIntervallyAligned(policy.quota(), policy.window(), serviceRefill))
          .withCustomTimePrecision(time)
          .build();
    }
    long target = Math.max(0, Math.min(policy.quota(), remaining - Math.max(0, inFlight)));
    long available = slot.window.getAvailableTokens();
    if (available > target) {
      slot.window.tryConsumeAsMuchAsPossible(available - target);
    } else if (available < target) {
      slot.window.addTokens(target - available);
    }
  }

  /** How many requests the policy has left in its window now, by our estimate; for tests. */
  public synchronized long available(Policy policy) {
    return slot(policy).window.getAvailableTokens();
  }

  private static long wait(Bucket bucket) {
    EstimationProbe probe = bucket.estimateAbilityToConsume(1);
    return probe.canBeConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
  }

  private Slot slot(Policy policy) {
    Slot slot = slots.get(policy.name());
    if (slot == null || slot.quota != policy.quota() || !slot.windowLength.equals(policy.window())) {
      Bucket window = Bucket.builder()
          .addLimit(limit -> limit.capacity(policy.quota()).refillIntervally(policy.quota(), policy.window()))
          .withCustomTimePrecision(time)
          .build();
      Pace pace = Pace.of(policy);
      Bucket paced = Bucket.builder()
          .addLimit(limit -> limit.capacity(pace.burst()).refillGreedy(pace.perWindow(), policy.window()))
          .withCustomTimePrecision(time)
          .build();
      slot = new Slot(window, paced, policy.quota(), policy.window(), clock.instant());
      slots.put(policy.name(), slot);
    }
    return slot;
  }

  /** When our window bucket refills next: whole windows after its alignment (or its creation). */
  private static Instant nextRefill(Slot slot, Policy policy, Instant now) {
    Instant origin = slot.firstRefill != null ? slot.firstRefill : slot.created.plus(policy.window());
    if (now.isBefore(origin)) {
      return origin;
    }
    long window = policy.window().toNanos();
    long elapsed = Duration.between(origin, now).toNanos();
    return origin.plusNanos((elapsed / window + 1) * window);
  }

  private static Duration distance(Instant a, Instant b) {
    return Duration.between(a, b).abs();
  }

  @Override
  public String toString() {
    return "RequestBudget.local()";
  }

  /** One policy's buckets and where its windows are aligned (null until the service said). */
  private static final class Slot {
    Bucket window;
    final Bucket pace;
    final long quota;
    final Duration windowLength;
    final Instant created;
    @Nullable Instant firstRefill;

    Slot(Bucket window, Bucket pace, long quota, Duration windowLength, Instant created) {
      this.window = window;
      this.pace = pace;
      this.quota = quota;
      this.windowLength = windowLength;
      this.created = created;
    }
  }
}
