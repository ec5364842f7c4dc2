package com.activitysmith.testing;

import com.activitysmith.testing.internal.JsonTree;
import com.activitysmith.testing.internal.Numbers;
import com.activitysmith.testing.internal.Reply;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.Nullable;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okio.ByteString;

/**
 * The simulator's own HTTP endpoints under {@code /_simulator/}, for clients in other languages:
 * <ul>
 *   <li>{@code GET lock-screen}: what the lock screen shows, as JSON;
 *   <li>{@code GET journal}: every request received, as JSON;
 *   <li>{@code POST streams/{stream_key}/pause} and {@code .../resume};
 *   <li>{@code POST faults} with {@code {"kind": "server_error", "status": 503, "operation":
 *       "sendPushNotification", "times": 2, "millis": 0, "handled": false}} (only {@code kind} is
 *       required; kinds are {@link Fault.Kind} names in lower case); {@code DELETE faults} clears them;
 *   <li>{@code POST reset}.
 * </ul>
 * These need no API key and are not journaled.
 */
final class ControlApi {
  private final Simulator simulator;

  ControlApi(Simulator simulator) {
    this.simulator = simulator;
  }

  MockResponse handle(RecordedRequest request, List<String> path) {
    String method = request.getMethod();
    String route = String.join("/", path);
    if (request.getBodySize() > simulator.maxRequestBytes()) {
      Reply tooLarge = SimulatorDispatcher.tooLarge(null, request.getBodySize(), simulator.maxRequestBytes());
      return json(413, tooLarge.body());
    }
    try {
      Object body = body(request.getBody());
      if (method.equals("GET") && route.equals("lock-screen")) {
        noFields(body, route);
        return json(200, lockScreen(simulator.lockScreen()));
      }
      if (method.equals("GET") && route.equals("journal")) {
        noFields(body, route);
        Journal journal = simulator.journal();
        List<Object> entries = new ArrayList<>();
        journal.entries().forEach(e -> entries.add(entry(e)));
        return json(200, entries, "X-Simulator-Journal-Dropped", Long.toString(journal.dropped()));
      }
      if (method.equals("POST") && path.size() == 3 && path.get(0).equals("streams")
          && (path.get(2).equals("pause") || path.get(2).equals("resume"))) {
        noFields(body, route);
        String key = path.get(1);
        List<String> problems = simulator.streamKeyProblems(key);
        if (!problems.isEmpty()) {
          throw new IllegalArgumentException("stream key: " + String.join("; ", problems));
        }
        boolean pause = path.get(2).equals("pause");
        if (pause) {
          simulator.pauseStream(key);
        } else {
          simulator.resumeStream(key);
        }
        return json(200, Map.of("stream_key", key, "paused", pause));
      }
      if (method.equals("POST") && route.equals("faults")) {
        scheduleFault(body);
        return json(200, Map.of("pending", simulator.faults().pending()));
      }
      if (method.equals("DELETE") && route.equals("faults")) {
        noFields(body, route);
        simulator.faults().clear();
        return json(200, Map.of("pending", 0));
      }
      if (method.equals("POST") && route.equals("account")) {
        account(body);
        return json(200, account());
      }
      if (method.equals("GET") && route.equals("account")) {
        noFields(body, route);
        return json(200, account());
      }
      if (method.equals("POST") && route.equals("reset")) {
        noFields(body, route);
        simulator.reset();
        return json(200, Map.of("reset", true));
      }
    } catch (IllegalArgumentException | ArithmeticException e) {
      return json(400, Map.of("error", "Invalid control request", "message", String.valueOf(e.getMessage())));
    } catch (JsonTree.MalformedJsonException e) {
      return json(400, Map.of("error", "Invalid control request", "message", "the body is not valid JSON: " + e.getMessage()));
    }
    return json(404, Map.of("error", "Not found", "message", "No control route for " + method + " /_simulator/" + route));
  }

  /** {@code {"billing_block": "trial_expired" | "trial_exhausted" | "billing_overage_cap_reached" | null}}. */
  private void account(@Nullable Object body) {
    if (!(body instanceof Map<?, ?> spec) || spec.size() != 1 || !spec.containsKey("billing_block")) {
      throw new IllegalArgumentException("the body must be {\"billing_block\": REASON or null}, REASON one of"
          + " trial_expired, trial_exhausted, billing_overage_cap_reached; got " + describe(body));
    }
    Object reason = spec.get("billing_block");
    if (reason == null) {
      simulator.unblockBilling();
    } else if (reason instanceof String name) {
      simulator.blockBilling(BillingBlock.fromWireName(name));
    } else {
      throw new IllegalArgumentException("billing_block must be a string or null but was " + describe(reason));
    }
  }

