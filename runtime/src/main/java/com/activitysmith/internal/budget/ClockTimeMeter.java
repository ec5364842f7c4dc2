package com.activitysmith.internal.budget;

import static java.util.Objects.requireNonNull;

import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Instant;

/** Bucket4j's view of a {@link Clock}, so that tests and simulations move the budget's time by hand. */
public record ClockTimeMeter(Clock clock) implements TimeMeter {
  /** Checks the clock is present. */
  public ClockTimeMeter {
    requireNonNull(clock, "clock == null");
  }

  @Override
  public long currentTimeNanos() {
    Instant now = clock.instant();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }

  @Override
  public boolean isWallClockBased() {
    return true;
  }
}
