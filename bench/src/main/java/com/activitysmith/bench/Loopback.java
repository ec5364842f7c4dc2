package com.activitysmith.bench;

import static com.activitysmith.dsl.Dsl.*;

import com.activitysmith.ActivitySmith;
import com.activitysmith.RetryPolicy;
import com.activitysmith.payload.PushPayload;
import com.activitysmith.payload.StreamPayload;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Client cost on loopback: the SDK and raw OkHttp (posting the bytes the SDK sends) against the
 * {@link Responder} in another process, 1 and 8 requests in flight, sync and async. Prints one
 * tab-separated line per configuration: client, call, mode, in flight, requests, req/s, p50 us,
 * p99 us, client CPU us per request (this process's CPU time over the measured requests).
 *
 * <p>{@code java -cp benchmarks.jar com.activitysmith.bench.Loopback BASE_URL [requests]}
 */
public final class Loopback {
  private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  /** One kind of call: push, or a stream PUT with 8 metrics. */
  enum Call_ { PUSH, STREAM_8_METRICS }

  interface Client {
    void sync(Call_ call) throws IOException;

    CompletableFuture<?> async(Call_ call);
  }

  static final class Sdk implements Client {
    final ActivitySmith smith;
    final PushPayload push = push("Deploy waiting").message("Approve v2.4.0?")
        .actions(webhook("Approve", "https://ci.example.com/hooks/approve").post(Map.of("release", "v2.4.0")),
            openUrl("Open pipeline", "https://ci.example.com/pipelines/812"),
            shortcut("Log it", "Deploy Log"))
        .channels("releases").tags("deploy");
    final StreamPayload stream = liveActivityStream("Fleet").metrics(metric("CPU", 27.5).unit("%").color(RED),
        metric("Memory", 61.2).unit("%"), metric("Disk", 48).unit("%"), metric("Load", 1.25),
        metric("Requests", 1840).unit("/s"), metric("Errors", 3).color(RED), metric("p99", 182).unit("ms"),
        metric("Status", "healthy"));

    Sdk(String baseUrl) {
      // Thousands of requests a second to a local responder: far past the service's limits, which the
      // default rate budget would hold the client to, so it is off here (see the rate budget bench instead).
      smith = ActivitySmith.builder().apiKey("ask_bench").baseUrl(baseUrl).retryPolicy(RetryPolicy.none())
          .requestBudget(com.activitysmith.RequestBudget.unlimited()).build();
    }

    @Override
    public void sync(Call_ call) {
      if (call == Call_.PUSH) {
        smith.notifications().send(push);
      } else {
        smith.liveActivities().stream("fleet", stream);
      }
    }

    @Override
    public CompletableFuture<?> async(Call_ call) {
      return call == Call_.PUSH ? smith.notifications().sendAsync(push) : smith.liveActivities().streamAsync("fleet", stream);
    }
  }

  static final class Raw implements Client {
    final OkHttpClient http;
    final Request push;
    final Request stream;

    Raw(String baseUrl) {
      Dispatcher dispatcher = new Dispatcher();
      dispatcher.setMaxRequestsPerHost(64);
      http = new OkHttpClient.Builder().dispatcher(dispatcher).build();
      push = new Request.Builder().url(baseUrl + "/push-notification").header("Authorization", "Bearer ask_bench")
          .post(RequestBody.create(Payloads.PUSH_3_ACTIONS.sdk(), JSON)).build();
      stream = new Request.Builder().url(baseUrl + "/live-activity/stream/fleet").header("Authorization", "Bearer ask_bench")
          .put(RequestBody.create(Payloads.STREAM_8_METRICS.sdk(), JSON)).build();
    }

    @Override
    public void sync(Call_ call) throws IOException {
      try (Response response = http.newCall(call == Call_.PUSH ? push : stream).execute()) {
        check(response);
      }
    }

    @Override
    public CompletableFuture<?> async(Call_ call) {
      CompletableFuture<String> done = new CompletableFuture<>();
      http.newCall(call == Call_.PUSH ? push : stream).enqueue(new Callback() {
        @Override
        public void onFailure(Call c, IOException e) {
          done.completeExceptionally(e);
        }

        @Override
        public void onResponse(Call c, Response response) {
          try (response) {
            done.complete(check(response));
          } catch (IOException | RuntimeException e) {
            done.completeExceptionally(e);
          }
        }
      });
      return done;
    }

    static String check(Response response) throws IOException {
      ResponseBody body = response.body();
      String text = body.string();
      if (response.code() != 200) {
        throw new IOException("status " + response.code());
      }
      return text;
    }
  }

  record Result(String client, Call_ call, String mode, int inFlight, int requests, double seconds, long[] latencies,
      long cpuNanos) {
    String line() {
      long[] l = latencies.clone();
      Arrays.sort(l);
      return String.join("\t", client, call.name(), mode, String.valueOf(inFlight), String.valueOf(requests),
          String.format("%.0f", requests / seconds), String.format("%.0f", l[l.length / 2] / 1e3),
          String.format("%.0f", l[(int) (l.length * 0.99)] / 1e3), String.format("%.1f", cpuNanos / 1e3 / requests));
    }
  }

  static Result run(String name, Client client, Call_ call, boolean async, int inFlight, int requests) throws Exception {
    long[] latencies = new long[requests];
    long cpu0 = OS.getProcessCpuTime();
    long t0 = System.nanoTime();
    if (async) {
      Semaphore permits = new Semaphore(inFlight);
      CountDownLatch done = new CountDownLatch(requests);
      AtomicInteger failures = new AtomicInteger();
      for (int i = 0; i < requests; i++) {
        permits.acquire();
        int index = i;
        long start = System.nanoTime();
        client.async(call).whenComplete((r, e) -> {
          latencies[index] = System.nanoTime() - start;
          if (e != null) {
            failures.incrementAndGet();
          }
          permits.release();
          done.countDown();
        });
      }
      if (!done.await(5, TimeUnit.MINUTES) || failures.get() > 0) {
        throw new IllegalStateException(name + " async: " + failures.get() + " failures");
      }
    } else {
      List<Thread> threads = new ArrayList<>();
      AtomicInteger next = new AtomicInteger();
      List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
      for (int t = 0; t < inFlight; t++) {
        threads.add(new Thread(() -> {
          try {
            for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
              long start = System.nanoTime();
              client.sync(call);
              latencies[i] = System.nanoTime() - start;
            }
          } catch (Throwable e) {
            errors.add(e);
          }
        }));
      }
      threads.forEach(Thread::start);
      for (Thread t : threads) {
        t.join(TimeUnit.MINUTES.toMillis(5));
      }
      if (!errors.isEmpty()) {
        throw new IllegalStateException(name + " sync failed", errors.get(0));
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    long cpu = OS.getProcessCpuTime() - cpu0;
    return new Result(name, call, async ? "async" : "sync", inFlight, requests, seconds, latencies, cpu);
  }

  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
    Client sdk = new Sdk(baseUrl);
    Client raw = new Raw(baseUrl);
    List<Object[]> configs = new ArrayList<>();
    for (Call_ call : Call_.values()) {
      for (boolean async : new boolean[] {false, true}) {
        for (int inFlight : new int[] {1, 8}) {
          configs.add(new Object[] {call, async, inFlight});
        }
      }
    }
    // Warm-up: every configuration once, so both clients are compiled before anything is measured.
    for (Object[] c : configs) {
      run("sdk", sdk, (Call_) c[0], (boolean) c[1], (int) c[2], requests / 2);
      run("raw", raw, (Call_) c[0], (boolean) c[1], (int) c[2], requests / 2);
    }
    for (Object[] c : configs) {
      for (String name : new String[] {"sdk", "raw"}) {
        System.gc();
        Result r = run(name, name.equals("sdk") ? sdk : raw, (Call_) c[0], (boolean) c[1], (int) c[2], requests);
        System.out.println(r.line());
      }
    }
    System.exit(0);
  }
}
