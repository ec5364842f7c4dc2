package com.activitysmith;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The rate-limit policies a response reported in its {@code RateLimit} and {@code
 * RateLimit-Policy} headers, one entry per named policy. Immutable.
 *
 * <p>Every result and every {@link com.activitysmith.exception.ApiException} carries one:
 *
 * <pre>{@code
 * PushResult sent = smith.notifications().send(payload);
 * sent.rateLimit().policy("account:push")
 *     .ifPresent(p -> System.out.println(p.remaining().orElse(-1) + " pushes left"));
 * }</pre>
 *
 * <p>Policies the SDK does not know are kept. Headers that are missing or unreadable never fail a
 * call: they yield what could be read, possibly nothing.
 *
 * @param policies the policies in the order the headers named them
 */
public record RateLimitState(List<RateLimitPolicyState> policies) {
  private static final RateLimitState EMPTY = new RateLimitState(List.of());

  /** Copies the list. */
  public RateLimitState {
    policies = List.copyOf(requireNonNull(policies, "policies == null"));
  }

  /** No policy reported (the response had no readable rate-limit headers). */
  public static RateLimitState empty() {
    return EMPTY;
  }

  /** The policy of that name, if the response reported it. */
  public Optional<RateLimitPolicyState> policy(String name) {
    requireNonNull(name, "name == null");
    return policies.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** Whether no policy was reported. */
  public boolean isEmpty() {
    return policies.isEmpty();
  }

  /**
   * How long until every exhausted policy has reset: the longest {@code reset} among policies with
   * nothing remaining. Empty when none is exhausted or an exhausted one gave no reset.
   */
  public Optional<Duration> untilAvailable() {
    Duration longest = null;
    for (RateLimitPolicyState policy : policies) {
      if (policy.exhausted()) {
        if (policy.reset().isEmpty()) {
          return Optional.empty();
        }
        Duration reset = policy.reset().get();
        longest = longest == null || reset.compareTo(longest) > 0 ? reset : longest;
      }
    }
    return Optional.ofNullable(longest);
  }

  /** Lists the policies, such as {@code [account:push 0/60 per 60 s, resets in 12 s]}. */
  @Override
  public String toString() {
    return policies.toString();
  }
}
