package com.activitysmith.testing.internal;

import com.activitysmith.rules.ApiRules;
import com.activitysmith.rules.RateLimitPolicy;
import com.activitysmith.testing.Operation;
import java.time.Duration;
import java.util.List;

/**
 * Which rate-limit policies each operation counts against, today and on the older deployment, as
 * the spec states them ({@link ApiRules.OperationInfo#rateLimitPolicies()} and
 * {@link ApiRules#legacyRateLimitPolicies(String)}): the simulator's one source for them.
 */
public final class PolicyTable {
  /** One policy: its header name ({@code account:push}), whether it counts per IP, its quota and window. */
  public record Policy(String name, boolean perIp, int quota, Duration window) {}

  private PolicyTable() {}

  /**
   * Today's policies for an operation, per-IP first, with every account quota replaced by
   * {@code accountQuota} when it is positive.
   */
  public static List<Policy> today(Operation op, int accountQuota) {
    return convert(ApiRules.fromSpec().operationInfo(op.operationId()).rateLimitPolicies(), accountQuota);
  }

  /** The older deployment's policies for an operation (one shared budget, or none). */
  public static List<Policy> legacy(Operation op, int accountQuota) {
    return convert(ApiRules.fromSpec().legacyRateLimitPolicies(op.operationId()), accountQuota);
  }

  /** Per-IP policies first, as the service lists them in its headers. */
  private static List<Policy> convert(List<RateLimitPolicy> policies, int accountQuota) {
    return policies.stream()
        .sorted(java.util.Comparator.comparing((RateLimitPolicy p) -> !p.scope().equals(RateLimitPolicy.IP)))
        .map(p -> {
      boolean perIp = p.scope().equals(RateLimitPolicy.IP);
      int quota = !perIp && accountQuota > 0 ? accountQuota : p.quota();
      return new Policy(p.name(), perIp, quota, Duration.ofSeconds(p.windowSeconds()));
    }).toList();
  }
}
