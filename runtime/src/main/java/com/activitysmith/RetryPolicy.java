package com.activitysmith;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;

/**
 * When and how the client retries a failed call. Immutable and thread-safe.
 *
 * <p>What is retried depends on the operation. Calls that set state (stream PUT and DELETE,
 * update, end, metric value, badge) are retried after a rate-limit 429, any 5xx, a timeout or a
 * network failure. Push and start could deliver twice, so they are retried only when the service
 * provably did not act: after a rate-limit 429, or when the connection failed before the request
 * was sent. The Live Activity limit 429 is never retried (waiting does not free an activity).
 *
 * <p>Between attempts the client waits what the {@code Retry-After} header asks (seconds or an
 * HTTP date); without one it backs off exponentially from {@link #initialBackoff()}, doubling up to
 * {@link #maxBackoff()}, shortened by a random share of up to {@link #jitter()}. It gives up when
 * {@link #maxAttempts()} are used, when the next wait would end after {@link #maxElapsed()} since
 * the first attempt began, or when {@code Retry-After} asks for more than {@link
 * #maxRetryAfter()}; the last failure is then thrown.
 *
 * <pre>{@code
 * ActivitySmith.builder()
 *     .apiKey(key)
 *     .retryPolicy(RetryPolicy.builder().maxAttempts(5).maxElapsed(Duration.ofMinutes(2)).build())
 *     .build();
 * }</pre>
 *
 * <p>Tests can pass a {@link Clock} and a {@link Sleeper} so that no test ever really sleeps.
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = new Builder().build();
  private static final RetryPolicy NONE = new Builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final double jitter;
  private final Duration maxElapsed;
  private final Duration maxRetryAfter;
  private final Clock clock;
  private final Sleeper sleeper;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.initialBackoff = builder.initialBackoff;
    this.maxBackoff = builder.maxBackoff;
    this.jitter = builder.jitter;
    this.maxElapsed = builder.maxElapsed;
    this.maxRetryAfter = builder.maxRetryAfter;
    this.clock = builder.clock;
    this.sleeper = builder.sleeper;
  }

  /**
   * The default policy: 3 attempts, backoff from 500 ms doubling up to 8 s with 25% jitter, at
   * most 60 s in all, and {@code Retry-After} waits of up to 30 s honoured.
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** A policy that never retries: every call makes exactly one attempt. */
  public static RetryPolicy none() {
    return NONE;
  }

  /** Returns a builder starting from the {@linkplain #defaults() defaults}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder starting from this policy's settings. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The most attempts a call makes, the first included; 1 means no retries. Default 3. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The wait before the first retry when the response gave no {@code Retry-After}. Default 500 ms. */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** The longest backoff wait between two attempts. Default 8 s. */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /**
   * The largest share (0 to 1) by which a backoff wait is randomly shortened, so that clients that
   * failed together do not retry together. Default 0.25; 0 makes waits exact.
   */
  public double jitter() {
    return jitter;
  }

  /** The total time budget of a call: no retry starts a wait that would end later. Default 60 s. */
  public Duration maxElapsed() {
    return maxElapsed;
  }

  /**
   * The longest {@code Retry-After} the client waits out; when the service asks for more, the call
   * fails at once with the rate-limit (or server) exception carrying the requested wait. Default 30 s.
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /** The clock that measures elapsed time and resolves {@code Retry-After} dates. Default UTC system clock. */
  public Clock clock() {
    return clock;
  }

  /** What waits between attempts. Default {@link Sleeper#system()}. */
  public Sleeper sleeper() {
    return sleeper;
  }

  /** Describes the settings (not the clock or sleeper). */
  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff
        + ", maxBackoff=" + maxBackoff + ", jitter=" + jitter + ", maxElapsed=" + maxElapsed
        + ", maxRetryAfter=" + maxRetryAfter + "}";
  }

  /**
   * Waits between attempts; replaceable so tests need not really sleep.
   *
   * <p>With the {@linkplain #system() default}, blocking calls sleep on the caller's thread and
   * {@code ...Async} calls sleep on no thread at all: the next attempt is scheduled. A custom
   * sleeper (a test's fake time) paces both, the asynchronous ones on the client's one scheduler
   * thread.
   */
  @FunctionalInterface
  public interface Sleeper {
    /** Blocks for the given non-negative duration, or until interrupted. */
    void sleep(Duration duration) throws InterruptedException;

    /** The default: {@link Thread#sleep} for blocking calls, a scheduled attempt for asynchronous ones. */
    static Sleeper system() {
      return SystemSleeper.INSTANCE;
    }
  }

  /** The default sleeper, a singleton so the client can tell it from a custom one. */
  private enum SystemSleeper implements Sleeper {
    INSTANCE;

    @Override
    public void sleep(Duration duration) throws InterruptedException {
      Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
    }
  }

  /** Builds a {@link RetryPolicy}; not thread-safe. Every setter states its default on {@link RetryPolicy}. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private double jitter = 0.25;
    private Duration maxElapsed = Duration.ofSeconds(60);
    private Duration maxRetryAfter = Duration.ofSeconds(30);
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();

    private Builder() {}

    private Builder(RetryPolicy policy) {
      this.maxAttempts = policy.maxAttempts;
      this.initialBackoff = policy.initialBackoff;
      this.maxBackoff = policy.maxBackoff;
      this.jitter = policy.jitter;
      this.maxElapsed = policy.maxElapsed;
      this.maxRetryAfter = policy.maxRetryAfter;
      this.clock = policy.clock;
      this.sleeper = policy.sleeper;
    }

    /** Sets the most attempts per call, the first included; at least 1 (1 switches retries off). */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1 but was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** Sets the first backoff wait; zero or positive. */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = nonNegative(initialBackoff, "initialBackoff");
      return this;
    }

    /** Sets the longest backoff wait; zero or positive. */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = nonNegative(maxBackoff, "maxBackoff");
      return this;
    }

    /** Sets the largest random share a backoff wait is shortened by, from 0 (none) to 1. */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0 && jitter <= 1)) {
        throw new IllegalArgumentException("jitter must be between 0 and 1 but was " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    /** Sets the total time budget of a call, retries and waits included; zero or positive. */
    public Builder maxElapsed(Duration maxElapsed) {
      this.maxElapsed = nonNegative(maxElapsed, "maxElapsed");
      return this;
    }

    /** Sets the longest {@code Retry-After} wait the client honours; zero or positive. */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = nonNegative(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /** Sets the clock used for elapsed time and {@code Retry-After} dates. */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock == null");
      return this;
    }

    /** Sets what waits between attempts. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /** Returns the policy; fails if {@code initialBackoff} exceeds {@code maxBackoff}. */
    public RetryPolicy build() {
      if (initialBackoff.compareTo(maxBackoff) > 0) {
        throw new IllegalArgumentException(
            "initialBackoff " + initialBackoff + " exceeds maxBackoff " + maxBackoff);
      }
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(Duration duration, String name) {
      requireNonNull(duration, name + " == null");
      if (duration.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative but was " + duration);
      }
      return duration;
    }
  }
}
