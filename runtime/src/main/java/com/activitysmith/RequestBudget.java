package com.activitysmith;

import static java.util.Objects.requireNonNull;

import com.activitysmith.internal.budget.LocalBudget;
import com.activitysmith.internal.budget.NoBudget;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * How many requests the client may send now, per rate-limit policy: the client asks before each
 * request and holds it back (a blocking call waits, an asynchronous one is queued without a thread)
 * instead of sending it into a 429. Implementations are plugged in with {@link
 * ActivitySmith.Builder#requestBudget}; they must be thread-safe.
 *
 * <pre>{@code
 * ActivitySmith smith = ActivitySmith.builder()
 *     .apiKey(key)
 *     .requestBudget(RequestBudget.local())   // the default
 *     .build();
 * }</pre>
 *
 * <p>The policies and their sizes come from the spec the SDK was built from (for example {@code
 * account:push}, 60 per 60 s, and {@code public-api-ip:push}, 600 per 60 s); every response's
 * {@code RateLimit} headers then {@link #correct correct} the estimate, since the service's count
 * wins over ours. The default, {@link #local()}, keeps one Bucket4j bucket per policy in this JVM;
 * the {@code activitysmith-budget-redis} module shares one budget among the JVMs using one key.
 * {@link #unlimited()} switches the budget off.
 */
public interface RequestBudget extends AutoCloseable {
  /**
   * One rate-limit policy a request counts against.
   *
   * @param name the policy's name as the {@code RateLimit} header spells it, such as {@code account:push}
   * @param quota how many requests the policy allows per window
   * @param window the length of the policy's window
   */
  record Policy(String name, long quota, Duration window) {
    /** Checks the parts. */
    public Policy {
      requireNonNull(name, "name == null");
      requireNonNull(window, "window == null");
      if (quota < 1) {
        throw new IllegalArgumentException("quota must be at least 1 but was " + quota + " for policy " + name);
      }
      if (window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("window must be positive but was " + window + " for policy " + name);
      }
    }
  }

  /**
   * How a budget spreads {@linkplain Priority#INTERMEDIATE intermediate} requests over a policy's
   * window: a burst of a tenth of the quota (at least 1), then a steady refill of the rest. Burst
   * and refill together stay within the quota in any stretch of one window, so paced requests alone
   * never empty a fixed window before it ends and room is left for pushes, ends and starts. Every
   * budget of the SDK (the local one and the shared one on Redis) paces by this.
   *
   * @param burst how many intermediate requests may go at once
   * @param perWindow how many more the pace allows per window, spread evenly
   */
  record Pace(long burst, long perWindow) {
    /**
     * The pace for a policy.
     *
     * @param policy the policy
     * @return its pace
     */
    public static Pace of(Policy policy) {
      long burst = Math.max(1, policy.quota() / 10);
      return new Pace(burst, Math.max(1, policy.quota() - burst));
    }
  }

  /**
   * What kind of request asks for room. When demand exceeds the budget the client lets the kinds
   * through in this order, and a budget paces {@link #INTERMEDIATE} requests across each window so
   * that a loop of progress updates cannot spend a window in its first seconds.
   */
  enum Priority {
    /** Pushes, Live Activity ends and stream ends: they tell a person something final. */
    FINAL,
    /** Live Activity starts. */
    START,
    /** Updates, stream states, metric values and badge counts, which a later one replaces. */
    INTERMEDIATE;

    /** The priority of an operation of the spec, by its id (such as {@code sendPushNotification}). */
    public static Priority of(String operationId) {
      return switch (requireNonNull(operationId, "operationId == null")) {
        case "sendPushNotification", "endLiveActivity", "endLiveActivityStream" -> FINAL;
        case "startLiveActivity" -> START;
        default -> INTERMEDIATE;
      };
    }
  }

  /**
   * Takes one request from every policy when each has room for it, or takes nothing.
   *
   * @param policies the policies the request counts against; not empty
   * @param priority what kind of request it is: a budget may hold {@link Priority#INTERMEDIATE}
   *     ones to a steady pace within each window
   * @return {@link Duration#ZERO} when the request was counted and may be sent now; otherwise how
   *     long until it could be (nothing was counted)
   */
  Duration tryAcquire(List<Policy> policies, Priority priority);

  /**
   * Gives back a request taken with {@link #tryAcquire} that was never sent (its caller stopped
   * waiting, or the client closed). Optional; the default does nothing.
   */
  default void release(List<Policy> policies, Priority priority) {}

  /**
   * Corrects the estimate for one policy from what the service reported after a request.
   *
   * @param policy the policy the response named
   * @param remaining how many requests the service still allows in the current window
   * @param reset how long until the service's window starts afresh
   * @param inFlight how many other requests counted against the policy were sent by this client
   *     and not yet answered (the service's {@code remaining} does not include them yet)
   */
  void correct(Policy policy, long remaining, Duration reset, long inFlight);

  /** Releases what the budget holds (connections, for a shared one). The default does nothing. */
  @Override
  default void close() {}

  /** A budget kept in this JVM, one Bucket4j bucket per policy, on the system clock: the default. */
  static RequestBudget local() {
    return local(Clock.systemUTC());
  }

  /** A budget kept in this JVM that measures windows with {@code clock} (tests and simulations move it by hand). */
  static RequestBudget local(Clock clock) {
    return new LocalBudget(requireNonNull(clock, "clock == null"));
  }

  /** No budget: every request is sent at once, and the service's 429s are left to the {@link RetryPolicy}. */
  static RequestBudget unlimited() {
    return NoBudget.INSTANCE;
  }
}
