package com.activitysmith.bench;

import static com.activitysmith.dsl.Dsl.*;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import okio.Buffer;

/**
 * The benchmarked payloads: each built with the DSL (giving the generated request record the
 * client sends) and, as the baseline, the same JSON built by hand as nested maps and written with
 * a plain Moshi. {@link #check()} proves both sides give the same JSON.
 */
public enum Payloads {
  PUSH_3_ACTIONS("sendPushNotification",
      () -> push("Deploy waiting").message("Approve v2.4.0?")
          .actions(webhook("Approve", "https://ci.example.com/hooks/approve").post(Map.of("release", "v2.4.0")),
              openUrl("Open pipeline", "https://ci.example.com/pipelines/812"),
              shortcut("Log it", "Deploy Log"))
          .channels("releases").tags("deploy").toPushRequest(),
      () -> obj("title", "Deploy waiting", "message", "Approve v2.4.0?",
          "actions", List.of(
              obj("title", "Approve", "type", "webhook", "url", "https://ci.example.com/hooks/approve", "method", "POST",
                  "body", obj("release", "v2.4.0")),
              obj("title", "Open pipeline", "type", "open_url", "url", "https://ci.example.com/pipelines/812"),
              obj("title", "Log it", "type", "open_url", "url", "shortcuts://run-shortcut?name=Deploy%20Log")),
          "target", obj("channels", List.of("releases")), "tags", List.of("deploy"))),

  SEGMENTED_PROGRESS_START("startLiveActivity",
      () -> liveActivity("Deploy").segmented(4).step(1).color(YELLOW).toStartRequest(),
      () -> obj("content_state", obj("title", "Deploy", "type", "segmented_progress", "number_of_steps", 4,
          "current_step", 1, "color", "yellow"))),
  SEGMENTED_PROGRESS_UPDATE("updateLiveActivity",
      () -> liveActivityUpdate("Deploy").segmented().step(2).stepColors(GREEN, GREEN).toUpdateRequest(Payloads.ID),
      () -> obj("activity_id", Payloads.ID, "content_state", obj("title", "Deploy", "type", "segmented_progress",
          "current_step", 2, "step_colors", List.of("green", "green")))),
  SEGMENTED_PROGRESS_END("endLiveActivity",
      () -> liveActivityEnd("Deploy").segmented().step(4).color(GREEN).autoDismissMinutes(0).toEndRequest(Payloads.ID),
      () -> obj("activity_id", Payloads.ID, "content_state", obj("title", "Deploy", "type", "segmented_progress",
          "current_step", 4, "color", "green", "auto_dismiss_minutes", 0))),
  SEGMENTED_PROGRESS_STREAM("reconcileLiveActivityStream",
      () -> liveActivityStream("Deploy").segmented(4).step(2).channels("ops").toStreamRequest(),
      () -> obj("content_state", obj("title", "Deploy", "type", "segmented_progress", "number_of_steps", 4,
          "current_step", 2), "target", obj("channels", List.of("ops")))),

  PROGRESS_START("startLiveActivity",
      () -> liveActivity("Nightly backup").progress(21, 50).subtitle("db-eu-1").toStartRequest(),
      () -> obj("content_state", obj("title", "Nightly backup", "subtitle", "db-eu-1", "type", "progress",
          "value", 21, "upper_limit", 50))),
  PROGRESS_UPDATE("updateLiveActivity",
      () -> liveActivityUpdate("Nightly backup").progress(42).toUpdateRequest(Payloads.ID),
      () -> obj("activity_id", Payloads.ID, "content_state", obj("title", "Nightly backup", "type", "progress", "percentage", 42))),
  PROGRESS_END("endLiveActivity",
      () -> liveActivityEnd("Nightly backup").progress(100).color(GREEN).toEndRequest(Payloads.ID),
      () -> obj("activity_id", Payloads.ID, "content_state", obj("title", "Nightly backup", "type", "progress", "percentage", 100,
          "color", "green"))),
  PROGRESS_STREAM("reconcileLiveActivityStream",
      () -> liveActivityStream("Nightly backup").progress(42).toStreamRequest(),
      () -> obj("content_state", obj("title", "Nightly backup", "type", "progress", "percentage", 42))),

