package com.activitysmith.testing;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import javax.annotation.Nullable;

/**
 * The simulator's scripted schedule of faults: each scheduled fault is played once, on the next
 * API request it matches, in the order scheduled.
 *
 * <pre>{@code
 * simulator.faults()
 *     .next(Fault.serverError(503), Fault.serverError(502))    // the next two requests, any operation
 *     .next(Operation.PUSH, Fault.delay(Duration.ofSeconds(2))); // the next push after that
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class Faults {
  private record Scheduled(@Nullable Operation operation, Fault fault) {}

  private final Deque<Scheduled> queue = new ArrayDeque<>();

  Faults() {}

  /**
   * Plays these faults on the next API requests, one each, whatever their operation.
   *
   * @param faults the faults, in the order to play them
   * @return this schedule
   */
  public Faults next(Fault... faults) {
    return schedule(null, faults);
  }

  /**
   * Plays these faults on the next requests of {@code operation}, one each.
   *
   * @param operation the operation they apply to
   * @param faults the faults, in the order to play them
   * @return this schedule
   */
  public Faults next(Operation operation, Fault... faults) {
    return schedule(requireNonNull(operation, "operation == null"), faults);
  }

  /**
   * Plays {@code fault} on the next {@code times} requests of {@code operation}.
   *
   * @param times how many requests, at least 1
   * @param operation the operation it applies to
   * @param fault the fault to play
   * @return this schedule
   */
  public Faults times(int times, Operation operation, Fault fault) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1 but was " + times);
    }
    requireNonNull(fault, "fault == null");
    Fault[] faults = new Fault[times];
    java.util.Arrays.fill(faults, fault);
    return next(operation, faults);
  }

  private synchronized Faults schedule(@Nullable Operation operation, Fault[] faults) {
    requireNonNull(faults, "faults == null");
    for (Fault fault : faults) {
      queue.addLast(new Scheduled(operation, requireNonNull(fault, "fault == null")));
    }
    return this;
  }

  /**
   * How many scheduled faults have not been played yet.
   *
   * @return the number of faults still scheduled
   */
  public synchronized int pending() {
    return queue.size();
  }

  /** Drops every fault not played yet. */
  public synchronized void clear() {
    queue.clear();
  }

  /** Takes the first scheduled fault that matches {@code operation}, or null. */
  synchronized @Nullable Fault take(Operation operation) {
    for (Iterator<Scheduled> it = queue.iterator(); it.hasNext(); ) {
      Scheduled scheduled = it.next();
      if (scheduled.operation() == null || scheduled.operation() == operation) {
        it.remove();
        return scheduled.fault();
      }
    }
    return null;
  }
}
