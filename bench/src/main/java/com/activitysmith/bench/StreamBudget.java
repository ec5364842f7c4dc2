package com.activitysmith.bench;

import static com.activitysmith.dsl.Dsl.liveActivityStream;

import com.activitysmith.ActivitySmith;
import com.activitysmith.LiveActivityStreamer;
import com.activitysmith.RequestBudget;
import com.activitysmith.RetryPolicy;
import com.activitysmith.budget.redis.RedisRequestBudget;
import com.activitysmith.testing.JournalEntry;
import com.activitysmith.testing.LiveActivityCard;
import com.activitysmith.testing.Endpoint;
import com.activitysmith.testing.Simulator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Four Live Activity streams fed 10,000 states in total over one minute, through {@link
 * LiveActivityStreamer}s on the client's rate budget, against the simulator with the service's
 * limits on. Reports requests sent per minute, 429s, whether every stream's final state is on the
 * lock screen, and staleness: from a state being offered to an equal-or-newer state being
 * delivered.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar com.activitysmith.bench.StreamBudget MODE
 * [REDIS-URI]}, MODE one of:
 *
 * <ul>
 *   <li>{@code compressed}: the simulator, the budget and the feeder on one clock running 20 times
 *       faster than real time (the minute takes 3 s);
 *   <li>{@code real}: on the system clock, one minute;
 *   <li>{@code redis}: two JVMs, two streams each, sharing one budget in Redis at REDIS-URI, one
 *       minute on the system clock.
 * </ul>
 *
 * It prints one Markdown table row; {@code bench/budget.sh} runs the three and writes them into
 * {@code bench/RESULTS.md}.
 */
public final class StreamBudget {
  static final int STREAMS = 4;
  static final int UPDATES = 10_000;
  static final Duration SPAN = Duration.ofMinutes(1);
  static final int SPEED = 20;

