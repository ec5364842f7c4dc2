package com.activitysmith;

import static org.assertj.core.api.Assertions.assertThat;

import com.activitysmith.exception.ApiConnectionException;
import com.activitysmith.generated.model.PushNotificationRequest;
import com.activitysmith.payload.PushPayload;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The asynchronous path: OkHttp's own execution, retries on a scheduler, and a close() that leaves no future pending. */
class AsyncCallsTest {
  private static final int CALLS = 5_000;
  private static final String BADGE = "{\"success\":true,\"badge\":%d,\"devices_notified\":1,\"users_notified\":1,"
      + "\"devices_updated\":1,\"users_updated\":1,\"effective_channel_slugs\":[],\"timestamp\":\"2026-03-04T09:00:00Z\"}";
  private static final PushPayload PUSH = PushPayload.of(PushNotificationRequest.builder().title("Hi").build());

  private final ApiServer api = new ApiServer();

  @AfterEach
  void stop() {
    api.close();
  }

  /** Echoes the badge count; the first attempt of every 10th count gets a 503, which the client retries. */
  private static final class Responder extends Dispatcher {
    final AtomicInteger served = new AtomicInteger();
    final Set<Integer> failedOnce = ConcurrentHashMap.newKeySet();

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      served.incrementAndGet();
      int badge = Integer.parseInt(request.getBody().utf8().replaceAll("\\D+", ""));
      if (badge % 10 == 0 && failedOnce.add(badge)) {
        return ApiServer.json(503, "{\"error\":\"Unavailable\"}").build();
      }
      return ApiServer.json(200, String.format(BADGE, badge)).build();
    }
  }

  @Test
  void fiveThousandConcurrentAsyncCallsCompleteOnAFewThreads() {
    Responder responder = new Responder();
    api.server.setDispatcher(responder);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    RetryPolicy quickRetries = RetryPolicy.builder().initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(2)).build();

    List<CompletableFuture<BadgeResult>> futures = new ArrayList<>(CALLS);
    int baseline;
    int peak;
    // The rate budget would hold 4,940 of these calls for minutes (60 badges a minute): off here,
    // BudgetGateTest queues thousands in it.
    try (ActivitySmith smith = api.builder().retryPolicy(quickRetries).requestBudget(RequestBudget.unlimited()).build()) {
      // Warm up so the server's and the client's first threads count in the baseline.
      smith.badges().setAsync(1).join();
      baseline = threads.getThreadCount();
      threads.resetPeakThreadCount();
      for (int i = 0; i < CALLS; i++) {
        futures.add(smith.badges().setAsync(i));
      }
      CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
      peak = threads.getPeakThreadCount();
    }

    for (int i = 0; i < CALLS; i++) {
      assertThat(futures.get(i).join().badge()).isEqualTo(i);
    }
    assertThat(responder.served.get()).as("requests: one per call and warm-up, plus one retry per tenth call").isEqualTo(CALLS + 1 + CALLS / 10);
    // A thread per call would add 5,000; OkHttp runs at most 16 calls at once (plus the server's
    // threads for those connections and the one retry scheduler).
    assertThat(peak - baseline).as("threads added while 5,000 calls were in flight").isLessThanOrEqualTo(64);
  }

  @Test
  void closeEndsEveryCallStillPendingSoNoFutureIsLeftWaiting() {
    // A server that reads each request and never answers: calls stay in flight or queued.
    try (HostileServer silent = new HostileServer(out -> Thread.sleep(Long.MAX_VALUE))) {
      ActivitySmith smith = ActivitySmith.builder().apiKey(ApiServer.KEY).baseUrl(silent.baseUrl())
          .closeGracePeriod(Duration.ofMillis(100)).build();
      List<CompletableFuture<PushResult>> futures = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        futures.add(smith.notifications().sendAsync(PUSH));
      }

      smith.close();

      for (CompletableFuture<PushResult> future : futures) {
        assertThat(future).isCompletedExceptionally();
        Throwable e = future.handle((r, t) -> t instanceof CompletionException ? t.getCause() : t).join();
        assertThat(e).isInstanceOf(ApiConnectionException.class);
        assertThat(e.getMessage()).startsWith("The client was closed before sendPushNotification completed");
      }
    }
  }

  @Test
  void closeLetsCallsInFlightFinishWithinTheGracePeriod() {
    for (int i = 0; i < 5; i++) {
      api.reply(ApiServer.json(200, String.format(BADGE, 7)).bodyDelay(200, TimeUnit.MILLISECONDS).build());
    }
    ActivitySmith smith = api.builder().build();
    List<CompletableFuture<BadgeResult>> futures = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      futures.add(smith.badges().setAsync(7));
    }

    smith.close();

    assertThat(futures).allSatisfy(f -> assertThat(f.join().badge()).isEqualTo(7));
  }

  @Test
  void aRetryPendingAtCloseEndsWithTheClosedError() throws InterruptedException {
    api.reply(ApiServer.json(503, "{\"error\":\"Unavailable\"}").build());
    // The sleeper says when the retry's wait has begun, so close() surely finds a retry pending
    // (closing while the 503 is still being read would end the call with the 503 itself).
    java.util.concurrent.CountDownLatch waiting = new java.util.concurrent.CountDownLatch(1);
    RetryPolicy slow = RetryPolicy.builder().initialBackoff(Duration.ofSeconds(20)).maxBackoff(Duration.ofSeconds(20))
        .sleeper(wait -> {
          waiting.countDown();
          Thread.sleep(wait.toMillis());
        }).build();
    ActivitySmith smith = api.builder().retryPolicy(slow).closeGracePeriod(Duration.ZERO).build();
    CompletableFuture<BadgeResult> future = smith.badges().setAsync(1);
    api.take();
    assertThat(waiting.await(30, TimeUnit.SECONDS)).as("the retry's wait began").isTrue();

    smith.close();

    Throwable failure = future.handle((r, t) -> t instanceof CompletionException ? t.getCause() : t).join();
    assertThat(failure).isInstanceOf(ApiConnectionException.class)
        .hasMessageStartingWith("The client was closed before updateAppIconBadgeCount completed");
    assertThat(api.requestCount()).isEqualTo(1);
  }
}
