package com.activitysmith.cli;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import javax.annotation.Nullable;

/**
 * Sends at most one update per interval: the newest value offered wins, older ones waiting are
 * dropped. Sends run one at a time on a single thread. {@link #finish()} drops what is waiting, so
 * that the caller's final state is the last thing sent.
 */
final class Coalescer {
  private final long intervalNanos;
  private final IntConsumer send;
  private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "activitysmith-watch-updates");
    t.setDaemon(true);
    return t;
  });
  private long lastSent;
  private int pending;
  private @Nullable ScheduledFuture<?> scheduled;
  private boolean finished;

  /** @param lastSent the {@link System#nanoTime()} of the request sent before the first update */
  Coalescer(long intervalMillis, long lastSent, IntConsumer send) {
    this.intervalNanos = TimeUnit.MILLISECONDS.toNanos(intervalMillis);
    this.lastSent = lastSent;
    this.send = send;
  }

  /** Offers the newest value; it is sent now, or when the interval since the last send has passed. */
  synchronized void offer(int value) {
    if (finished) {
      return;
    }
    pending = value;
    if (scheduled == null) {
      long delay = Math.max(0, lastSent + intervalNanos - System.nanoTime());
      scheduled = executor.schedule(this::flush, delay, TimeUnit.NANOSECONDS);
    }
  }

  private void flush() {
    int value;
    synchronized (this) {
      if (finished) {
        return;
      }
      value = pending;
      scheduled = null;
      lastSent = System.nanoTime();
    }
    send.accept(value);
  }

  /** Drops waiting updates and waits (bounded) for one being sent to complete. */
  void finish() {
    synchronized (this) {
      finished = true;
      if (scheduled != null) {
        scheduled.cancel(false);
      }
    }
    executor.shutdown();
    try {
      executor.awaitTermination(90, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
