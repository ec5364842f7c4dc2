package com.activitysmith.it.sim;

import static com.activitysmith.dsl.Dsl.liveActivity;
import static com.activitysmith.dsl.Dsl.liveActivityEnd;
import static com.activitysmith.dsl.Dsl.liveActivityStream;
import static com.activitysmith.dsl.Dsl.liveActivityStreamEnd;
import static com.activitysmith.dsl.Dsl.liveActivityUpdate;
import static com.activitysmith.dsl.Dsl.metadata;
import static com.activitysmith.dsl.Dsl.push;
import static org.assertj.core.api.Assertions.assertThat;

import com.activitysmith.ActivitySmith;
import com.activitysmith.LiveActivity;
import com.activitysmith.generated.model.PushInterruptionLevel;
import com.activitysmith.testing.LiveActivityCard;
import com.activitysmith.testing.Simulator;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Today's fields through the real client, the DSL and the simulator, in today's mode and in the
 * older deployment's: metadata and tags on every phase (kept, replaced, cleared), push icon and
 * interruption level, and the {@code value} type from start to stream end, as the lock screen
 * shows them.
 */
class TodaysFieldsEndToEndTest {
  private static Simulator simulator(boolean legacy) {
    return TodayAndLegacyEndToEndTest.simulator(legacy, Simulator.builder());
  }

  private static ActivitySmith client(Simulator simulator) {
    return TodayAndLegacyEndToEndTest.client(simulator);
  }

  @ParameterizedTest(name = "legacy={0}")
  @ValueSource(booleans = {false, true})
  void pushCarriesIconInterruptionLevelTagsAndMetadata(boolean legacy) {
    try (Simulator simulator = simulator(legacy); ActivitySmith client = client(simulator)) {
      client.notifications().send(push("Disk full").icon("https://cdn.example.com/db.png")
          .interruptionLevel(PushInterruptionLevel.TIME_SENSITIVE).tags("ops", "db")
          .metadata(metadata("host", "db-1").and("pct", 95).and("paged", true)));

      var delivered = simulator.lockScreen().lastPush().orElseThrow();
      assertThat(delivered.interruptionLevel()).isEqualTo("time-sensitive");
      assertThat(delivered.request()).containsEntry("icon", "https://cdn.example.com/db.png");
      assertThat(delivered.tags()).containsExactly("ops", "db");
      assertThat(delivered.metadata()).containsOnlyKeys("host", "pct", "paged")
          .containsEntry("host", "db-1").containsEntry("paged", true);
      assertThat(new BigDecimal(delivered.metadata().get("pct").toString())).isEqualByComparingTo("95");
    }
  }

  @ParameterizedTest(name = "legacy={0}")
  @ValueSource(booleans = {false, true})
  void tagsAndMetadataAreKeptReplacedAndClearedAcrossTheLifecycle(boolean legacy) {
    try (Simulator simulator = simulator(legacy); ActivitySmith client = client(simulator)) {
      LiveActivity activity = client.liveActivities().start(liveActivity("Queue").value(42).subtitle("jobs")
          .tags("ci").metadata(metadata("build", 812)));
      assertThat(card(simulator, activity).type()).isEqualTo("value");
      assertThat(card(simulator, activity).tags()).containsExactly("ci");

      // Left out: kept.
      activity.update(liveActivityUpdate("Queue").value("many"));
      assertThat(card(simulator, activity).tags()).containsExactly("ci");
      assertThat(card(simulator, activity).metadata()).containsOnlyKeys("build");
      assertThat(card(simulator, activity).text("value")).contains("many");

      // Given: replaced; cleared with empty values.
      activity.update(liveActivityUpdate("Queue").value(7).tags("ci", "nightly").clearMetadata());
      assertThat(card(simulator, activity).tags()).containsExactly("ci", "nightly");
      assertThat(card(simulator, activity).metadata()).isEmpty();

      activity.end(liveActivityEnd("Queue").value(0).clearTags().metadata(metadata("result", "ok")));
      LiveActivityCard ended = card(simulator, activity);
      assertThat(ended.status()).isEqualTo(LiveActivityCard.Status.ENDED);
      assertThat(ended.tags()).isEmpty();
      assertThat(ended.metadata()).isEqualTo(Map.of("result", "ok"));
      assertThat(ended.number("value")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0"));
    }
  }

  @ParameterizedTest(name = "legacy={0}")
  @ValueSource(booleans = {false, true})
  void aValueStreamFromFirstPutToDelete(boolean legacy) {
    try (Simulator simulator = simulator(legacy); ActivitySmith client = client(simulator)) {
      client.liveActivities().stream("queue-depth", liveActivityStream("Queue").value(3).tags("nightly")
          .metadata(metadata("run", 1)));
      client.liveActivities().stream("queue-depth", liveActivityStream("Queue").value(9));
      LiveActivityCard live = simulator.lockScreen().stream("queue-depth").orElseThrow();
      assertThat(live.type()).isEqualTo("value");
      assertThat(live.number("value")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("9"));
      assertThat(live.tags()).containsExactly("nightly");

      client.liveActivities().endStream("queue-depth", liveActivityStreamEnd("Queue").value("drained")
          .tags("nightly", "done").metadata(metadata("run", 1).and("ok", true)));
      LiveActivityCard ended = simulator.lockScreen().allLiveActivities().stream()
          .filter(c -> "queue-depth".equals(c.streamKey())).reduce((a, b) -> b).orElseThrow();
      assertThat(ended.status()).isEqualTo(LiveActivityCard.Status.ENDED);
      assertThat(ended.text("value")).contains("drained");
      assertThat(ended.tags()).containsExactly("nightly", "done");
      assertThat(ended.metadata()).containsEntry("ok", true);
    }
  }

  private static LiveActivityCard card(Simulator simulator, LiveActivity activity) {
    return simulator.lockScreen().liveActivity(activity.activityId()).orElseThrow();
  }
}