  METRICS_START("startLiveActivity",
      () -> liveActivity("api-eu-1").metrics(metric("CPU", 27.5).unit("%").color(RED), metric("Status", "healthy"))
          .icon(icon("server.rack").color(GREEN)).toStartRequest(),
      () -> obj("content_state", obj("title", "api-eu-1", "type", "metrics",
          "metrics", List.of(obj("label", "CPU", "value", 27.5, "unit", "%", "color", "red"),
              obj("label", "Status", "value", "healthy")),
          "icon", obj("symbol", "server.rack", "color", "green")))),
  METRICS_UPDATE("updateLiveActivity",
      () -> liveActivityUpdate("api-eu-1").metrics(metric("CPU", 31.5).unit("%"), metric("Status", "busy")).toUpdateRequest(Payloads.ID),
      () -> obj("activity_id", Payloads.ID, "content_state", obj("title", "api-eu-1", "type", "metrics",
          "metrics", List.of(obj("label", "CPU", "value", 31.5, "unit", "%"), obj("label", "Status", "value", "busy"))))),
  METRICS_END("endLiveActivity",
      () -> liveActivityEnd("api-eu-1").metrics(metric("CPU", 0), metric("Status", "stopped")).toEndRequest(Payloads.ID),
      () -> obj("activity_id", Payloads.ID, "content_state", obj("title", "api-eu-1", "type", "metrics",
          "metrics", List.of(obj("label", "CPU", "value", 0), obj("label", "Status", "value", "stopped"))))),
  METRICS_STREAM("reconcileLiveActivityStream",
      () -> liveActivityStream("api-eu-1").metrics(metric("CPU", 27.5).unit("%"), metric("Status", "healthy")).toStreamRequest(),
      () -> obj("content_state", obj("title", "api-eu-1", "type", "metrics",
          "metrics", List.of(obj("label", "CPU", "value", 27.5, "unit", "%"), obj("label", "Status", "value", "healthy"))))),

  STATS_START("startLiveActivity",
      () -> liveActivity("Queue").stats(metric("Jobs", 12), metric("Failed", 0).color(RED)).toStartRequest(),
      () -> obj("content_state", obj("title", "Queue", "type", "stats",
          "metrics", List.of(obj("label", "Jobs", "value", 12), obj("label", "Failed", "value", 0, "color", "red"))))),
  STATS_UPDATE("updateLiveActivity",
      () -> liveActivityUpdate("Queue").stats(metric("Jobs", 9), metric("Failed", 1).color(RED)).toUpdateRequest(Payloads.ID),
      () -> obj("activity_id", Payloads.ID, "content_state", obj("title", "Queue", "type", "stats",
          "metrics", List.of(obj("label", "Jobs", "value", 9), obj("label", "Failed", "value", 1, "color", "red"))))),
  STATS_END("endLiveActivity",
      () -> liveActivityEnd("Queue").stats(metric("Jobs", 0), metric("Failed", 1)).toEndRequest(Payloads.ID),
      () -> obj("activity_id", Payloads.ID, "content_state", obj("title", "Queue", "type", "stats",
          "metrics", List.of(obj("label", "Jobs", "value", 0), obj("label", "Failed", "value", 1))))),
  STATS_STREAM("reconcileLiveActivityStream",
      () -> liveActivityStream("Queue").stats(metric("Jobs", 12), metric("Failed", 0)).toStreamRequest(),
      () -> obj("content_state", obj("title", "Queue", "type", "stats",
          "metrics", List.of(obj("label", "Jobs", "value", 12), obj("label", "Failed", "value", 0))))),

  ALERT_START("startLiveActivity",
      () -> liveActivity("Approval needed").alert("Ship v2.4.0 to production?").color(CYAN)
          .badge(badge("PROD").color(RED)).action(webhook("Ship", "https://ci.example.com/hooks/ship"))
          .secondaryAction(webhook("Hold", "https://ci.example.com/hooks/hold").get())
          .alertBanner("Approval needed", "v2.4.0 is waiting for you").tags("release").toStartRequest(),
      () -> obj("content_state", obj("title", "Approval needed", "type", "alert", "message", "Ship v2.4.0 to production?",
              "color", "cyan", "badge", obj("title", "PROD", "color", "red")),
          "action", obj("title", "Ship", "type", "webhook", "url", "https://ci.example.com/hooks/ship"),
          "secondary_action", obj("title", "Hold", "type", "webhook", "url", "https://ci.example.com/hooks/hold", "method", "GET"),
          "alert", obj("title", "Approval needed", "body", "v2.4.0 is waiting for you"),
          "tags", List.of("release"))),
  ALERT_UPDATE("updateLiveActivity",
      () -> liveActivityUpdate("Approval needed").alert("Still waiting: v2.4.0").toUpdateRequest(Payloads.ID),
      () -> obj("activity_id", Payloads.ID, "content_state", obj("title", "Approval needed", "type", "alert",
          "message", "Still waiting: v2.4.0"))),
  ALERT_END("endLiveActivity",
      () -> liveActivityEnd("Approval needed").alert("Shipped").color(GREEN).toEndRequest(Payloads.ID),
      () -> obj("activity_id", Payloads.ID, "content_state", obj("title", "Approval needed", "type", "alert", "message", "Shipped",
          "color", "green"))),
  ALERT_STREAM("reconcileLiveActivityStream",
      () -> liveActivityStream("Approval needed").alert("Ship v2.4.0 to production?").toStreamRequest(),
      () -> obj("content_state", obj("title", "Approval needed", "type", "alert", "message", "Ship v2.4.0 to production?"))),

