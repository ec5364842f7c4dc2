package com.activitysmith.internal.budget;

import com.activitysmith.RequestBudget;
import java.time.Duration;
import java.util.List;

/** The budget that allows every request at once: {@link RequestBudget#unlimited()}. */
public enum NoBudget implements RequestBudget {
  /** The one instance. */
  INSTANCE;

  @Override
  public Duration tryAcquire(List<Policy> policies, Priority priority) {
    return Duration.ZERO;
  }

  @Override
  public void correct(Policy policy, long remaining, Duration reset, long inFlight) {}

  @Override
  public String toString() {
    return "RequestBudget.unlimited()";
  }
}
