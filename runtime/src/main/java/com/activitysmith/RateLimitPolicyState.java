package com.activitysmith;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One rate-limit policy as the last response described it, from its {@code RateLimit} and {@code
 * RateLimit-Policy} headers. Immutable.
 *
 * <p>Each part is empty when the headers did not give it (or gave something unreadable).
 *
 * @param name the policy's name, such as {@code account:push} or {@code public-api-ip:badges}
 * @param remaining how many requests the policy still allows in its current window ({@code r})
 * @param reset how long until the window starts afresh ({@code t})
 * @param quota how many requests the policy allows per window ({@code q})
 * @param window the length of the policy's window ({@code w})
 */
public record RateLimitPolicyState(String name, OptionalLong remaining, Optional<Duration> reset,
    OptionalLong quota, Optional<Duration> window) {
  /** Checks that no part is null. */
  public RateLimitPolicyState {
    requireNonNull(name, "name == null");
    requireNonNull(remaining, "remaining == null");
    requireNonNull(reset, "reset == null");
    requireNonNull(quota, "quota == null");
    requireNonNull(window, "window == null");
  }

  /** Whether the policy allows no further request until its {@link #reset()}. */
  public boolean exhausted() {
    return remaining.isPresent() && remaining.getAsLong() == 0;
  }

  /** Reads as {@code account:push 59/60 per 60 s, resets in 12 s}, leaving out what is unknown. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(name);
    if (remaining.isPresent() || quota.isPresent()) {
      text.append(' ').append(remaining.isPresent() ? Long.toString(remaining.getAsLong()) : "?");
      quota.ifPresent(q -> text.append('/').append(q));
    }
    window.ifPresent(w -> text.append(" per ").append(w.toSeconds()).append(" s"));
    reset.ifPresent(r -> text.append(", resets in ").append(r.toSeconds()).append(" s"));
    return text.toString();
  }
}
