package com.activitysmith.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.activitysmith.testing.internal.JsonTree;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import okhttp3.OkHttpClient;

/**
 * Hostile JSON at every API and control route: whatever arrives, the answer is a status the
 * service uses with a JSON error body (never a 500, a dropped connection or a hang), and the
 * simulator still answers afterwards.
 */
class HostileInputPropertiesTest {
  /** The statuses a hostile body may get; 200 when it happens to be a valid request. */
  private static final Set<Integer> EXPECTED = Set.of(200, 400, 403, 404, 405, 413, 422, 429);
  private static final List<String[]> API_ROUTES = List.of(
      new String[] {"POST", "/push-notification"},
      new String[] {"POST", "/live-activity/start"},
      new String[] {"POST", "/live-activity/update"},
      new String[] {"POST", "/live-activity/end"},
      new String[] {"PUT", "/live-activity/stream/hostile"},
      new String[] {"DELETE", "/live-activity/stream/hostile"},
      new String[] {"POST", "/metrics/cpu/value"},
      new String[] {"POST", "/badge"});
  private static final List<String> CONTROL_ROUTES = List.of(
      "/_simulator/faults", "/_simulator/reset", "/_simulator/streams/hostile/pause", "/_simulator/streams/hostile/resume");

  private static final Simulator SIMULATOR = Simulator.builder().noRateLimit().noActivityLimit()
      .maxRequestBytes(64 * 1024).journalCapacity(100).start();
  private static final Http HTTP = new Http(SIMULATOR, new OkHttpClient.Builder()
      .retryOnConnectionFailure(false).readTimeout(Duration.ofSeconds(10)).build());

  @AfterContainer
  static void close() {
    SIMULATOR.close();
  }

  @Property(tries = 10_000, shrinking = ShrinkingMode.OFF)
  void apiRoutesAnswerHostileBodiesWithATypedError(@ForAll("bodies") String body, @ForAll("apiRoutes") String[] route) {
    Http.Answer answer = HTTP.send(route[0], route[1], body);

    assertWellFormed(answer, route[1] + " " + shortened(body));
    SIMULATOR.faults().clear();
    assertThat(HTTP.get("/_simulator/lock-screen").status()).isEqualTo(200);
  }

  @Property(tries = 10_000, shrinking = ShrinkingMode.OFF)
  void controlRoutesAnswerHostileBodiesWithATypedError(@ForAll("controlBodies") String body,
      @ForAll("controlRoutes") String route) {
    Http.Answer answer = HTTP.postRoot(route, body.replace('"', '\''));

    assertWellFormed(answer, route + " " + shortened(body));
    HTTP.deleteRoot("/_simulator/faults");
    assertThat(HTTP.get("/_simulator/lock-screen").status()).isEqualTo(200);
  }

  private static String shortened(String body) {
    return body.length() <= 300 ? body : body.substring(0, 300) + "...";
  }

  private static void assertWellFormed(Http.Answer answer, String sent) {
    assertThat(answer.status()).as(sent + " -> " + answer).isIn(EXPECTED);
    Object tree;
    try {
      tree = JsonTree.parse(answer.body());
    } catch (JsonTree.MalformedJsonException e) {
      throw new AssertionError("not JSON: " + answer, e);
    }
    if (answer.status() >= 400) {
      assertThat(tree).as(answer.toString()).isInstanceOf(Map.class);
      assertThat(((Map<?, ?>) tree).get("error")).as(answer.toString()).isInstanceOf(String.class);
    }
  }

  @Provide
  Arbitrary<String[]> apiRoutes() {
    return Arbitraries.of(API_ROUTES);
  }

  @Provide
  Arbitrary<String> controlRoutes() {
    return Arbitraries.of(CONTROL_ROUTES);
  }

