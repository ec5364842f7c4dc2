package com.activitysmith.checker;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.annotation.Nullable;

/**
 * A second thread for the part of the check that needs no compiler: evaluating chains with the
 * DSL and running the validators on the requests. javac's thread walks the trees and builds the
 * models while this thread evaluates the models already built; then javac's thread reports.
 *
 * <p>A task is run by whichever thread gets to it first: {@link #result} runs a task that the
 * second thread has not started yet on the calling thread, so the check never waits for a thread
 * the machine has no core for. The thread exists only while there is work (it stops after a
 * second idle) and never keeps the JVM alive.
 */
final class Evaluations {
  private @Nullable ThreadPoolExecutor executor;

  /** Queues {@code task}; its result is read with {@link #result}, on the compiler's thread. */
  <T> FutureTask<T> submit(Callable<T> task) {
    FutureTask<T> future = new FutureTask<>(task);
    executor().execute(future);
    return future;
  }

  /** Queues {@code task} with no one waiting for it (the warm-up). */
  void background(Runnable task) {
    executor().execute(task);
  }

  /** Runs a task from {@link #submit} on the calling thread unless it has started; what it throws is kept for {@link #result}. */
  static void runHere(Future<?> future) {
    if (future instanceof FutureTask<?> task) {
      task.run(); // returns at once when the task ran, or is running, on the other thread
    }
  }

  /**
   * The result of a task from {@link #submit}, running it here if it has not started. What the
   * task threw is thrown here as it was thrown there.
   */
  static <T> T result(Future<T> future) throws Exception {
    runHere(future);
    try {
      return future.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception ex) {
        throw ex;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /** Lets the thread end once its queue is empty (the compilation is over). */
  void shutdown() {
    if (executor != null) {
      executor.shutdown();
    }
  }

  private ThreadPoolExecutor executor() {
    if (executor == null) {
      ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), work -> {
        Thread thread = new Thread(work, "activitysmith-literal-check");
        thread.setDaemon(true);
        return thread;
      });
      pool.allowCoreThreadTimeOut(true);
      executor = pool;
    }
    return executor;
  }
}
