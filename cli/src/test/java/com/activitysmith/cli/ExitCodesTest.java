package com.activitysmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.activitysmith.testing.Fault;
import com.activitysmith.testing.Endpoint;
import com.activitysmith.testing.Simulator;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of outcome has its own exit code, and the key comes from where the options say. */
class ExitCodesTest extends SimulatorTestBase {
  @TempDir
  Path dir;

  @Test
  void noKeyAnywhereIsAnAuthenticationError() {
    CliRun.Result r = new CliRun().env("ACTIVITYSMITH_BASE_URL", simulator.baseUrl()).run("--json", "push", "--title", "A");

    assertThat(r.code()).isEqualTo(ExitCodes.AUTH);
    assertThat(r.error()).containsEntry("type", "authentication_error");
    assertThat((String) r.error().get("message")).contains("ACTIVITYSMITH_API_KEY", "--api-key-file", "--simulator");
    assertThat(journal()).isEmpty();
  }

  @Test
  void aWrongKeyIs401AndExits4() {
    CliRun.Result r = new CliRun().env("ACTIVITYSMITH_API_KEY", "ask_wrong").run("--json", "--base-url", simulator.baseUrl(),
        "push", "--title", "A");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.AUTH);
    assertThat(((Number) r.error().get("status")).intValue()).isEqualTo(401);
    assertThat(r.out()).doesNotContain("ask_wrong");
  }

  @Test
  void aKeyScopedToOtherChannelsIs403AndExits4() {
    try (Simulator scoped = Simulator.builder().apiKey("ask_ops_only", "ops").channel("ops", 1).channel("web", 1).start()) {
      CliRun.Result r = new CliRun().env("ACTIVITYSMITH_API_KEY", "ask_ops_only").env("ACTIVITYSMITH_BASE_URL", scoped.baseUrl())
          .run("--json", "push", "--title", "A", "--channels", "web");

      assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.AUTH);
      assertThat(r.error()).containsEntry("type", "permission_error");
    }
  }

  @Test
  void theApiKeyOptionWorksAndWarnsOnStderr() {
    CliRun.Result r = new CliRun().run("--api-key", simulator.apiKey(), "--base-url", simulator.baseUrl(), "push", "--title", "A");

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).contains("warning: --api-key shows the key", "--api-key-file", "ACTIVITYSMITH_API_KEY");
    assertThat(r.out()).doesNotContain("warning");
  }

  @Test
  void theApiKeyFileIsRead() throws Exception {
    Path key = Files.writeString(dir.resolve("key"), simulator.apiKey() + "\n");

    CliRun.Result r = new CliRun().run("push", "--api-key-file", key.toString(), "--base-url", simulator.baseUrl(), "--title", "A");

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(journal(Endpoint.PUSH)).hasSize(1);
  }

  @Test
  void aRateLimitExits5() {
    simulator.faults().next(Endpoint.PUSH, Fault.rateLimited(Duration.ofMinutes(5)));

    CliRun.Result r = run("--json", "push", "--title", "A");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.RATE_LIMIT);
    assertThat(r.error()).containsEntry("type", "rate_limit_error");
    assertThat(((Number) r.error().get("retry_after_seconds")).intValue()).isEqualTo(300);
  }

  @Test
  void theLiveActivityLimitExits5() {
    for (int i = 0; i < 4; i++) {
      assertThat(run("activity", "start", "--title", "A" + i, "--type", "alert", "--message", "m").code()).isZero();
    }
    CliRun.Result r = run("--json", "activity", "start", "--title", "A5", "--type", "alert", "--message", "m");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.RATE_LIMIT);
    assertThat(r.error()).containsEntry("type", "live_activity_limit_error");
  }

  @Test
  void anotherApiErrorExits6() {
    simulator.faults().next(Endpoint.PUSH, Fault.serverError(500));

    CliRun.Result r = run("--json", "push", "--title", "A");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.API_ERROR);
    assertThat(((Number) r.error().get("status")).intValue()).isEqualTo(500);
  }

  @Test
  void noAnswerIsANetworkErrorExiting7() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    CliRun.Result r = new CliRun().env("ACTIVITYSMITH_API_KEY", "ask_x")
        .run("--json", "--base-url", "http://127.0.0.1:" + port + "/api", "badge", "1");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.NETWORK);
    assertThat(r.error()).containsEntry("type", "network_error");
  }

  @Test
  void usageErrorsExit2() {
    assertThat(run("nosuchcommand").code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("push", "--title", "A", "--no-such-flag").code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("push", "--title", "A", "--base-url", "ftp://example.com").code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("push", "--simulator", "--base-url", simulator.baseUrl(), "--title", "A").code()).isEqualTo(ExitCodes.USAGE);
    CliRun.Result json = run("--json", "push");
    assertThat(json.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(json.error()).containsEntry("type", "usage_error");
    assertThat(journal()).isEmpty();
  }

  @Test
  void globalOptionsWorkBeforeAndAfterTheCommand() {
    assertThat(run("--json", "push", "--title", "A").json()).containsKey("devices_notified");
    assertThat(run("push", "--title", "B", "--json").json()).containsKey("devices_notified");
  }
}
