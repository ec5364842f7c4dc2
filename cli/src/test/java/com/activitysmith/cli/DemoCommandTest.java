package com.activitysmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.activitysmith.testing.Endpoint;
import org.junit.jupiter.api.Test;

class DemoCommandTest extends SimulatorTestBase {
  @Test
  void withoutAKeyItPlaysTheDeployOnTheEmbeddedSimulator() {
    CliRun.Result r = new CliRun().run("demo");

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("embedded simulator", "1. push \"🚀 Deploy started\"",
        "2. activity start (segmented_progress, step 1/4)", "activity stream prod-health (metrics",
        "activity end (step 4/4, green)", "Lock screen:", "[ACTIVE] Deploy api v2.4.1 (segmented_progress) step 3/4",
        "CPU=38%", "✅ Deploy finished", "Done: 9 requests.");
    assertThat(journal()).isEmpty(); // the test's simulator saw nothing: the demo ran its own
  }

  @Test
  void jsonPrintsOneResultPerLine() {
    CliRun.Result r = new CliRun().run("--json", "demo");

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out().lines()).hasSize(9).allSatisfy(line -> assertThat(line).startsWith("{\"step\":"));
    assertThat(r.err()).contains("Lock screen:");
  }

  @Test
  void withAKeyButNoTerminalItRefusesAndSendsNothing() {
    CliRun.Result r = run("--json", "demo");

    assertThat(r.code()).isEqualTo(ExitCodes.NOT_CONFIRMED);
    assertThat(r.error()).containsEntry("type", "not_confirmed");
    assertThat(journal()).isEmpty();
  }

  @Test
  void withAKeyItAsksOnceAndANoSendsNothing() {
    CliRun.Result r = cli().interactive().stdin("n\n").run("demo");

    assertThat(r.code()).isEqualTo(ExitCodes.NOT_CONFIRMED);
    assertThat(r.err()).contains("Continue? [y/N]");
    assertThat(journal()).isEmpty();
  }

  @Test
  void withAKeyAndAYesItSendsToTheService() {
    CliRun.Result r = cli().interactive().stdin("y\n").run("demo", "--pause", "0");

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("against the real service").doesNotContain("Lock screen:");
    assertThat(journal(Endpoint.PUSH)).hasSize(2);
    assertThat(journal(Endpoint.START)).hasSize(1);
    assertThat(journal(Endpoint.UPDATE)).hasSize(2);
    assertThat(journal(Endpoint.END)).hasSize(1);
    assertThat(journal(Endpoint.STREAM)).hasSize(2);
    assertThat(journal(Endpoint.END_STREAM)).hasSize(1);
  }

  @Test
  void theYesFlagSkipsTheQuestion() {
    CliRun.Result r = cli().run("demo", "--yes", "--pause", "0");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(journal()).hasSize(9);
  }
}
