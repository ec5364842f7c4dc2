package com.activitysmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.activitysmith.testing.Endpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PushCommandTest extends SimulatorTestBase {
  @TempDir
  Path dir;

  @Test
  void sendsEveryFlagAsTheRequestField() {
    CliRun.Result r = run("push", "--title", "Build Failed 🚨", "--message", "CI failed on main", "--subtitle", "main",
        "--redirection", "https://github.com/org/repo/actions/runs/1", "--channels", "ops", "--tags", "ci,env:prod",
        "--actions", "[{\"title\":\"Open run\",\"type\":\"open_url\",\"url\":\"https://ci.example.com/runs/42\"}]");

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("Push sent to 2 devices on ops.\n");
    assertThat(JsonText.write(onlyRequest(Endpoint.PUSH))).isEqualTo("{\"title\":\"Build Failed 🚨\","
        + "\"message\":\"CI failed on main\",\"subtitle\":\"main\",\"redirection\":\"https://github.com/org/repo/actions/runs/1\","
        + "\"actions\":[{\"title\":\"Open run\",\"type\":\"open_url\",\"url\":\"https://ci.example.com/runs/42\"}],"
        + "\"target\":{\"channels\":[\"ops\"]},\"tags\":[\"ci\",\"env:prod\"]}");
  }

  @Test
  void jsonPrintsTheResultOnStdout() {
    CliRun.Result r = run("--json", "push", "--title", "Hello", "--tags", "a");

    assertThat(r.code()).as(r.toString()).isZero();
    Map<String, Object> json = r.json();
    assertThat(json).containsKeys("devices_notified", "users_notified", "effective_channel_slugs", "tags", "timestamp");
    assertThat(((Number) json.get("devices_notified")).intValue()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
  }

  @Test
  void readsActionsFromAFileAndFromStdin() throws Exception {
    String actions = "[{\"title\":\"Ack\",\"type\":\"webhook\",\"url\":\"https://hooks.example.com/ack\",\"method\":\"POST\",\"body\":{\"id\":7}}]";
    Path file = Files.writeString(dir.resolve("actions.json"), actions);

    assertThat(run("push", "--title", "A", "--actions-file", file.toString()).code()).isZero();
    assertThat(cli().stdin(actions).run("push", "--title", "B", "--actions-file", "-").code()).isZero();

    assertThat(journal(Endpoint.PUSH)).hasSize(2)
        .allSatisfy(e -> assertThat(e.requestBody()).contains("\"method\":\"POST\"", "\"body\":{\"id\":7}"));
  }

  @Test
  void mediaWithActionsIsRejectedBeforeSending() {
    CliRun.Result r = run("--json", "push", "--title", "A", "--media", "https://cdn.example.com/a.png",
        "--actions", "[{\"title\":\"Open\",\"type\":\"open_url\",\"url\":\"https://example.com\"}]");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.VALIDATION);
    assertThat(r.error()).containsEntry("type", "validation_error");
    assertThat(r.out()).contains("media and actions cannot be combined");
    assertThat(journal()).isEmpty();
  }

  @Test
  void malformedActionsJsonNamesTheFlag() {
    CliRun.Result r = run("--json", "push", "--title", "A", "--actions", "[{\"title\": ");

    assertThat(r.code()).isEqualTo(ExitCodes.VALIDATION);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> problems = (List<Map<String, Object>>) r.error().get("problems");
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p).containsEntry("flag", "--actions").containsEntry("path", "actions").containsEntry("rule", "json");
    });
    assertThat(journal()).isEmpty();
  }

  @Test
  void unknownFieldInsideActionsIsRejectedWithItsPath() {
    CliRun.Result r = run("push", "--title", "A", "--actions", "[{\"title\":\"x\",\"type\":\"open_url\",\"url\":\"https://a.example\",\"colour\":\"red\"}]");

    assertThat(r.code()).isEqualTo(ExitCodes.VALIDATION);
    assertThat(r.err()).contains("--actions (actions[0].colour): unknown field \"colour\" in actions[0]");
    assertThat(journal()).isEmpty();
  }

  @Test
  void aMissingTitleIsAUsageError() {
    CliRun.Result r = run("push", "--message", "no title");

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("Missing required option: '--title=TEXT'");
    assertThat(journal()).isEmpty();
  }

  @Test
  void anUnreadableFileIsAUsageError() {
    CliRun.Result r = run("--json", "push", "--title", "A", "--actions-file", dir.resolve("missing.json").toString());

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.error()).containsEntry("type", "usage_error");
    assertThat(journal()).isEmpty();
  }

  @Test
  void theSimulatorOptionNeedsNoKey() {
    CliRun.Result r = new CliRun().run("push", "--simulator", "--title", "Hello");

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("Push sent to 1 device.\n");
  }
}
