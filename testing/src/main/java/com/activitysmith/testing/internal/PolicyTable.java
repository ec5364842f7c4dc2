package com.activitysmith.testing.internal;

import com.activitysmith.testing.Operation;
import java.time.Duration;
import java.util.List;

/**
 * Which rate-limit policies each operation counts against, as today's service and an older
 * deployment state them. The one place the simulator learns them: until the spec carries the
 * policies as data, this reads the spec's {@code x-activitysmith-rate-limited} for the older
 * deployment's shared budget and the service's published figures for today's per-feature ones.
 */
public final class PolicyTable {
  /** One policy: its header name ({@code account:push}), whether it counts per IP, its quota and window. */
  public record Policy(String name, boolean perIp, int quota, Duration window) {}

  private static final Duration MINUTE = Duration.ofSeconds(60);
  private static final int PER_IP = 600;

  private PolicyTable() {}

  /** The feature an operation belongs to, as the service names it in policy names. */
  public static String feature(Operation op) {
    return switch (op) {
      case PUSH -> "push";
      case BADGE -> "badges";
      case METRIC -> "metrics";
      case START, UPDATE, END, STREAM, END_STREAM -> "live-activities";
    };
  }

  /**
   * Today's policies for an operation, per-IP first as the service lists them, with the account
   * quota replaced by {@code accountQuota} when it is positive.
   */
  public static List<Policy> today(Operation op, int accountQuota) {
    String feature = feature(op);
    int account = accountQuota > 0 ? accountQuota : switch (op) {
      case PUSH, BADGE -> 60;
      default -> 300;
    };
    return List.of(new Policy("public-api-ip:" + feature, true, PER_IP, MINUTE),
        new Policy("account:" + feature, false, account, MINUTE));
  }

  /**
   * The older deployment's one shared budget: {@code accountQuota} (60 unless changed) per minute
   * per account, for the operations the spec marks rate-limited.
   */
  public static List<Policy> legacy(Operation op, int accountQuota) {
    return op.rateLimitedByDefault()
        ? List.of(new Policy("account", false, accountQuota > 0 ? accountQuota : 60, MINUTE))
        : List.of();
  }
}
