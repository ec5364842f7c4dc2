package com.activitysmith.dsl;

import static com.activitysmith.dsl.Dsl.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every example of the README's DSL section produces the wire JSON written out here by hand, which the spec accepts. */
class ReadmeExamplesTest {

  private static void sends(String operationId, Object record, String expectedJson) {
    assertThat(WireJson.of(record)).isEqualTo(expectedJson);
    assertThat(WireJson.violations(operationId, record)).isEmpty();
  }

  @Test
  void simplePush() {
    sends("sendPushNotification",
        push("Build failed 🚨").message("CI failed on main").redirection("https://ci.example.com/pipelines/812").toPushRequest(),
        "{\"title\":\"Build failed 🚨\",\"message\":\"CI failed on main\",\"redirection\":\"https://ci.example.com/pipelines/812\"}");
  }

  @Test
  void pushWithActionsChannelsAndTags() {
    sends("sendPushNotification",
        push("Deploy waiting").message("Approve v2.4.0?")
            .actions(webhook("Approve", "https://ci.example.com/hooks/approve").post(Map.of("release", "v2.4.0")),
                openUrl("Open pipeline", "https://ci.example.com/pipelines/812"),
                shortcut("Log it", "Deploy Log"))
            .channels("releases").tags("deploy").toPushRequest(),
        "{\"title\":\"Deploy waiting\",\"message\":\"Approve v2.4.0?\",\"actions\":["
            + "{\"title\":\"Approve\",\"type\":\"webhook\",\"url\":\"https://ci.example.com/hooks/approve\",\"method\":\"POST\",\"body\":{\"release\":\"v2.4.0\"}},"
            + "{\"title\":\"Open pipeline\",\"type\":\"open_url\",\"url\":\"https://ci.example.com/pipelines/812\"},"
            + "{\"title\":\"Log it\",\"type\":\"open_url\",\"url\":\"shortcuts://run-shortcut?name=Deploy%20Log\"}],"
            + "\"target\":{\"channels\":[\"releases\"]},\"tags\":[\"deploy\"]}");
  }

  @Test
  void segmentedStartFromTheDesignCard() {
    sends("startLiveActivity",
        liveActivity().segmented(4).step(1).color(YELLOW).title("Deploy").toStartRequest(),
        "{\"content_state\":{\"title\":\"Deploy\",\"type\":\"segmented_progress\",\"number_of_steps\":4,\"current_step\":1,\"color\":\"yellow\"}}");
  }

  @Test
  void segmentedUpdateNeedsOnlyTheStep() {
    sends("updateLiveActivity",
        liveActivityUpdate("Deploy").segmented().step(2).stepColors(GREEN, GREEN).toUpdateRequest("act_7Yp2QmV9"),
        "{\"activity_id\":\"act_7Yp2QmV9\",\"content_state\":{\"title\":\"Deploy\",\"type\":\"segmented_progress\","
            + "\"current_step\":2,\"step_colors\":[\"green\",\"green\"]}}");
  }

  @Test
  void segmentedEndWithAutoDismiss() {
    sends("endLiveActivity",
        liveActivityEnd("Deploy").segmented().step(4).color(GREEN).autoDismissMinutes(0).toEndRequest("act_7Yp2QmV9"),
        "{\"activity_id\":\"act_7Yp2QmV9\",\"content_state\":{\"title\":\"Deploy\",\"type\":\"segmented_progress\","
            + "\"current_step\":4,\"color\":\"green\",\"auto_dismiss_minutes\":0}}");
  }

  @Test
  void progressStreamAsValueOutOfLimitAndItsEnd() {
    sends("reconcileLiveActivityStream",
        liveActivityStream("Nightly backup").progress(21, 50).channels("ops").toStreamRequest(),
        "{\"content_state\":{\"title\":\"Nightly backup\",\"type\":\"progress\",\"value\":21,\"upper_limit\":50},"
            + "\"target\":{\"channels\":[\"ops\"]}}");
    sends("endLiveActivityStream",
        liveActivityStreamEnd("Nightly backup").progress(100).alertBanner("Backup finished", "50 GB in 41 minutes").toStreamDeleteRequest(),
        "{\"content_state\":{\"title\":\"Nightly backup\",\"type\":\"progress\",\"percentage\":100},"
            + "\"alert\":{\"title\":\"Backup finished\",\"body\":\"50 GB in 41 minutes\"}}");
  }

  @Test
  void metricsStart() {
    sends("startLiveActivity",
        liveActivity("api-eu-1").metrics(metric("CPU", 27.5).unit("%").color(RED), metric("Status", "healthy"))
            .icon(icon("server.rack").color(GREEN)).toStartRequest(),
        "{\"content_state\":{\"title\":\"api-eu-1\",\"type\":\"metrics\",\"metrics\":["
            + "{\"label\":\"CPU\",\"value\":27.5,\"unit\":\"%\",\"color\":\"red\"},{\"label\":\"Status\",\"value\":\"healthy\"}],"
            + "\"icon\":{\"symbol\":\"server.rack\",\"color\":\"green\"}}}");
  }

