package com.activitysmith.testing.internal;

import com.activitysmith.generated.ApiOperation;
import com.activitysmith.testing.Endpoint;
import java.time.Duration;
import java.util.List;

/**
 * Which rate-limit policies each operation counts against, today and on the older deployment, as
 * the spec states them and the generator compiles them into {@link ApiOperation#rateLimitPolicies()}
 * and {@link ApiOperation#legacyRateLimitPolicies()}: the simulator's one source for them.
 */
public final class PolicyTable {
  /** One policy: its header name ({@code account:push}), whether it counts per IP, its quota and window. */
  public record Policy(String name, boolean perIp, int quota, Duration window) {}

  private PolicyTable() {}

  /**
   * Today's policies for an operation, per-IP first, with every account quota replaced by
   * {@code accountQuota} when it is positive.
   */
  public static List<Policy> today(Endpoint op, int accountQuota) {
    return convert(ApiOperation.of(op.operationId()).rateLimitPolicies(), accountQuota);
  }

  /** The older deployment's policies for an operation (one shared budget, or none). */
  public static List<Policy> legacy(Endpoint op, int accountQuota) {
    return convert(ApiOperation.of(op.operationId()).legacyRateLimitPolicies(), accountQuota);
  }

  /** Per-IP policies first, as the service lists them in its headers. */
  private static List<Policy> convert(List<ApiOperation.Limit> policies, int accountQuota) {
    return policies.stream()
        .sorted(java.util.Comparator.comparing((ApiOperation.Limit p) -> !p.scope().equals("ip")))
        .map(p -> {
      boolean perIp = p.scope().equals("ip");
      int quota = !perIp && accountQuota > 0 ? accountQuota : p.quota();
      return new Policy(p.name(), perIp, quota, Duration.ofSeconds(p.windowSeconds()));
    }).toList();
  }
}