  /** Hostile bodies: JSON trees with hostile leaves and nesting, then sometimes cut or garbled. */
  @Provide
  Arbitrary<String> bodies() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, plausible()),
        net.jqwik.api.Tuple.of(2, json(4)),
        net.jqwik.api.Tuple.of(1, deep()),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(50)))
        .flatMap(HostileInputPropertiesTest::garbled);
  }

  /** Fault specifications with hostile values in each field. */
  @Provide
  Arbitrary<String> controlBodies() {
    Arbitrary<String> field = Arbitraries.of("kind", "status", "millis", "times", "operation", "handled", "extra");
    Arbitrary<String> value = Arbitraries.oneOf(hostileNumber(), Arbitraries.of(
        "\"server_error\"", "\"rate_limited\"", "\"delay\"", "\"reset_mid_response\"", "\"truncated_json\"",
        "\"html_error_page\"", "\"sendPushNotification\"", "\"PUSH\"", "\"nope\"", "true", "false", "null", "[]", "{}",
        "503", "502", "1", "3", "1000"));
    Arbitrary<String> entry = Combinators.combine(field, value).as((f, v) -> "\"" + f + "\":" + v);
    Arbitrary<String> object = entry.list().ofMaxSize(6).map(l -> "{" + String.join(",", l) + "}");
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, object),
        net.jqwik.api.Tuple.of(1, json(3)),
        net.jqwik.api.Tuple.of(1, deep()))
        .flatMap(HostileInputPropertiesTest::garbled);
  }

  /** Bodies close to real requests, one field hostile. */
  private static Arbitrary<String> plausible() {
    Arbitrary<String> leaf = leaf();
    return Combinators.combine(Arbitraries.of(
        "{\"title\":\"t\",\"badge\":%s}",
        "{\"badge\":%s}",
        "{\"value\":%s}",
        "{\"value\":%s,\"timestamp\":%s}",
        "{\"title\":%s,\"message\":%s}",
        "{\"title\":\"t\",\"target\":{\"channels\":[%s]}}",
        "{\"content_state\":{\"title\":\"t\",\"type\":\"segmented_progress\",\"number_of_steps\":%s,\"current_step\":%s}}",
        "{\"content_state\":{\"title\":\"t\",\"type\":\"progress\",\"percentage\":%s}}",
        "{\"content_state\":{\"title\":\"t\",\"type\":\"timer\",\"duration_seconds\":%s}}",
        "{\"content_state\":{\"title\":\"t\",\"type\":\"metrics\",\"metrics\":[{\"label\":%s,\"value\":%s}]}}",
        "{\"activity_id\":%s,\"content_state\":{\"title\":\"t\",\"auto_dismiss_minutes\":%s}}",
        "{\"content_state\":{\"title\":\"t\",\"type\":\"alert\",\"message\":\"m\",\"auto_dismiss_seconds\":%s}}",
        "{\"title\":\"t\",\"payload\":{\"x\":%s},\"actions\":[{\"title\":\"a\",\"type\":\"webhook\",\"url\":%s}]}",
        "{\"title\":\"t\",\"redirection\":%s,\"tags\":[%s]}",
        "{\"content_state\":{\"title\":\"t\",\"type\":\"alert\",\"message\":\"m\"},\"metadata\":{\"k\":%s},\"tags\":[%s]}"),
        leaf).as((String template, String v) -> template.replace("%s", v));
  }

  private static Arbitrary<String> leaf() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, hostileNumber()),
        net.jqwik.api.Tuple.of(3, hostileString()),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("true", "false", "null", "[]", "{}", "[1,2]", "{\"a\":1}")));
  }

  static Arbitrary<String> hostileNumber() {
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(400);
    Arbitrary<String> exponent = Arbitraries.longs().between(-3_000_000_000L, 3_000_000_000L).map(l -> Long.toString(l));
    return Arbitraries.oneOf(
        Arbitraries.of("1e999999999", "-1e999999999", "1e-999999999", "1E+2147483648", "1e309", "1e308", "-0", "0.0",
            "1e-400", "4.9e-324", "1.7976931348623157e308", "2147483647", "2147483648", "-2147483649",
            "9223372036854775808", "NaN", "Infinity", "-Infinity", "01", "1.", ".5", "0x10", "1e", "+1", "--1",
            "1_000", "1" .repeat(66), "9".repeat(2000), "0." + "0".repeat(1200) + "1"),
        Combinators.combine(digits, exponent).as((d, e) -> d + "e" + e),
        Combinators.combine(digits, digits).as((a, b) -> "-" + a + "." + b),
        Arbitraries.doubles().map(d -> Double.toString(d)),
        Arbitraries.longs().map(l -> Long.toString(l)));
  }

  private static Arbitrary<String> hostileString() {
    Arbitrary<String> text = Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(30)
        .map(HostileInputPropertiesTest::quote);
    return Arbitraries.oneOf(text, Arbitraries.of(
        "\"\"", "\"cpu\\n\"", "\"a\\u2028\"", "\"\\ud800\"", "\"\\udc00x\"", "\"https://a b\"", "\"javascript:alert(1)\"",
        "\"https://user:pass@host/\"", "\"" + "x".repeat(70_000) + "\"", "\"\\u0000\"", "\"\\x41\"", "\"unterminated",
        "\"2026-13-45T99:99:99Z\"", "\"+999999999-01-01T00:00:00Z\"", "\"\u00e9\ud83d\udea8\""));
  }

  private static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** Arbitrary JSON up to {@code depth} levels, with hostile leaves. */
  private static Arbitrary<String> json(int depth) {
    if (depth == 0) {
      return leaf();
    }
    Arbitrary<String> inner = Arbitraries.lazy(() -> json(depth - 1));
    Arbitrary<String> key = Arbitraries.oneOf(hostileString(), Arbitraries.of("\"title\"", "\"content_state\"",
        "\"type\"", "\"badge\"", "\"value\"", "\"target\"", "\"channels\"", "\"tags\"", "\"metadata\""));
    Arbitrary<String> object = Combinators.combine(key, inner).as((k, v) -> k + ":" + v).list().ofMaxSize(4)
        .map(l -> "{" + String.join(",", l) + "}");
    Arbitrary<String> array = inner.list().ofMaxSize(4).map(l -> "[" + String.join(",", l) + "]");
    return Arbitraries.oneOf(leaf(), object, array);
  }

  /** Nesting around the reader's limit of 255 levels. */
  private static Arbitrary<String> deep() {
    return Combinators.combine(Arbitraries.integers().between(1, 400), Arbitraries.of("[", "{\"a\":"), leaf())
        .as((n, open, leaf) -> open.repeat(n) + leaf + (open.equals("[") ? "]" : "}").repeat(n));
  }

  /** The text as is, or cut, or with a byte changed. */
  private static Arbitrary<String> garbled(String text) {
    if (text.isEmpty()) {
      return Arbitraries.just(text);
    }
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.just(text)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, text.length()).map(n -> text.substring(0, n))),
        net.jqwik.api.Tuple.of(1, Combinators.combine(Arbitraries.integers().between(0, text.length() - 1),
            Arbitraries.chars().with('{', '}', '[', ']', ',', ':', '"', '\\', '\u0000', 'e', '-'))
            .as((i, c) -> text.substring(0, i) + c + text.substring(i + 1))));
  }
}
