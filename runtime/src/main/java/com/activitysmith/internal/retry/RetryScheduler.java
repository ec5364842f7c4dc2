package com.activitysmith.internal.retry;

import static java.util.Objects.requireNonNull;

import com.activitysmith.RetryPolicy;
import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.annotation.Nullable;

/**
 * Where asynchronous calls wait between attempts, and the rate budget's queue waits for room: one
 * daemon thread ({@code activitysmith-retry}),
 * created on first use, that only starts the next attempt when its time comes; no thread sleeps for
 * a call. With a custom {@link RetryPolicy.Sleeper} (tests' fake time) the wait is the sleeper's,
 * run on that thread. Thread-safe.
 */
public final class RetryScheduler implements AutoCloseable {
  static final String THREAD_NAME = "activitysmith-retry";

  private final RetryPolicy.Sleeper sleeper;
  private @Nullable ScheduledThreadPoolExecutor executor;
  private boolean closed;

  /** Creates a scheduler pacing retries as the policy's sleeper says. */
  public RetryScheduler(RetryPolicy policy) {
    this.sleeper = requireNonNull(policy, "policy == null").sleeper();
  }

  /**
   * Runs the task after the wait (a retry's next attempt, or the rate budget's wake-up).
   *
   * @param task what to run
   * @param wait how long from now
   * @param onInterrupt run instead when a custom sleeper's wait is interrupted (the handle was cancelled)
   * @return a handle that cancels the wait
   * @throws java.util.concurrent.RejectedExecutionException once closed
   */
  public java.util.concurrent.Future<?> schedule(Runnable task, Duration wait, Runnable onInterrupt) {
    ScheduledThreadPoolExecutor executor = executor();
    if (sleeper == RetryPolicy.Sleeper.system()) {
      return executor.schedule(task, wait.toNanos(), TimeUnit.NANOSECONDS);
    }
    return executor.submit(() -> {
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        onInterrupt.run();
        return;
      }
      task.run();
    });
  }

  private synchronized ScheduledThreadPoolExecutor executor() {
    if (closed) {
      throw new java.util.concurrent.RejectedExecutionException("ActivitySmith client is closed");
    }
    if (executor == null) {
      executor = new ScheduledThreadPoolExecutor(1, task -> {
        Thread thread = new Thread(task, THREAD_NAME);
        thread.setDaemon(true);
        return thread;
      });
      executor.setRemoveOnCancelPolicy(true);
      executor.setKeepAliveTime(30, TimeUnit.SECONDS);
      executor.allowCoreThreadTimeOut(true);
    }
    return executor;
  }

  /** Drops every pending wait and stops the thread. */
  @Override
  public synchronized void close() {
    closed = true;
    if (executor != null) {
      executor.shutdownNow();
    }
  }
}
