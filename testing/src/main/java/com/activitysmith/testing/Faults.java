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
 *     .next(Endpoint.PUSH, Fault.delay(Duration.ofSeconds(2))); // the next push after that
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class Faults {
  /** A fault to play on the next {@code remaining} matching requests. */
  private static final class Scheduled {
    final @Nullable Endpoint operation;
    final Fault fault;
    int remaining;

    Scheduled(@Nullable Endpoint operation, Fault fault, int remaining) {
      this.operation = operation;
      this.fault = fault;
      this.remaining = remaining;
    }
  }

  private final Deque<Scheduled> queue = new ArrayDeque<>();
  private final int maxPending;
  private int pending;

  Faults(int maxPending) {
    this.maxPending = maxPending;
  }

  /**
   * Plays these faults on the next API requests, one each, whatever their operation.
   *
   * @param faults the faults, in the order they play
   * @return this schedule
   */
  public Faults next(Fault... faults) {
    return schedule(null, faults);
  }

  /**
   * Plays these faults on the next requests of {@code operation}, one each.
   *
   * @param operation the operation whose requests get the faults
   * @param faults the faults, in the order they play
   * @return this schedule
   */
  public Faults next(Endpoint operation, Fault... faults) {
    return schedule(requireNonNull(operation, "operation == null"), faults);
  }

  /**
   * Plays {@code fault} on the next {@code times} requests of {@code operation}.
   *
   * @param times how many requests get the fault; 1 or more
   * @param operation the operation whose requests get it
   * @param fault the fault to play
   * @return this schedule
   * @throws IllegalArgumentException when {@code times} is below 1, or would take the schedule past
   *     its bound ({@link Simulator.Builder#maxPendingFaults}, default 10,000)
   */
  public Faults times(int times, Endpoint operation, Fault fault) {
    return repeat(times, requireNonNull(operation, "operation == null"), fault);
  }

  /**
   * Plays {@code fault} on the next {@code times} requests, whatever their operation.
   *
   * @param times how many requests get the fault; 1 or more
   * @param fault the fault to play
   * @return this schedule
   */
  public Faults times(int times, Fault fault) {
    return repeat(times, null, fault);
  }

  private synchronized Faults repeat(int times, @Nullable Endpoint operation, Fault fault) {
    requireNonNull(fault, "fault == null");
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1 but was " + times);
    }
    requireRoom(times);
    queue.addLast(new Scheduled(operation, fault, times));
    pending += times;
    return this;
  }

  private synchronized Faults schedule(@Nullable Endpoint operation, Fault[] faults) {
    requireNonNull(faults, "faults == null");
    for (Fault fault : faults) {
      requireNonNull(fault, "fault == null");
    }
    requireRoom(faults.length);
    for (Fault fault : faults) {
      queue.addLast(new Scheduled(operation, fault, 1));
    }
    pending += faults.length;
    return this;
  }

  private void requireRoom(long more) {
    if (pending + more > maxPending) {
      throw new IllegalArgumentException("at most " + maxPending + " faults may wait at once; " + pending
          + " wait and " + more + " more were asked for");
    }
  }

  /**
   * How many scheduled faults have not been played yet (a fault scheduled for n requests counts n).
   *
   * @return the number of requests still to get a fault
   */
  public synchronized int pending() {
    return pending;
  }

  /**
   * The most faults that may wait at once.
   *
   * @return the schedule's bound
   */
  public int maxPending() {
    return maxPending;
  }

  /** Drops every fault not played yet. */
  public synchronized void clear() {
    queue.clear();
    pending = 0;
  }

  /** Takes the first scheduled fault that matches {@code operation}, or null. */
  synchronized @Nullable Fault take(Endpoint operation) {
    for (Iterator<Scheduled> it = queue.iterator(); it.hasNext(); ) {
      Scheduled scheduled = it.next();
      boolean fits = !scheduled.fault.kind().badgeOnly() || operation == Endpoint.BADGE;
      if (fits && (scheduled.operation == null || scheduled.operation == operation)) {
        if (--scheduled.remaining == 0) {
          it.remove();
        }
        pending--;
        return scheduled.fault;
      }
    }
    return null;
  }
}
