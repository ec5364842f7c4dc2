package com.activitysmith.testing;

import com.activitysmith.testing.internal.JsonTree;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    try {
      if (method.equals("GET") && route.equals("lock-screen")) {
        return json(200, lockScreen(simulator.lockScreen()));
      }
      if (method.equals("GET") && route.equals("journal")) {
        List<Object> entries = new ArrayList<>();
        simulator.journal().entries().forEach(e -> entries.add(entry(e)));
        return json(200, entries);
      }
      if (method.equals("POST") && path.size() == 3 && path.get(0).equals("streams")) {
        if (path.get(2).equals("pause")) {
          simulator.pauseStream(path.get(1));
          return json(200, Map.of("stream_key", path.get(1), "paused", true));
        }
        if (path.get(2).equals("resume")) {
          simulator.resumeStream(path.get(1));
          return json(200, Map.of("stream_key", path.get(1), "paused", false));
        }
      }
      if (method.equals("POST") && route.equals("faults")) {
        scheduleFault(request.getBody());
        return json(200, Map.of("pending", simulator.faults().pending()));
      }
      if (method.equals("DELETE") && route.equals("faults")) {
        simulator.faults().clear();
        return json(200, Map.of("pending", 0));
      }
      if (method.equals("POST") && route.equals("reset")) {
        simulator.reset();
        return json(200, Map.of("reset", true));
      }
    } catch (IllegalArgumentException | JsonTree.MalformedJsonException e) {
      return json(400, Map.of("error", "Invalid control request", "message", String.valueOf(e.getMessage())));
    }
    return json(404, Map.of("error", "Not found", "message", "No control route for " + method + " /_simulator/" + route));
  }

  private void scheduleFault(ByteString raw) throws JsonTree.MalformedJsonException {
    Object tree = JsonTree.parse(raw == null ? "" : raw.string(StandardCharsets.UTF_8));
    if (!(tree instanceof Map<?, ?> spec)) {
      throw new IllegalArgumentException("the body must be a JSON object with at least \"kind\"");
    }
    String kind = spec.get("kind") instanceof String k ? k : null;
    if (kind == null) {
      throw new IllegalArgumentException("kind is required: one of " + kinds());
    }
    int status = spec.get("status") instanceof BigDecimal s ? s.intValueExact() : 503;
    Duration duration = Duration.ofMillis(spec.get("millis") instanceof BigDecimal m ? m.longValueExact() : 0);
    Fault fault;
    try {
      fault = switch (Fault.Kind.valueOf(kind.toUpperCase(Locale.ROOT))) {
        case SERVER_ERROR -> Fault.serverError(status);
        case RATE_LIMITED -> Fault.rateLimited(duration);
        case DELAY -> Fault.delay(duration);
        case RESET_MID_RESPONSE -> Fault.resetMidResponse();
        case TRUNCATED_JSON -> Fault.truncatedJson();
        case HTML_ERROR_PAGE -> Fault.htmlErrorPage(spec.get("status") == null ? 502 : status);
      };
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("No enum constant")) {
        throw new IllegalArgumentException("unknown kind \"" + kind + "\"; one of " + kinds());
      }
      throw e;
    }
    if (spec.get("handled") instanceof Boolean handled) {
      fault = handled ? fault.afterHandling() : fault.beforeHandling();
    }
    int times = spec.get("times") instanceof BigDecimal t ? t.intValueExact() : 1;
    Object operation = spec.get("operation");
    if (operation == null) {
      for (int i = 0; i < times; i++) {
        simulator.faults().next(fault);
      }
    } else {
      simulator.faults().times(times, operationById(String.valueOf(operation)), fault);
    }
  }

  private static List<String> kinds() {
    List<String> out = new ArrayList<>();
    for (Fault.Kind k : Fault.Kind.values()) {
      out.add(k.name().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static Operation operationById(String id) {
    for (Operation op : Operation.values()) {
      if (op.operationId().equals(id) || op.name().equalsIgnoreCase(id)) {
        return op;
      }
    }
    throw new IllegalArgumentException("unknown operation \"" + id + "\"");
  }

  private static MockResponse json(int status, Object tree) {
    return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json; charset=utf-8")
        .body(JsonTree.write(tree)).build();
  }

  static Map<String, Object> lockScreen(LockScreen screen) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("at", screen.at().toString());
    List<Object> shown = new ArrayList<>();
    screen.liveActivities().forEach(a -> shown.add(activity(a)));
    out.put("live_activities", shown);
    List<Object> pushes = new ArrayList<>();
    for (Push p : screen.pushes()) {
      Map<String, Object> push = new LinkedHashMap<>();
      push.put("delivered_at", p.deliveredAt().toString());
      push.put("request", p.request());
      push.put("channels", p.channels());
      push.put("devices", p.devices());
      pushes.add(push);
    }
    out.put("pushes", pushes);
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
