package com.activitysmith.dsl;

import static com.activitysmith.dsl.Dsl.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.activitysmith.generated.model.PushInterruptionLevel;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The exact JSON each of today's fields puts on the wire, phase by phase: push icon, interruption
 * level, metadata and tags; tags and metadata (set and cleared) on all five Live Activity
 * operations; the {@code value} type in every phase. Each request also passes the compiled rules
 * the client runs, so the DSL never builds what the client would refuse.
 */
class TodaysFieldsWireTest {
  private static final Metadata META = metadata("build", 812).and("branch", "main").and("canary", true)
      .and("load", new BigDecimal("0.75"));
  private static final String META_JSON = "{\"build\":812,\"branch\":\"main\",\"canary\":true,\"load\":0.75}";

  @Test
  void pushTakesIconInterruptionLevelMetadataAndTags() {
    var request = push("Disk full").icon("https://cdn.example.com/db.png")
        .interruptionLevel(PushInterruptionLevel.TIME_SENSITIVE).metadata(META).tags("ops", "db")
        .toPushRequest();

    assertThat(WireJson.of(request)).isEqualTo("{\"title\":\"Disk full\",\"icon\":\"https://cdn.example.com/db.png\","
        + "\"interruption_level\":\"time-sensitive\",\"tags\":[\"ops\",\"db\"],\"metadata\":" + META_JSON + "}");
    assertThat(WireJson.violations("sendPushNotification", request)).isEmpty();
  }

  @Test
  void pushClearsTagsAndMetadataWithEmptyValues() {
    var request = push("t").media("https://cdn.example.com/a.png").clearTags().clearMetadata().toPushRequest();

    assertThat(WireJson.of(request))
        .isEqualTo("{\"title\":\"t\",\"media\":\"https://cdn.example.com/a.png\",\"tags\":[],\"metadata\":{}}");
  }

  @Test
  void pushRefusesTheUnknownInterruptionLevel() {
    assertThatThrownBy(() -> push("t").interruptionLevel(PushInterruptionLevel.UNKNOWN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("passive, active or time-sensitive");
  }

  @Test
  void everyPhaseOfTheValueTypeWithTagsAndMetadata() {
    var start = liveActivity("Queue").value(42).subtitle("jobs").tags("ci").metadata(META).toStartRequest();
    assertThat(WireJson.of(start)).isEqualTo("{\"content_state\":{\"title\":\"Queue\",\"subtitle\":\"jobs\","
        + "\"type\":\"value\",\"value\":42},\"tags\":[\"ci\"],\"metadata\":" + META_JSON + "}");
    assertThat(WireJson.violations("startLiveActivity", start)).isEmpty();

    var update = liveActivityUpdate("Queue").value("many").clearTags().toUpdateRequest("act_1");
    assertThat(WireJson.of(update)).isEqualTo("{\"activity_id\":\"act_1\",\"content_state\":{\"title\":\"Queue\","
        + "\"type\":\"value\",\"value\":\"many\"},\"tags\":[]}");
    assertThat(WireJson.violations("updateLiveActivity", update)).isEmpty();

    var end = liveActivityEnd("Queue").value(0.5).clearMetadata().toEndRequest("act_1");
    assertThat(WireJson.of(end)).isEqualTo("{\"activity_id\":\"act_1\",\"content_state\":{\"title\":\"Queue\","
        + "\"type\":\"value\",\"value\":0.5},\"metadata\":{}}");
    assertThat(WireJson.violations("endLiveActivity", end)).isEmpty();

    var stream = liveActivityStream("Queue").value(7).tags("nightly").metadata(metadata("run", 3)).toStreamRequest();
    assertThat(WireJson.of(stream)).isEqualTo("{\"content_state\":{\"title\":\"Queue\",\"type\":\"value\",\"value\":7},"
        + "\"tags\":[\"nightly\"],\"metadata\":{\"run\":3}}");
    assertThat(WireJson.violations("reconcileLiveActivityStream", stream)).isEmpty();

    var streamEnd = liveActivityStreamEnd("Queue").value("done").tags("nightly", "ok").metadata(metadata("run", 3))
        .toStreamDeleteRequest();
    assertThat(WireJson.of(streamEnd)).isEqualTo("{\"content_state\":{\"title\":\"Queue\",\"type\":\"value\","
        + "\"value\":\"done\"},\"tags\":[\"nightly\",\"ok\"],\"metadata\":{\"run\":3}}");
    assertThat(WireJson.violations("endLiveActivityStream", streamEnd)).isEmpty();
  }

  @Test
  void tagsAndMetadataOnTheOtherTypesInEachPhase() {
    var start = liveActivity("Deploy").segmented(4).step(1).tags("deploy").toStartRequest();
    assertThat(WireJson.of(start)).endsWith("\"tags\":[\"deploy\"]}");

    var update = liveActivityUpdate("Deploy").progress(50).metadata(metadata("pct", 50)).toUpdateRequest("a");
    assertThat(WireJson.of(update)).endsWith("\"metadata\":{\"pct\":50}}");

    var end = liveActivityEnd("Deploy").alert("done").tags("deploy", "ok").clearMetadata().toEndRequest("a");
    assertThat(WireJson.of(end)).endsWith("\"tags\":[\"deploy\",\"ok\"],\"metadata\":{}}");
  }

  @Test
  void metadataLimitsAreTheClientsRules() {
    Metadata tooMany = metadata("k0", 0);
    for (int i = 1; i <= 50; i++) {
      tooMany = tooMany.and("k" + i, i);
    }
    var request = push("t").metadata(tooMany).toPushRequest();

    assertThat(WireJson.violations("sendPushNotification", request))
        .anySatisfy(v -> assertThat(v.path()).isEqualTo("metadata"));
  }
}