  TIMER_START("startLiveActivity",
      () -> liveActivity("Benchmark").timer(Duration.ofMinutes(5)).color(CYAN).toStartRequest(),
      () -> obj("content_state", obj("title", "Benchmark", "type", "timer", "duration_seconds", 300, "color", "cyan"))),
  TIMER_UPDATE("updateLiveActivity",
      () -> liveActivityUpdate("Benchmark").timer().running(false).toUpdateRequest(Payloads.ID),
      () -> obj("activity_id", Payloads.ID, "content_state", obj("title", "Benchmark", "type", "timer", "is_running", false))),
  TIMER_END("endLiveActivity",
      () -> liveActivityEnd("Benchmark").timer().running(false).toEndRequest(Payloads.ID),
      () -> obj("activity_id", Payloads.ID, "content_state", obj("title", "Benchmark", "type", "timer", "is_running", false))),
  TIMER_STREAM("reconcileLiveActivityStream",
      () -> liveActivityStream("Benchmark").timer(Duration.ofMinutes(5)).toStreamRequest(),
      () -> obj("content_state", obj("title", "Benchmark", "type", "timer", "duration_seconds", 300))),

  STREAM_8_METRICS("reconcileLiveActivityStream",
      () -> liveActivityStream("Fleet").metrics(metric("CPU", 27.5).unit("%").color(RED), metric("Memory", 61.2).unit("%"),
          metric("Disk", 48).unit("%"), metric("Load", 1.25), metric("Requests", 1840).unit("/s"),
          metric("Errors", 3).color(RED), metric("p99", 182).unit("ms"), metric("Status", "healthy")).toStreamRequest(),
      () -> obj("content_state", obj("title", "Fleet", "type", "metrics", "metrics", List.of(
          obj("label", "CPU", "value", 27.5, "unit", "%", "color", "red"), obj("label", "Memory", "value", 61.2, "unit", "%"),
          obj("label", "Disk", "value", 48, "unit", "%"), obj("label", "Load", "value", 1.25),
          obj("label", "Requests", "value", 1840, "unit", "/s"), obj("label", "Errors", "value", 3, "color", "red"),
          obj("label", "p99", "value", 182, "unit", "ms"), obj("label", "Status", "value", "healthy")))));

  /** The activity id every update and end names. */
  static final String ID = "la_8f3c2a1b";

  private static final Moshi PLAIN_MOSHI = new Moshi.Builder().build();
  private static final JsonAdapter<Map<String, Object>> MAP_ADAPTER =
      PLAIN_MOSHI.adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  private final String operationId;
  private final Supplier<Object> sdk;
  private final Supplier<Map<String, Object>> baseline;

  Payloads(String operationId, Supplier<Object> sdk, Supplier<Map<String, Object>> baseline) {
    this.operationId = operationId;
    this.sdk = sdk;
    this.baseline = baseline;
  }

  /** The spec's operation id the payload is sent with. */
  public String operationId() {
    return operationId;
  }

  /** DSL build + validate + serialize: what the client does before sending. */
  public byte[] sdk() {
    Object request = sdk.get();
    SdkPath.validate(operationId, request);
    return SdkPath.serialize(request);
  }

  /** The same JSON built as a map and written with Moshi. */
  public byte[] baseline() {
    Buffer buffer = new Buffer();
    try {
      MAP_ADAPTER.toJson(buffer, baseline.get());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readByteArray();
  }

  /** Fails unless the SDK and the baseline give the same JSON (as trees; number spelling aside). */
  public void check() {
    String a = new String(sdk(), java.nio.charset.StandardCharsets.UTF_8);
    String b = new String(baseline(), java.nio.charset.StandardCharsets.UTF_8);
    try {
      Object ta = PLAIN_MOSHI.adapter(Object.class).fromJson(a);
      Object tb = PLAIN_MOSHI.adapter(Object.class).fromJson(b);
      if (!ta.equals(tb)) {
        throw new IllegalStateException(name() + ": the baseline's JSON differs from the SDK's\n  sdk:      " + a
            + "\n  baseline: " + b);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Object> obj(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /** Checks every payload and prints its JSON. */
  public static void main(String[] args) {
    for (Payloads p : values()) {
      System.out.println(p + " " + new String(p.sdk(), java.nio.charset.StandardCharsets.UTF_8));
    }
    for (Payloads p : values()) {
      p.check();
    }
    System.out.println(values().length + " payloads: SDK and baseline JSON agree");
  }
}
