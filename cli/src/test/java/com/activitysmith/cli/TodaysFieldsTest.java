package com.activitysmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.activitysmith.testing.Endpoint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The flags for the service's newer fields: metadata, tags on every phase, push icon and interruption level, the value type. */
class TodaysFieldsTest extends SimulatorTestBase {
  @Test
  void pushTakesIconInterruptionLevelAndMetadata() {
    CliRun.Result r = run("push", "--title", "Disk full", "--icon", "https://cdn.example.com/db.png",
        "--interruption-level", "time-sensitive", "--metadata", "{\"host\":\"db-1\",\"pct\":95,\"paged\":true}");

    assertThat(r.code()).as(r.toString()).isZero();
    Map<String, Object> push = onlyRequest(Endpoint.PUSH);
    assertThat(push).containsEntry("icon", "https://cdn.example.com/db.png").containsEntry("interruption_level", "time-sensitive");
    assertThat(JsonText.write(push.get("metadata"))).isEqualTo("{\"host\":\"db-1\",\"pct\":95,\"paged\":true}");
  }

  @Test
  void anUnknownInterruptionLevelNamesTheFlagAndTheChoices() {
    CliRun.Result r = run("push", "--title", "A", "--interruption-level", "urgent");

    assertThat(r.code()).isEqualTo(ExitCodes.VALIDATION);
    assertThat(r.err()).contains("--interruption-level (interruption_level): must be one of passive, active, time-sensitive");
    assertThat(journal()).isEmpty();
  }

  @Test
  void tagsAndMetadataOnEveryPhase() {
    String id = (String) run("--json", "activity", "start", "--title", "D", "--type", "alert", "--message", "m",
        "--tags", "a", "--metadata", "{\"run\":1}").json().get("activity_id");
    CliRun.Result updated = cli().stdin("{\"run\":2}").run("activity", "update", "--activity-id", id, "--title", "D",
        "--message", "n", "--tags", "b", "--metadata-file", "-");
    CliRun.Result ended = run("activity", "end", "--activity-id", id, "--title", "D", "--message", "done", "--clear-tags",
        "--metadata", "{}");
    assertThat(run("activity", "stream", "s", "--type", "alert", "--title", "S", "--message", "m", "--tags", "x").code()).isZero();
    CliRun.Result endStream = run("activity", "end-stream", "s", "--tags", "y", "--metadata", "{\"ok\":true}");

    assertThat(updated.code()).as(updated.toString()).isZero();
    assertThat(ended.code()).as(ended.toString()).isZero();
    assertThat(endStream.code()).as(endStream.toString()).isZero();
    assertThat(onlyRequest(Endpoint.UPDATE)).containsEntry("tags", List.of("b"));
    assertThat(JsonText.write(onlyRequest(Endpoint.UPDATE).get("metadata"))).isEqualTo("{\"run\":2}");
    assertThat(onlyRequest(Endpoint.END)).containsEntry("tags", List.of()).containsEntry("metadata", Map.of());
    assertThat(onlyRequest(Endpoint.END_STREAM)).containsEntry("tags", List.of("y"));
  }

  @Test
  void valueIsANumberOrATextKeptAsWritten() {
    assertThat(run("activity", "stream", "revenue", "--type", "value", "--title", "Revenue", "--value", "$48,210").code()).isZero();
    assertThat(run("activity", "stream", "users", "--type", "value", "--title", "Users", "--value", "1200").code()).isZero();

    assertThat(journal(Endpoint.STREAM)).extracting(e -> e.requestBody()).containsExactly(
        "{\"content_state\":{\"title\":\"Revenue\",\"type\":\"value\",\"value\":\"$48,210\"}}",
        "{\"content_state\":{\"title\":\"Users\",\"type\":\"value\",\"value\":1200}}");
  }

  @Test
  void metadataThatIsNotAnObjectIsRejected() {
    CliRun.Result r = run("push", "--title", "A", "--metadata", "[1]");
    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.VALIDATION);
    assertThat(r.err()).contains("--metadata");
    assertThat(journal()).isEmpty();
  }
}
