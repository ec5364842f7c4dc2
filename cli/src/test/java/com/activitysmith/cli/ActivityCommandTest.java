package com.activitysmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.activitysmith.testing.Endpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivityCommandTest extends SimulatorTestBase {
  @TempDir
  Path dir;

  @Test
  void startSendsTheFieldFlagsAndPrintsTheId() {
    CliRun.Result r = run("--json", "activity", "start", "--title", "Deploy", "--subtitle", "Build",
        "--type", "segmented_progress", "--number-of-steps", "4", "--current-step", "1", "--color", "yellow",
        "--step-color", "green", "--icon-symbol", "hammer.fill", "--icon-color", "orange", "--badge-title", "prod",
        "--badge-color", "red", "--channels", "ops", "--tags", "deploy",
        "--action", "{\"title\":\"Open\",\"type\":\"open_url\",\"url\":\"https://ci.example.com/1\"}",
        "--secondary-action", "{\"title\":\"Stop\",\"type\":\"webhook\",\"url\":\"https://ci.example.com/stop\",\"method\":\"POST\"}");

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat((String) r.json().get("activity_id")).isNotBlank();
    assertThat(JsonText.write(onlyRequest(Endpoint.START))).isEqualTo("{\"content_state\":{\"title\":\"Deploy\","
        + "\"subtitle\":\"Build\",\"type\":\"segmented_progress\",\"number_of_steps\":4,\"current_step\":1,"
        + "\"icon\":{\"symbol\":\"hammer.fill\",\"color\":\"orange\"},\"badge\":{\"title\":\"prod\",\"color\":\"red\"},"
        + "\"color\":\"yellow\",\"step_color\":\"green\"},"
        + "\"action\":{\"title\":\"Open\",\"type\":\"open_url\",\"url\":\"https://ci.example.com/1\"},"
        + "\"secondary_action\":{\"title\":\"Stop\",\"type\":\"webhook\",\"url\":\"https://ci.example.com/stop\",\"method\":\"POST\"},"
        + "\"target\":{\"channels\":[\"ops\"]},\"tags\":[\"deploy\"]}");
  }

  @Test
  void camelCaseAndSnakeCaseContentStatesSendTheSameRequest() {
    String snake = "{\"title\":\"Deploy\",\"type\":\"segmented_progress\",\"number_of_steps\":4,\"current_step\":1,\"step_color\":\"blue\"}";
    String camel = "{\"title\":\"Deploy\",\"type\":\"segmented_progress\",\"numberOfSteps\":4,\"currentStep\":1,\"stepColor\":\"blue\"}";

    assertThat(run("activity", "start", "--content-state", snake).code()).isZero();
    assertThat(run("activity", "start", "--content-state", camel).code()).isZero();

    assertThat(journal(Endpoint.START)).hasSize(2).extracting(e -> e.requestBody())
        .containsOnly("{\"content_state\":{\"title\":\"Deploy\",\"type\":\"segmented_progress\",\"number_of_steps\":4,\"current_step\":1,\"step_color\":\"blue\"}}");
  }

  @Test
  void flagsOverrideTheContentStateDocument() throws Exception {
    Path file = Files.writeString(dir.resolve("state.json"),
        "{\"title\":\"Deploy\",\"type\":\"segmented_progress\",\"numberOfSteps\":4,\"currentStep\":1}");

    CliRun.Result r = run("activity", "start", "--content-state-file", file.toString(), "--current-step", "2");

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(map(onlyRequest(Endpoint.START).get("content_state")).get("current_step").toString()).isEqualTo("2");
  }

  @Test
  void contentStateFromStdin() {
    CliRun.Result r = cli().stdin("{\"title\":\"Queue\",\"type\":\"metrics\",\"metrics\":[{\"label\":\"depth\",\"value\":42}]}")
        .run("activity", "stream", "queue", "--content-state-file", "-");

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("Stream queue: started Live Activity ");
    assertThat(simulator.lockScreen().stream("queue")).isPresent();
  }

  @Test
  void updateAndEndAddressTheActivityById() {
    CliRun.Result started = run("--json", "activity", "start", "--title", "Deploy", "--type", "segmented_progress",
        "--number-of-steps", "3", "--current-step", "1");
    String id = (String) started.json().get("activity_id");

    CliRun.Result updated = run("--json", "activity", "update", "--activity-id", id, "--title", "Deploy", "--current-step", "2");
    CliRun.Result ended = run("activity", "end", "--activity-id", id, "--title", "Deploy", "--current-step", "3",
        "--color", "green", "--auto-dismiss-minutes", "0");

    assertThat(updated.code()).as(updated.toString()).isZero();
    assertThat(updated.json()).containsEntry("activity_id", id).containsKeys("devices_notified", "devices_queued");
    assertThat(ended.code()).as(ended.toString()).isZero();
    assertThat(ended.out()).startsWith("Ended Live Activity " + id);
    assertThat(JsonText.write(onlyRequest(Endpoint.END))).isEqualTo("{\"activity_id\":\"" + id + "\",\"content_state\":"
        + "{\"title\":\"Deploy\",\"current_step\":3,\"color\":\"green\",\"auto_dismiss_minutes\":0}}");
  }

  @Test
  void streamThenEndStreamWithAndWithoutAFinalState() {
    assertThat(run("activity", "stream", "backup", "--type", "progress", "--title", "Backup", "--percentage", "42",
        "--auto-dismiss-seconds", "30").code()).isZero();
    CliRun.Result ended = run("--json", "activity", "end-stream", "backup", "--title", "Backup", "--percentage", "100",
        "--color", "green", "--auto-dismiss-minutes", "1");
    assertThat(run("activity", "stream", "other", "--type", "timer", "--title", "T", "--counts-down=false").code()).isZero();
    CliRun.Result bare = run("activity", "end-stream", "other");

    assertThat(ended.code()).as(ended.toString()).isZero();
    assertThat(ended.json()).containsEntry("operation", "ended").containsEntry("stream_key", "backup");
    assertThat(bare.code()).as(bare.toString()).isZero();
    assertThat(journal(Endpoint.END_STREAM)).extracting(e -> e.requestBody())
        .containsExactly("{\"content_state\":{\"title\":\"Backup\",\"percentage\":100,\"color\":\"green\",\"auto_dismiss_minutes\":1}}", "");
    assertThat(journal(Endpoint.STREAM).get(1).requestBody()).contains("\"counts_down\":false");
  }

  @Test
  void clearTagsSendsAnEmptyList() {
    assertThat(run("activity", "stream", "k", "--type", "alert", "--title", "A", "--message", "m", "--clear-tags").code()).isZero();
    assertThat(onlyRequest(Endpoint.STREAM).get("tags")).isEqualTo(List.of());
  }

  @Test
  void tagsAndClearTagsTogetherAreAUsageError() {
    CliRun.Result r = run("activity", "stream", "k", "--title", "A", "--tags", "x", "--clear-tags");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(journal()).isEmpty();
  }

  @Test
  void aRuleBrokenByAFlagNamesTheFlag() {
    CliRun.Result r = run("--json", "activity", "start", "--title", "Deploy", "--type", "segmented_progress",
        "--number-of-steps", "4", "--current-step", "5");

    assertThat(r.code()).isEqualTo(ExitCodes.VALIDATION);
    assertThat(problems(r)).singleElement().satisfies(p -> assertThat(p)
        .containsEntry("flag", "--current-step").containsEntry("path", "content_state.current_step").containsEntry("rule", "StepRange"));
    assertThat(journal()).isEmpty();
  }

  @Test
  void aMissingRequiredFieldNamesTheFlagToAdd() {
    CliRun.Result r = run("--json", "activity", "start", "--title", "Deploy", "--type", "segmented_progress", "--current-step", "1");

    assertThat(r.code()).isEqualTo(ExitCodes.VALIDATION);
    assertThat(problems(r)).anySatisfy(p -> assertThat(p).containsEntry("flag", "--number-of-steps"));
    assertThat(journal()).isEmpty();
  }

  @Test
  void aProblemInsideTheDocumentNamesTheDocumentOption() {
    CliRun.Result r = run("--json", "activity", "start", "--content-state",
        "{\"title\":\"M\",\"type\":\"metrics\",\"metrics\":[{\"label\":\"cpu\",\"value\":-1}]}");

    assertThat(r.code()).isEqualTo(ExitCodes.VALIDATION);
    assertThat(problems(r)).anySatisfy(p -> assertThat(p).containsEntry("flag", "--content-state")
        .hasEntrySatisfying("path", path -> assertThat((String) path).startsWith("content_state.metrics[0]")));
    assertThat(journal()).isEmpty();
  }

  @Test
  void invalidInputOfEveryKindIsRejectedAndNothingIsSent() {
    String[][] cases = {
        {"activity", "start", "--title", "A", "--type", "sparkline"},
        {"activity", "start", "--title", "A", "--type", "progress", "--percentage", "101"},
        {"activity", "start", "--content-state", "{\"title\":\"A\",\"type\":\"alert\",\"message\":\"m\",\"colour\":\"red\"}"},
        {"activity", "start", "--content-state", "{\"title\":\"A\",\"type\":\"segmented_progress\",\"currentStep\":\"two\",\"number_of_steps\":3}"},
        {"activity", "start", "--content-state", "{\"title\":\"A\",\"current_step\":1,\"currentStep\":2}"},
        {"activity", "start", "--content-state", "{\"title\":\"A\",\"title\":\"B\"}"},
        {"activity", "start", "--content-state", "[1, 2]"},
        {"activity", "start", "--content-state", "{\"title\":"},
        {"activity", "start", "--title", "A", "--type", "metrics", "--metrics", "{\"label\":\"x\"}"},
        {"activity", "start", "--title", "A", "--type", "alert", "--message", "m", "--icon-color", "pink"},
        {"activity", "start", "--title", "A", "--type", "alert", "--message", "m", "--action", "{\"title\":\"x\",\"type\":\"call\",\"url\":\"https://a.example\"}"},
        {"activity", "stream", "bad key!", "--title", "A", "--type", "alert", "--message", "m"},
        {"activity", "stream", "k", "--title", "A", "--type", "timer", "--duration-seconds", "-5"},
        {"activity", "end-stream", "k", "--auto-dismiss-seconds", "-1"},
        {"activity", "update", "--activity-id", "x", "--current-step", "1"},
        {"activity", "start", "--title", "A", "--type", "progress", "--value", "3"},
    };
    for (String[] args : cases) {
      CliRun.Result r = run(prepend("--json", args));
      assertThat(r.code()).as(String.join(" ", args) + "\n" + r).isEqualTo(ExitCodes.VALIDATION);
      assertThat(r.error()).containsEntry("type", "validation_error");
    }
    assertThat(journal()).isEmpty();
  }

  @Test
  void badlyTypedFlagValuesAreUsageErrors() {
    CliRun.Result r = run("activity", "start", "--title", "A", "--current-step", "two");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--current-step");
    assertThat(run("activity", "start", "--title", "A", "--content-state", "{}", "--content-state-file", "x.json").code())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(journal()).isEmpty();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> problems(CliRun.Result r) {
    return (List<Map<String, Object>>) r.error().get("problems");
  }

  static String[] prepend(String first, String[] rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
