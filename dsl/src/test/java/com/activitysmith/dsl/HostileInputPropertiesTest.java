package com.activitysmith.dsl;

import static com.activitysmith.dsl.Dsl.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.activitysmith.ActivitySmith;
import com.activitysmith.exception.ValidationException;
import com.activitysmith.generated.model.ContentStateStart;
import com.activitysmith.generated.model.LiveActivityStartRequest;
import com.activitysmith.generated.model.LiveActivityType;
import com.activitysmith.payload.StartPayload;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Hostile input through the public API (DSL and client), against a local responder that answers
 * every request with a valid 200: each call either succeeds (and then exactly one request reached
 * the responder) or throws a {@link ValidationException} or {@code NullPointerException("x ==
 * null")} before anything is sent. Anything else is counted as untyped and fails the property.
 * The counts are written to {@code target/hostile-input-report.txt}.
 */
class HostileInputPropertiesTest {
  private static final int TRIES = 10_000;
  private static final AtomicLong TRIED = new AtomicLong();
  private static final AtomicLong SENT = new AtomicLong();
  private static final AtomicLong TYPED = new AtomicLong();
  private static final AtomicLong UNTYPED = new AtomicLong();
  private static final AtomicLong RECEIVED = new AtomicLong();
  private static HttpServer server;
  private static ActivitySmith smith;

  @BeforeContainer
  static void startResponder() throws IOException {
    // The JDK server writes a response's head and body in two segments; with Nagle's algorithm on,
    // the body waits for the client's delayed ACK, about 40 ms a call.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      RECEIVED.incrementAndGet();
      boolean delete = exchange.getRequestMethod().equals("DELETE");
      String body = "{\"success\":true,\"devices_notified\":1,\"users_notified\":1,\"devices_queued\":0,"
          + "\"activity_id\":\"act_1\",\"operation\":\"" + (delete ? "ended" : "updated") + "\",\"stream_key\":\"k\","
          + "\"badge\":1,\"effective_channel_slugs\":[],\"timestamp\":\"2026-03-04T09:15:00Z\"}";
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    // Its own threads, so one exchange the client gave up on never holds up the next.
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    server.start();
    smith = ActivitySmith.builder().apiKey("ask_test")
        .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/api")
        .readTimeout(Duration.ofSeconds(2)).retryPolicy(com.activitysmith.RetryPolicy.none())
        // Thousands of requests a minute to a local responder: this is about input, not the rate budget.
        .requestBudget(com.activitysmith.RequestBudget.unlimited())
        // Its responder starts an activity for every valid start and stream; none is ever ended.
        .liveActivityLimit(Integer.MAX_VALUE).build();
  }

  @AfterContainer
  static void report() throws IOException {
    smith.close();
    server.stop(0);
    String report = "inputs tried: " + TRIED + "\nsent (valid): " + SENT + "\ntyped outcomes: " + TYPED
        + "\nuntyped outcomes: " + UNTYPED + "\nrequests received: " + RECEIVED + "\n";
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/hostile-input-report.txt"), report);
    System.out.print(report);
    assertThat(UNTYPED.get()).isZero();
    assertThat(RECEIVED.get()).isEqualTo(SENT.get());
  }

  /** Runs one call and classifies its outcome. */
  private static void attempt(Runnable call) {
    TRIED.incrementAndGet();
    long before = RECEIVED.get();
    try {
      call.run();
      SENT.incrementAndGet();
      assertThat(RECEIVED.get()).as("a successful call sends exactly one request").isEqualTo(before + 1);
    } catch (ValidationException e) {
      TYPED.incrementAndGet();
      assertThat(e.violations()).isNotEmpty();
      assertThat(RECEIVED.get()).as("nothing is sent for " + e.getMessage()).isEqualTo(before);
    } catch (NullPointerException e) {
      if (e.getMessage() == null || !e.getMessage().endsWith(" == null")) {
        UNTYPED.incrementAndGet();
        throw e;
      }
      TYPED.incrementAndGet();
    } catch (Throwable t) {
      UNTYPED.incrementAndGet();
      throw new AssertionError("untyped outcome " + t, t);
    }
  }

  @Property(tries = TRIES)
  void hostileStrings(@ForAll("hostileText") String text, @ForAll("hostileText") String other,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 3) int call) {
    switch (call) {
      case 0 -> attempt(() -> smith.notifications().send(push(text).message(other).subtitle(text).sound(other).tags(text, other)));
      case 1 -> attempt(() -> smith.metrics().update(text, other));
      case 2 -> attempt(() -> smith.liveActivities().stream(text, liveActivityStream(other).alert(text)));
      default -> attempt(() -> smith.notifications().channels(text, other).send(push("t")));
    }
  }

  @Property(tries = TRIES)
  void hostileNumbers(@ForAll("hostileNumber") Number number, @ForAll("hostileInstant") Instant when,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 5) int call) {
    if (call == 0) {
      attempt(() -> smith.metrics().update("cpu", number));
    } else if (call == 1) {
      attempt(() -> smith.metrics().update("cpu", number, when));
    } else if (call == 2) {
      attempt(() -> smith.liveActivities().start(liveActivity("M").metrics(metricOf(number))));
    }
    if (call < 3) {
      return;
    }
    BigDecimal exact = new BigDecimal(number instanceof Double || number instanceof Float
        ? (Double.isFinite(number.doubleValue()) ? BigDecimal.valueOf(number.doubleValue()).toString() : "0")
        : number.toString());
    if (call == 3) {
      attempt(() -> smith.liveActivities().start(StartPayload.of(LiveActivityStartRequest.builder()
          .contentState(ContentStateStart.builder().title("P").type(LiveActivityType.PROGRESS).percentage(exact).build())
          .build())));
    } else if (call == 4) {
      attempt(() -> smith.liveActivities().start(StartPayload.of(LiveActivityStartRequest.builder()
          .contentState(ContentStateStart.builder().title("T").type(LiveActivityType.TIMER).durationSeconds(exact).build())
          .build())));
    } else if (number instanceof Double d) {
      attempt(() -> smith.liveActivities().start(liveActivity("P").progress(d)));
    }
  }

  @Property(tries = TRIES)
  void hostileNesting(@ForAll("nested") Object value, @ForAll boolean inWebhook) {
    if (!inWebhook) {
      attempt(() -> smith.notifications().send(push("t").payload(Map.of("x", value))));
      return;
    }
    Map<String, Object> body = new HashMap<>();
    body.put("v", value);
    attempt(() -> smith.notifications().send(push("t").actions(webhook("Go", "https://example.com/h").post(body))));
  }

  @Property(tries = TRIES)
  void hostileUrls(@ForAll("url") String url, @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 3) int call) {
    switch (call) {
      case 0 -> attempt(() -> smith.notifications().send(push("t").redirection(url)));
      case 1 -> attempt(() -> smith.notifications().send(push("t").media(url)));
      case 2 -> attempt(() -> smith.notifications().send(push("t").actions(openUrl("Open", url), webhook("Hook", url))));
      default -> attempt(() -> smith.liveActivities().start(liveActivity("A").alert("m").action(webhook("Go", url))));
    }
  }

  private static Metric metricOf(Number number) {
    if (number instanceof BigDecimal d) {
      return metric("m", d);
    }
    if (number instanceof Double || number instanceof Float) {
      return metric("m", number.doubleValue());
    }
    return metric("m", number.longValue());
  }

  @Provide
  Arbitrary<String> hostileText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(80),
        Arbitraries.strings().withChars("a-z0-9_.-\n\r\u2028\u2029\u0085 \t\"\\").ofMaxLength(20),
        Arbitraries.of("", "cpu\n", "a\u2028", "\uD800", "\uDFFF\uD800", "\u0000", "a".repeat(70), "x".repeat(100_000),
            "cpu", "nightly-backup", "Ω≈ç√", "🚨", "${jndi:ldap://x}", "../../etc/passwd", "%00", "null"),
        Arbitraries.strings().alpha().numeric().withChars("_-").ofMinLength(1).ofMaxLength(10)
            .map(s -> s + Arbitraries.of("\n", "\r\n", "\u2028", "\u2029", "").sample()));
  }

  @Provide
  Arbitrary<Number> hostileNumber() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().withSpecialValue(Double.NaN).withSpecialValue(Double.POSITIVE_INFINITY)
            .withSpecialValue(Double.NEGATIVE_INFINITY).withSpecialValue(-0.0).withSpecialValue(Double.MIN_VALUE)
            .withSpecialValue(Double.MAX_VALUE).withSpecialValue(1e65).withSpecialValue(1e300).map(d -> (Number) d),
        Arbitraries.floats().withSpecialValue(Float.NaN).map(f -> (Number) f),
        Arbitraries.longs().map(l -> (Number) l),
        Arbitraries.integers().map(i -> (Number) i),
        Arbitraries.bigDecimals().ofScale(30).map(d -> (Number) d),
        Arbitraries.of("1E+2000000", "-1E+2000000", "1E-400", "-1E-400", "100.0000000000000001", "1E-2000000",
            "1" + "0".repeat(70), "0.000", "-0", "99999999999999999999999999999999999999999999999999999999999999999999")
            .map(s -> (Number) new BigDecimal(s)),
        Arbitraries.integers().between(-2_000_000, 2_000_000).map(e -> (Number) BigDecimal.ONE.scaleByPowerOfTen(e)));
  }

  @Provide
  Arbitrary<Instant> hostileInstant() {
    return Arbitraries.oneOf(
        Arbitraries.of(Instant.MAX, Instant.MIN, Instant.EPOCH, Instant.parse("9999-12-31T23:59:59Z"),
            Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("-0001-01-01T00:00:00Z")),
        Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()).map(Instant::ofEpochSecond));
  }

  @Provide
  Arbitrary<Object> nested() {
    Arbitrary<Object> leaf = Arbitraries.oneOf(
        Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, -0.0, 1e300, Float.NaN, 1.5f).map(d -> (Object) d),
        Arbitraries.strings().ofMaxLength(5).map(s -> (Object) s),
        Arbitraries.of(Boolean.TRUE, "x", 1, 2L, new BigDecimal("1E+2000000")).map(o -> (Object) o),
        Arbitraries.of(new java.math.BigInteger("123"), new java.util.Date(0), new Object(), List.of(1).toArray())
            .map(o -> (Object) o));
    return Combinators.combine(Arbitraries.integers().between(0, 400), leaf, Arbitraries.integers().between(0, 4))
        .as((depth, value, shape) -> {
          Object current = value;
          for (int i = 0; i < depth; i++) {
            switch (shape) {
              case 0 -> current = List.of(current);
              case 1 -> current = Map.of("k", current);
              case 2 -> {
                Map<Object, Object> odd = new LinkedHashMap<>();
                odd.put(i % 7 == 0 ? (Object) i : "k", current);
                current = odd;
              }
              case 3 -> {
                if (i > 20) {
                  current = List.of(current);
                  continue;
                }
                List<Object> shared = new ArrayList<>();
                shared.add(current);
                shared.add(current); // the same list twice: a small graph describing a huge document
                current = shared;
              }
              default -> current = i % 2 == 0 ? List.of(current) : Map.of("k", current);
            }
          }
          if (shape == 4 && depth % 5 == 0) {
            Map<String, Object> cycle = new HashMap<>();
            cycle.put("self", cycle);
            return cycle;
          }
          return current;
        });
  }

  @Provide
  Arbitrary<String> url() {
    Arbitrary<String> scheme = Arbitraries.of("https://", "http://", "shortcuts://", "javascript:", "HTTPS://", "",
        "https:/", "ftp://", "https://user:pw@", "file:///");
    Arbitrary<String> rest = Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(30),
        Arbitraries.of("a b", "example.com/x y", "[::1]", "example.com:99999", "%zz", "example.com/#frag#frag",
            "example.com\n", "ex\u2028ample.com", "example.com/" + "a".repeat(5000), "ci.example.com/p/812"));
    return Combinators.combine(scheme, rest).as((a, b) -> a + b);
  }
}
