package com.activitysmith.internal.budget;

import com.activitysmith.RequestBudget;

/**
 * How intermediate requests are spread over a policy's window: a burst of a tenth of the quota
 * (at least 1), then a steady refill of the rest. Burst and refill together stay within the quota
 * in any stretch of one window, so paced requests alone never empty a fixed window before it ends,
 * and there is always room left for pushes, ends and starts.
 *
 * @param burst how many intermediate requests may go at once
 * @param perWindow how many more the pace allows per window, spread evenly
 */
public record Pace(long burst, long perWindow) {
  /** The pace for a policy. */
  public static Pace of(RequestBudget.Policy policy) {
    long quota = policy.quota();
    long burst = Math.max(1, quota / 10);
    return new Pace(burst, Math.max(1, quota - burst));
  }
}
