package com.activitysmith.internal.budget;

import static java.util.Objects.requireNonNull;

import com.activitysmith.RequestBudget;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.TokensInheritanceStrategy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * The default {@link RequestBudget}: one Bucket4j bucket per policy in this JVM, holding the
 * policy's quota and refilled in full once per window, like the service's fixed windows. Until the
 * service has answered, the windows start with the first request; the first {@code RateLimit}
 * header aligns them with the service's ({@code reset}) and sets what is left ({@code remaining}).
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
  public synchronized Duration tryAcquire(List<Policy> policies) {
    requireNonNull(policies, "policies == null");
    long waitNanos = 0;
    for (Policy policy : policies) {
      EstimationProbe probe = slot(policy).bucket.estimateAbilityToConsume(1);
      if (!probe.canBeConsumed()) {
        waitNanos = Math.max(waitNanos, Math.max(1, probe.getNanosToWaitForRefill()));
      }
    }
    if (waitNanos > 0) {
      return Duration.ofNanos(waitNanos);
    }
    for (Policy policy : policies) {
      slot(policy).bucket.tryConsume(1);
    }
    return Duration.ZERO;
  }

  @Override
  public synchronized void release(List<Policy> policies) {
    for (Policy policy : policies) {
      slot(policy).bucket.addTokens(1);
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
      slot.bucket.replaceConfiguration(configuration(policy, serviceRefill), TokensInheritanceStrategy.AS_IS);
    }
    long target = Math.max(0, Math.min(policy.quota(), remaining - Math.max(0, inFlight)));
    long available = slot.bucket.getAvailableTokens();
    if (available > target) {
      slot.bucket.tryConsumeAsMuchAsPossible(available - target);
    } else if (available < target) {
      slot.bucket.addTokens(target - available);
    }
  }

  /** How many requests the policy has left now, by our estimate; for tests. */
  public synchronized long available(Policy policy) {
    return slot(policy).bucket.getAvailableTokens();
  }

  private Slot slot(Policy policy) {
    Slot slot = slots.get(policy.name());
    if (slot == null || slot.quota != policy.quota() || !slot.window.equals(policy.window())) {
      Bucket bucket = Bucket.builder()
          .addLimit(limit -> limit.capacity(policy.quota()).refillIntervally(policy.quota(), policy.window()))
          .withCustomTimePrecision(time)
          .build();
      slot = new Slot(bucket, policy.quota(), policy.window(), clock.instant());
      slots.put(policy.name(), slot);
    }
    return slot;
  }

  private static BucketConfiguration configuration(Policy policy, Instant firstRefill) {
    return BucketConfiguration.builder()
        .addLimit(limit -> limit.capacity(policy.quota()).refillIntervallyAligned(policy.quota(), policy.window(), firstRefill))
        .build();
  }

  /** When our bucket refills next: whole windows after its alignment (or its creation). */
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

  /** One policy's bucket and where its windows are aligned (null until the service said). */
  private static final class Slot {
    final Bucket bucket;
    final long quota;
    final Duration window;
    final Instant created;
    @Nullable Instant firstRefill;

    Slot(Bucket bucket, long quota, Duration window, Instant created) {
      this.bucket = bucket;
      this.quota = quota;
      this.window = window;
      this.created = created;
    }
  }
}