  private StreamBudget() {}

  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "compressed";
    switch (mode) {
      case "compressed" -> System.out.println(alone(new Scaled(SPEED), "compressed time (x" + SPEED + ", injected clock)"));
      case "real" -> System.out.println(alone(null, "real time"));
      case "redis" -> System.out.println(twoJvms(args[1]));
      case "child" -> child(args);
      default -> throw new IllegalArgumentException("mode must be compressed, real or redis but was " + mode);
    }
  }

  /** All four streams in this JVM. */
  private static String alone(Scaled scaled, String label) throws Exception {
    Clock clock = scaled != null ? scaled : Clock.systemUTC();
    try (Simulator simulator = Simulator.builder().clock(clock).journalCapacity(100_000).start()) {
      ActivitySmith.Builder builder = ActivitySmith.builder().apiKey(simulator.apiKey()).baseUrl(simulator.baseUrl());
      if (scaled != null) {
        builder.retryPolicy(RetryPolicy.builder().clock(scaled).sleeper(scaled).build());
      }
      Instant start = clock.instant();
      Feed feed;
      try (ActivitySmith client = builder.build()) {
        feed = feed(client, clock, scaled, List.of("stream-0", "stream-1", "stream-2", "stream-3"), UPDATES);
      }
      return row(label, simulator, start, clock.instant(), feed.staleMillis, feed.offered);
    }
  }

  /** Two streams here and two in another JVM, on one budget in Redis. */
  private static String twoJvms(String redisUri) throws Exception {
    String namespace = "bench-" + ProcessHandle.current().pid();
    try (Simulator simulator = Simulator.builder().journalCapacity(100_000).start()) {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), StreamBudget.class.getName(),
          "child", redisUri, namespace, simulator.baseUrl(), simulator.apiKey())
          .redirectError(ProcessBuilder.Redirect.INHERIT).start();
      Instant start = Instant.now();
      Feed mine;
      try (RedisRequestBudget budget = RedisRequestBudget.builder().uri(redisUri).namespace(namespace).build();
          ActivitySmith client = ActivitySmith.builder().apiKey(simulator.apiKey()).baseUrl(simulator.baseUrl())
              .requestBudget(budget).build()) {
        mine = feed(client, Clock.systemUTC(), null, List.of("stream-0", "stream-1"), UPDATES / 2);
        if (!budget.shared()) {
          throw new IllegalStateException("the budget fell back to a local one: Redis at " + redisUri + " did not answer");
        }
      }
      List<Long> stale = new ArrayList<>(mine.staleMillis);
      long offered = mine.offered;
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = lines.readLine()) != null; ) {
          if (line.startsWith("stale ")) {
            stale.add(Long.parseLong(line.substring(6)));
          } else if (line.startsWith("offered ")) {
            offered += Long.parseLong(line.substring(8));
          }
        }
      }
      if (!other.waitFor(3, TimeUnit.MINUTES) || other.exitValue() != 0) {
        throw new IllegalStateException("the other JVM failed");
      }
      return row("two JVMs, one Redis budget (real time)", simulator, start, Instant.now(), stale, offered);
    }
  }

  private static void child(String[] args) throws Exception {
    try (RedisRequestBudget budget = RedisRequestBudget.builder().uri(args[1]).namespace(args[2]).build();
        ActivitySmith client = ActivitySmith.builder().apiKey(args[4]).baseUrl(args[3]).requestBudget(budget).build()) {
      Feed feed = feed(client, Clock.systemUTC(), null, List.of("stream-2", "stream-3"), UPDATES / 2);
      StringBuilder out = new StringBuilder();
      feed.staleMillis.forEach(ms -> out.append("stale ").append(ms).append('\n'));
      out.append("offered ").append(feed.offered).append('\n');
      System.out.print(out);
      if (!budget.shared()) {
        throw new IllegalStateException("the other JVM's budget fell back to a local one");
      }
    }
  }

  /** What one feeder saw: each offered state's staleness, in milliseconds of the clock. */
  private record Feed(List<Long> staleMillis, long offered) {}

  /** Offers {@code updates} states evenly over {@link #SPAN}, round-robin over the keys, then ends every stream. */
  private static Feed feed(ActivitySmith client, Clock clock, Scaled scaled, List<String> keys, int updates) throws Exception {
    List<LiveActivityStreamer> streamers = new ArrayList<>();
    for (String key : keys) {
      streamers.add(client.liveActivities().streamer(key));
    }
    int perStream = updates / keys.size();
    List<Long> stale = Collections.synchronizedList(new ArrayList<>());
    List<CompletableFuture<?>> all = new ArrayList<>();
    Instant start = clock.instant();
    long step = SPAN.toNanos() / updates;
    for (int k = 0; k < updates; k++) {
      Instant due = start.plusNanos(k * step);
      Duration ahead = Duration.between(clock.instant(), due);
      if (!ahead.isNegative() && !ahead.isZero()) {
        if (scaled != null) {
          scaled.sleep(ahead);
        } else {
          Thread.sleep(ahead.toMillis(), ahead.toNanosPart() % 1_000_000);
        }
      }
      LiveActivityStreamer streamer = streamers.get(k % keys.size());
      int done = k / keys.size() + 1;
      Instant offeredAt = clock.instant();
      all.add(streamer.offer(liveActivityStream(streamer.streamKey()).progress(done, perStream))
          .whenComplete((result, failure) -> {
            if (failure == null) {
              stale.add(Duration.between(offeredAt, clock.instant()).toMillis());
            }
          }));
    }
    for (LiveActivityStreamer streamer : streamers) {
      streamer.end();
    }
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).exceptionally(e -> null).get(5, TimeUnit.MINUTES);
    return new Feed(List.copyOf(stale), updates);
  }

  private static String row(String label, Simulator simulator, Instant start, Instant end, List<Long> stale, long offered) {
    List<JournalEntry> entries = simulator.journal().entries();
    long sent = entries.size();
    long tooMany = entries.stream().filter(e -> e.status() == 429).count();
    double minutes = Math.max(1e-9, Duration.between(start, end).toNanos() / 60e9);
    Map<Integer, Long> perMinute = new LinkedHashMap<>();
    for (JournalEntry e : entries) {
      perMinute.merge((int) (Duration.between(start, e.receivedAt()).toSeconds() / 60), 1L, Long::sum);
    }
    int finals = 0;
    for (int s = 0; s < STREAMS; s++) {
      LiveActivityCard card = simulator.lockScreen().stream("stream-" + s).orElse(null);
      BigDecimal shown = card == null ? null : card.number("value").orElse(null);
      if (card != null && card.status() == LiveActivityCard.Status.ENDED && shown != null
          && shown.compareTo(BigDecimal.valueOf(UPDATES / STREAMS)) == 0) {
        finals++;
      }
    }
    if (Boolean.getBoolean("stream-budget.timeline")) {
      Map<Long, Map<String, Long>> timeline = new java.util.TreeMap<>();
      for (JournalEntry e : entries) {
        String key = e.path().substring(e.path().lastIndexOf('/') + 1) + (e.method().equals("DELETE") ? "(end)" : "");
        timeline.computeIfAbsent(Duration.between(start, e.receivedAt()).toSeconds() / 5 * 5, t -> new java.util.TreeMap<>())
            .merge(key, 1L, Long::sum);
      }
      timeline.forEach((t, counts) -> System.err.println("[timeline] " + t + " s " + counts));
    }
    List<Long> sorted = new ArrayList<>(stale);
    Collections.sort(sorted);
    long undelivered = offered - sorted.size();
    return String.format(Locale.ROOT, "| %s | %d | %d | %s | %.0f | %d | %d/%d | %s | %s | %d |", label, offered, sent,
        perMinute.values(), sent / minutes, tooMany, finals, STREAMS, seconds(percentile(sorted, 50)),
        seconds(percentile(sorted, 99)), undelivered);
  }

  private static long percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return -1;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  private static String seconds(long millis) {
    return millis < 0 ? "-" : String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
  }

  /** A clock running {@code speed} times faster than real time, and a sleeper on it. */
  static final class Scaled extends Clock implements RetryPolicy.Sleeper {
    private final Instant origin;
    private final long t0;
    private final int speed;
    private final ZoneId zone;

    Scaled(int speed) {
      this(Instant.now(), System.nanoTime(), speed, ZoneOffset.UTC);
    }

    private Scaled(Instant origin, long t0, int speed, ZoneId zone) {
      this.origin = origin;
      this.t0 = t0;
      this.speed = speed;
      this.zone = zone;
    }

    @Override
    public Instant instant() {
      return origin.plusNanos((System.nanoTime() - t0) * speed);
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
      TimeUnit.NANOSECONDS.sleep(Math.max(0, duration.toNanos() / speed));
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    /** The same scaled time, seen in another zone. */
    @Override
    public Clock withZone(ZoneId zone) {
      return new Scaled(origin, t0, speed, zone);
    }
  }
}