  private Map<String, Object> account() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("billing_block", simulator.billingBlock().map(BillingBlock::wireName).orElse(null));
    out.put("legacy", simulator.isLegacy());
    return out;
  }

  /** The body as a tree; null when empty. */
  private static @Nullable Object body(@Nullable ByteString raw) throws JsonTree.MalformedJsonException {
    String text = raw == null ? "" : raw.string(StandardCharsets.UTF_8);
    return text.isBlank() ? null : JsonTree.parse(text);
  }

  /** Routes without a body take none, or an empty object. */
  private static void noFields(@Nullable Object body, String route) {
    if (body != null && !(body instanceof Map<?, ?> map && map.isEmpty())) {
      throw new IllegalArgumentException(route + " takes no body (or {}), but got " + describe(body));
    }
  }

  private static final Set<String> FAULT_FIELDS = Set.of("kind", "status", "millis", "times", "operation", "handled");

  private void scheduleFault(@Nullable Object tree) {
    if (!(tree instanceof Map<?, ?> spec)) {
      throw new IllegalArgumentException("the body must be a JSON object with at least \"kind\", but was "
          + (tree == null ? "empty" : describe(tree)));
    }
    for (Object field : spec.keySet()) {
      if (!FAULT_FIELDS.contains(field)) {
        throw new IllegalArgumentException("unknown field \"" + shortened(String.valueOf(field)) + "\"; a fault takes "
            + new TreeSet<>(FAULT_FIELDS));
      }
    }
    Object kindValue = spec.get("kind");
    if (!(kindValue instanceof String kind)) {
      throw new IllegalArgumentException("kind is required, a string: one of " + kinds()
          + (kindValue == null ? "" : ", but was " + describe(kindValue)));
    }
    Fault.Kind parsed = null;
    for (Fault.Kind k : Fault.Kind.values()) {
      if (k.name().toLowerCase(Locale.ROOT).equals(kind)) {
        parsed = k;
      }
    }
    if (parsed == null) {
      throw new IllegalArgumentException("unknown kind \"" + shortened(kind) + "\"; one of " + kinds());
    }
    boolean takesStatus = parsed == Fault.Kind.SERVER_ERROR || parsed == Fault.Kind.HTML_ERROR_PAGE;
    boolean takesMillis = parsed == Fault.Kind.RATE_LIMITED || parsed == Fault.Kind.DELAY;
    if (!takesStatus && spec.containsKey("status")) {
      throw new IllegalArgumentException("status applies to server_error and html_error_page, not to " + kind);
    }
    if (!takesMillis && spec.containsKey("millis")) {
      throw new IllegalArgumentException("millis applies to rate_limited and delay, not to " + kind);
    }
    int status = (int) integer(spec, "status", 100, 599, parsed == Fault.Kind.HTML_ERROR_PAGE ? 502 : 503);
    Duration duration = Duration.ofMillis(integer(spec, "millis", 0, MAX_MILLIS, parsed == Fault.Kind.DELAY ? -1 : 0));
    Fault fault = switch (parsed) {
      case SERVER_ERROR -> Fault.serverError(status);
      case RATE_LIMITED -> Fault.rateLimited(duration);
      case DELAY -> {
        if (duration.isNegative()) {
          throw new IllegalArgumentException("delay needs millis, a whole number from 1 to " + MAX_MILLIS);
        }
        yield Fault.delay(duration);
      }
      case RESET_MID_RESPONSE -> Fault.resetMidResponse();
      case TRUNCATED_JSON -> Fault.truncatedJson();
      case HTML_ERROR_PAGE -> Fault.htmlErrorPage(status);
      case BADGE_DEVICE_DISCONNECTED -> Fault.badgeDeviceDisconnected();
      case BADGE_UPDATE_FAILED -> Fault.badgeUpdateFailed();
    };
    Object handled = spec.get("handled");
    if (handled != null && !(handled instanceof Boolean)) {
      throw new IllegalArgumentException("handled must be true or false but was " + describe(handled));
    }
    if (handled != null && parsed.badgeOnly()) {
      throw new IllegalArgumentException("handled does not apply to " + kind);
    }
    if (handled != null) {
      fault = (Boolean) handled ? fault.afterHandling() : fault.beforeHandling();
    }
    int times = (int) integer(spec, "times", 1, simulator.faults().maxPending(), 1);
    Object operation = spec.get("operation");
    if (operation != null && !(operation instanceof String)) {
      throw new IllegalArgumentException("operation must be a string, an operation id such as sendPushNotification, but was "
          + describe(operation));
    }
    if (operation == null) {
      simulator.faults().times(times, fault);
    } else {
      simulator.faults().times(times, operationById((String) operation), fault);
    }
  }

  /** The most a delay or Retry-After may be, one hour: longer is no test anyone waits for. */
  private static final long MAX_MILLIS = 3_600_000;

  /** A whole number field within bounds, or the fallback when absent. */
  private static long integer(Map<?, ?> spec, String field, long min, long max, long absent) {
    if (!spec.containsKey(field)) {
      return absent;
    }
    Object value = spec.get(field);
    if (!(value instanceof BigDecimal n) || !Numbers.isIntegerIn(n, min, max)) {
      throw new IllegalArgumentException(field + " must be a whole number from " + min + " to " + max + " but was "
          + describe(value));
    }
    return n.longValueExact();
  }

  /** A value as the message shows it: JSON, cut short. */
  private static String describe(@Nullable Object value) {
    return value == null ? "null" : shortened(JsonTree.write(value));
  }

  private static String shortened(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  private static List<String> kinds() {
    List<String> out = new ArrayList<>();
    for (Fault.Kind k : Fault.Kind.values()) {
      out.add(k.name().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static Endpoint operationById(String id) {
    for (Endpoint op : Endpoint.values()) {
      if (op.operationId().equals(id) || op.name().equalsIgnoreCase(id)) {
        return op;
      }
    }
    List<String> ids = new ArrayList<>();
    for (Endpoint op : Endpoint.values()) {
      ids.add(op.operationId());
    }
    throw new IllegalArgumentException("unknown operation \"" + shortened(id) + "\"; one of " + ids);
  }

  private static MockResponse json(int status, Object tree) {
    return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json; charset=utf-8")
        .body(JsonTree.write(tree)).build();
  }

  private static MockResponse json(int status, Object tree, String header, String value) {
    return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json; charset=utf-8")
        .setHeader(header, value).body(JsonTree.write(tree)).build();
  }

  static Map<String, Object> lockScreen(LockScreen screen) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("at", screen.at().toString());
    List<Object> shown = new ArrayList<>();
    screen.liveActivities().forEach(a -> shown.add(activity(a)));
    out.put("live_activities", shown);
    List<Object> pushes = new ArrayList<>();
    for (DeliveredPush p : screen.pushes()) {
      Map<String, Object> push = new LinkedHashMap<>();
      push.put("delivered_at", p.deliveredAt().toString());
      push.put("request", p.request());
      push.put("channels", p.channels());
      push.put("devices", p.devices());
      pushes.add(push);
    }
    out.put("pushes", pushes);
    out.put("pushes_dropped", screen.pushesDropped());
    Map<String, Object> metrics = new LinkedHashMap<>();
    screen.metrics().forEach((k, m) -> metrics.put(k, Map.of("value", m.value(), "measured_at", m.measuredAt().toString())));
    out.put("metrics", metrics);
    out.put("badge", screen.badge().isPresent() ? screen.badge().getAsInt() : null);
    out.put("paused_streams", List.copyOf(screen.pausedStreams()));
    return out;
  }

  private static Map<String, Object> activity(LiveActivityCard a) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", a.id());
    out.put("stream_key", a.streamKey());
    out.put("type", a.type());
    out.put("status", a.status().name().toLowerCase(Locale.ROOT));
    out.put("content_state", a.contentState());
    out.put("action", a.action());
    out.put("secondary_action", a.secondaryAction());
    out.put("alert", a.alert());
    out.put("tags", a.tags());
    out.put("metadata", a.metadata());
    out.put("channels", a.channels());
    out.put("devices", a.devices());
    out.put("started_at", a.startedAt().toString());
    out.put("ended_at", a.endedAt() == null ? null : a.endedAt().toString());
    out.put("dismiss_at", a.dismissAt() == null ? null : a.dismissAt().toString());
    out.put("changes", a.changes());
    return out;
  }

  private static Map<String, Object> entry(JournalEntry e) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("sequence", e.sequence());
    out.put("received_at", e.receivedAt().toString());
    out.put("method", e.method());
    out.put("path", e.path());
    out.put("operation", e.operation() == null ? null : e.operation().operationId());
    out.put("headers", e.headers());
    out.put("request_body", e.requestBody());
    out.put("status", e.status());
    out.put("response_body", e.responseBody());
    out.put("fault", e.fault() == null ? null : e.fault().toString());
    out.put("delivered", e.delivered());
    return out;
  }
}
