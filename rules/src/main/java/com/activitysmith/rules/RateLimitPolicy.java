package com.activitysmith.rules;

import java.util.Objects;

/**
 * One request budget of the service, as the spec's {@code x-activitysmith-rate-limits} states it.
 *
 * <p>{@code account:push} allows an account 60 push requests per 60 seconds; {@code
 * public-api-ip:push} allows one calling address 600. The name is the one the service uses in the
 * {@code RateLimit} and {@code RateLimit-Policy} response headers.
 *
 * @param name the policy's name, as the headers spell it ({@code account:badges})
 * @param scope {@code "account"} (all keys of an account together) or {@code "ip"} (one calling address)
 * @param feature the operations sharing the budget: {@code push}, {@code badges},
 *     {@code live_activities}, {@code metrics} (or {@code shared} for an older deployment's one budget)
 * @param quota requests allowed per window, at least 1
 * @param windowSeconds the window's length in seconds, at least 1
 */
public record RateLimitPolicy(String name, String scope, String feature, int quota, int windowSeconds) {
  /** The scope of a per-account policy. */
  public static final String ACCOUNT = "account";
  /** The scope of a per-address policy. */
  public static final String IP = "ip";

  /**
   * Checks every part.
   *
   * @param name the policy's name, as the headers spell it ({@code account:badges})
   * @param scope {@code "account"} (all keys of an account together) or {@code "ip"} (one calling address)
   * @param feature the operations sharing the budget: {@code push}, {@code badges}, {@code live_activities}, {@code metrics} (or {@code shared} for an older deployment's one budget)
   * @param quota requests allowed per window, at least 1
   * @param windowSeconds the window's length in seconds, at least 1
   */
  public RateLimitPolicy {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(scope, "scope == null");
    Objects.requireNonNull(feature, "feature == null");
    if (!scope.equals(ACCOUNT) && !scope.equals(IP)) {
      throw new IllegalArgumentException("scope must be \"account\" or \"ip\" but was \"" + scope + "\"");
    }
    if (quota < 1 || windowSeconds < 1) {
      throw new IllegalArgumentException(name + ": quota and window must be at least 1 but were " + quota + " and " + windowSeconds);
    }
  }
}
