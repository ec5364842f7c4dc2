package com.activitysmith;

import static org.assertj.core.api.Assertions.assertThat;

import com.activitysmith.generated.JsonSupport;
import com.activitysmith.generated.model.PushNotificationRequest;
import com.activitysmith.payload.PushPayload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One client shared by many threads: every response reaches its own caller, and close() leaks nothing. */
class ConcurrencyTest {
  private static final int THREADS = 16;
  private static final int REQUESTS_PER_THREAD = 500;

  private final ApiServer api = new ApiServer();

  @AfterEach
  void stop() {
    api.close();
  }

  /** Answers each push with its own title as the response's tag. */
  private static final class Echo extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      try {
        PushNotificationRequest push = JsonSupport.moshi().adapter(PushNotificationRequest.class).fromJson(request.getBody().utf8());
        return ApiServer.json(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"devices_notified\":1,\"tags\":[\"" + push.title() + "\"]}").build();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Test
  void sixteenThreadsShareOneClientWithoutLostOrCrossedResponses() throws Exception {
    api.server.setDispatcher(new Echo());
    // Far more pushes than a minute's budget: the budget is off, this is about threads.
    ActivitySmith smith = api.builder().requestBudget(RequestBudget.unlimited()).build();
    ExecutorService callers = Executors.newFixedThreadPool(THREADS);
    List<Future<List<String>>> mismatches = new ArrayList<>();

    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      mismatches.add(callers.submit(() -> {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
          String title = "t" + thread + "-" + i;
          PushPayload payload = PushPayload.of(PushNotificationRequest.builder().title(title).build());
          // Every tenth call goes through the async path (OkHttp's own execution).
          PushResult result = i % 10 == 0 ? smith.notifications().sendAsync(payload).join() : smith.notifications().send(payload);
          if (!result.tags().equals(List.of(title))) {
            wrong.add(title + " got " + result.tags());
          }
        }
        return wrong;
      }));
    }
    List<String> wrong = new ArrayList<>();
    for (Future<List<String>> future : mismatches) {
      wrong.addAll(future.get());
    }
    callers.shutdown();
    smith.close();

    assertThat(wrong).isEmpty();
    assertThat(api.requestCount()).isEqualTo(THREADS * REQUESTS_PER_THREAD);
    assertThat(smith.httpClient().connectionPool().connectionCount()).as("pooled connections after close").isZero();
    assertThat(smith.httpClient().dispatcher().executorService().isShutdown()).isTrue();
    for (Thread thread : asyncThreads()) {
      thread.join(10_000);
      assertThat(thread.isAlive()).as(thread.getName() + " ended after close").isFalse();
    }
  }

  private static List<Thread> asyncThreads() {
    List<Thread> threads = new ArrayList<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().equals("activitysmith-retry")) {
        threads.add(thread);
      }
    }
    return threads;
  }
}
