package com.activitysmith.internal.call;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.annotation.Nullable;

/**
 * Where asynchronous calls run: the application's executor, or a small pool of daemon threads
 * ({@value #THREADS} at most, named {@code activitysmith-async-N}) created on first use and shut
 * down by {@link #close()}. Thread-safe.
 */
final class AsyncExecutor implements Executor, AutoCloseable {
  static final int THREADS = 8;
  static final String THREAD_NAME_PREFIX = "activitysmith-async-";

  private final @Nullable Executor supplied;
  private @Nullable ThreadPoolExecutor owned;
  private boolean closed;

  AsyncExecutor(@Nullable Executor supplied) {
    this.supplied = supplied;
  }

  @Override
  public void execute(Runnable task) {
    if (supplied != null) {
      supplied.execute(task);
    } else {
      pool().execute(task);
    }
  }

  private synchronized ThreadPoolExecutor pool() {
    if (closed) {
      throw new IllegalStateException("ActivitySmith client is closed");
    }
    if (owned == null) {
      AtomicInteger count = new AtomicInteger();
      ThreadFactory threads = task -> {
        Thread thread = new Thread(task, THREAD_NAME_PREFIX + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      };
      owned = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
      owned.allowCoreThreadTimeOut(true);
    }
    return owned;
  }

  /** Stops the owned pool once its queued calls finish; an application's executor is left alone. */
  @Override
  public synchronized void close() {
    closed = true;
    if (owned != null) {
      owned.shutdown();
    }
  }
}
