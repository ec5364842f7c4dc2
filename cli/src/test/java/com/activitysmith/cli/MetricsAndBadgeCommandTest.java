package com.activitysmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.activitysmith.testing.Endpoint;
import org.junit.jupiter.api.Test;

class MetricsAndBadgeCommandTest extends SimulatorTestBase {
  @Test
  void aNumberIsSentAsANumberAndTextAsText() {
    CliRun.Result number = run("--json", "metrics", "update", "api.uptime", "99.95");
    CliRun.Result text = run("metric", "update", "deploy.status", "all green");

    assertThat(number.code()).as(number.toString()).isZero();
    assertThat(number.json()).containsEntry("key", "api.uptime").containsEntry("success", true);
    assertThat(text.code()).as(text.toString()).isZero();
    assertThat(text.out()).isEqualTo("Metric deploy.status set to all green.\n");
    assertThat(journal(Endpoint.METRIC)).extracting(e -> e.requestBody())
        .containsExactly("{\"value\":99.95}", "{\"value\":\"all green\"}");
  }

  @Test
  void anInvalidMetricKeyIsRejectedBeforeSending() {
    CliRun.Result r = run("--json", "metrics", "update", "API Uptime", "1");
    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.VALIDATION);
    assertThat(r.out()).contains("\"flag\":\"KEY\"");
    assertThat(journal()).isEmpty();
  }

  @Test
  void anUnknownMetricIsAnApiError() {
    CliRun.Result r = run("--json", "metrics", "update", "no.such.metric", "1");
    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.API_ERROR);
    assertThat(r.error()).containsEntry("type", "api_error").containsEntry("exception", "NotFoundException");
    assertThat(((Number) r.error().get("status")).intValue()).isEqualTo(404);
  }

  @Test
  void badgeAndItsAlias() {
    // With a channel: the simulator on main leaves effective_channel_slugs out of an untargeted badge answer,
    // which the runtime now rejects as a contract break (reported to the integrator).
    CliRun.Result three = run("--json", "badge", "3", "--channels", "ops");
    CliRun.Result zero = run("badge-count", "0", "--channels", "ops");

    assertThat(three.code()).as(three.toString()).isZero();
    assertThat(((Number) three.json().get("badge")).intValue()).isEqualTo(3);
    assertThat(zero.code()).as(zero.toString()).isZero();
    assertThat(zero.out()).isEqualTo("Badge set to 0 on 2 devices on ops.\n");
    assertThat(journal(Endpoint.BADGE)).extracting(e -> e.requestBody())
        .containsExactly("{\"badge\":3,\"target\":{\"channels\":[\"ops\"]}}", "{\"badge\":0,\"target\":{\"channels\":[\"ops\"]}}");
  }

  @Test
  void aNegativeBadgeIsRejectedBeforeSending() {
    CliRun.Result r = run("--json", "badge", "-1");
    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.VALIDATION);
    assertThat(journal()).isEmpty();
  }
}