  @Test
  void statsUpdate() {
    sends("updateLiveActivity",
        liveActivityUpdate("Queue").stats(metric("Jobs", 12), metric("Failed", 0).color(RED)).toUpdateRequest("act_Qm83LsPa"),
        "{\"activity_id\":\"act_Qm83LsPa\",\"content_state\":{\"title\":\"Queue\",\"type\":\"stats\",\"metrics\":["
            + "{\"label\":\"Jobs\",\"value\":12},{\"label\":\"Failed\",\"value\":0,\"color\":\"red\"}]}}");
  }

  @Test
  void alertStartWithTwoButtonsAndABanner() {
    sends("startLiveActivity",
        liveActivity("Approval needed").alert("Ship v2.4.0 to production?").color(CYAN).badge(badge("PROD").color(RED))
            .action(webhook("Ship", "https://ci.example.com/hooks/ship"))
            .secondaryAction(webhook("Hold", "https://ci.example.com/hooks/hold").get())
            .alertBanner("Approval needed", "v2.4.0 is waiting for you").tags("release").toStartRequest(),
        "{\"content_state\":{\"title\":\"Approval needed\",\"type\":\"alert\",\"message\":\"Ship v2.4.0 to production?\","
            + "\"badge\":{\"title\":\"PROD\",\"color\":\"red\"},\"color\":\"cyan\"},"
            + "\"action\":{\"title\":\"Ship\",\"type\":\"webhook\",\"url\":\"https://ci.example.com/hooks/ship\"},"
            + "\"secondary_action\":{\"title\":\"Hold\",\"type\":\"webhook\",\"url\":\"https://ci.example.com/hooks/hold\",\"method\":\"GET\"},"
            + "\"alert\":{\"title\":\"Approval needed\",\"body\":\"v2.4.0 is waiting for you\"},\"tags\":[\"release\"]}");
  }

  @Test
  void timersCountingDownAndUp() {
    sends("startLiveActivity",
        liveActivity("Benchmark").timer(Duration.ofMinutes(5)).color(CYAN).toStartRequest(),
        "{\"content_state\":{\"title\":\"Benchmark\",\"type\":\"timer\",\"duration_seconds\":300,\"color\":\"cyan\"}}");
    sends("startLiveActivity",
        liveActivity("On call").countUp().toStartRequest(),
        "{\"content_state\":{\"title\":\"On call\",\"type\":\"timer\",\"counts_down\":false}}");
    sends("updateLiveActivity",
        liveActivityUpdate("Benchmark").timer().running(false).toUpdateRequest("act_1"),
        "{\"activity_id\":\"act_1\",\"content_state\":{\"title\":\"Benchmark\",\"type\":\"timer\",\"is_running\":false}}");
  }

  @Test
  void valueTypeWithTagsAndMetadata() {
    sends("startLiveActivity",
        liveActivity("Queue depth").value(1284).subtitle("jobs waiting").icon(icon("tray.full"))
            .tags("queue").metadata(metadata("region", "eu-1")).toStartRequest(),
        "{\"content_state\":{\"title\":\"Queue depth\",\"subtitle\":\"jobs waiting\",\"type\":\"value\",\"value\":1284,"
            + "\"icon\":{\"symbol\":\"tray.full\"}},\"tags\":[\"queue\"],\"metadata\":{\"region\":\"eu-1\"}}");
    sends("endLiveActivity",
        liveActivityEnd("Queue depth").value("drained").clearTags().clearMetadata().toEndRequest("act_1"),
        "{\"activity_id\":\"act_1\",\"content_state\":{\"title\":\"Queue depth\",\"type\":\"value\",\"value\":\"drained\"},"
            + "\"tags\":[],\"metadata\":{}}");
  }

  @Test
  void pushWithIconInterruptionLevelAndMetadata() {
    sends("sendPushNotification",
        push("Disk full").message("db-1 at 95%").icon("https://cdn.example.com/db.png")
            .interruptionLevel(com.activitysmith.generated.model.PushInterruptionLevel.TIME_SENSITIVE)
            .metadata(metadata("host", "db-1").and("pct", 95).and("paged", true)).toPushRequest(),
        "{\"title\":\"Disk full\",\"message\":\"db-1 at 95%\",\"icon\":\"https://cdn.example.com/db.png\","
            + "\"interruption_level\":\"time-sensitive\",\"metadata\":{\"host\":\"db-1\",\"pct\":95,\"paged\":true}}");
  }

  @Test
  void chainsAreImmutableValues() {
    var base = liveActivity("Deploy").segmented(4).step(1);
    var yellow = base.color(YELLOW);
    assertThat(base.toStartRequest().contentState().color()).isNull();
    assertThat(yellow).isEqualTo(liveActivity().segmented(4).step(1).color(YELLOW).title("Deploy"));
    assertThat(yellow).isNotEqualTo(base);
  }
}
