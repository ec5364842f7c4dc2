package com.activitysmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.activitysmith.testing.JournalEntry;
import com.activitysmith.testing.Endpoint;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WatchCommandTest extends SimulatorTestBase {
  @Test
  void aSucceedingCommandEndsGreenWithAPushAndExits0() {
    CliRun.Result r = run("watch", "--title", "Backup", "--", "sh", "-c", "echo done");

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("done\n");
    Map<String, Object> start = onlyRequest(Endpoint.STREAM);
    assertThat(map(start.get("content_state"))).containsEntry("type", "timer").containsEntry("counts_down", false)
        .containsEntry("title", "Backup");
    Map<String, Object> end = map(onlyRequest(Endpoint.END_STREAM).get("content_state"));
    assertThat(end).containsEntry("color", "green").containsEntry("is_running", false);
    assertThat((String) end.get("subtitle")).startsWith("exit 0 after ");
    assertThat(journal(Endpoint.STREAM).get(0).path()).endsWith("/watch-backup");
    Map<String, Object> push = onlyRequest(Endpoint.PUSH);
    assertThat(push).containsEntry("title", "✅ Backup succeeded");
    assertThat((String) push.get("message")).startsWith("exit 0 after ").endsWith(": sh -c echo done");
  }

  @Test
  void aFailingCommandEndsRedAndExitsWithItsCode() {
    CliRun.Result r = run("watch", "--stream-key", "job-7", "--", "sh", "-c", "echo oops >&2; exit 3");

    assertThat(r.code()).as(r.toString()).isEqualTo(3);
    assertThat(r.err()).startsWith("oops\n");
    assertThat(journal(Endpoint.END_STREAM).get(0).path()).endsWith("/job-7");
    assertThat(map(onlyRequest(Endpoint.END_STREAM).get("content_state"))).containsEntry("color", "red")
        .containsEntry("subtitle", subtitleOf(journal(Endpoint.END_STREAM).get(0)));
    assertThat((String) onlyRequest(Endpoint.PUSH).get("title")).startsWith("❌ ").endsWith(" failed");
    assertThat((String) onlyRequest(Endpoint.PUSH).get("message")).startsWith("exit 3 after ");
  }

  @Test
  void matchingLinesAdvanceTheStepsAndTheOutputPassesThroughByteForByte() {
    String script = "printf 'step one\\n'; printf 'noise \\342\\234\\223\\r\\n'; printf 'step two\\n'; printf 'step three'";

    CliRun.Result r = run("watch", "--title", "Deploy", "--steps", "3", "--step-pattern", "^step", "--update-interval", "0",
        "--no-push", "--", "sh", "-c", script);

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.outBytes()).isEqualTo("step one\nnoise ✓\r\nstep two\nstep three".getBytes(StandardCharsets.UTF_8));
    List<JournalEntry> puts = journal(Endpoint.STREAM);
    assertThat(map(map(puts.get(0).requestJson().orElseThrow()).get("content_state")))
        .containsEntry("type", "segmented_progress").containsEntry("title", "Deploy");
    assertThat(puts.size()).isBetween(1, 4); // the start, then 0 to 3 updates: the command may end before one is due
    Map<String, Object> end = map(onlyRequest(Endpoint.END_STREAM).get("content_state"));
    assertThat(end.get("current_step").toString()).isEqualTo("3");
    assertThat(end).containsEntry("color", "green");
    assertThat(journal(Endpoint.PUSH)).isEmpty();
  }

  @Test
  void updatesWithinTheIntervalAreCoalescedAndTheFinalStateIsAlwaysSent() {
    CliRun.Result r = run("watch", "--steps", "5", "--step-pattern", "step", "--update-interval", "3600", "--no-push",
        "--", "sh", "-c", "echo step; echo step; echo step; exit 1");

    assertThat(r.code()).isEqualTo(1);
    assertThat(journal(Endpoint.STREAM)).hasSize(1); // the start; the three steps waited for the interval
    Map<String, Object> end = map(onlyRequest(Endpoint.END_STREAM).get("content_state"));
    assertThat(end.get("current_step").toString()).isEqualTo("3");
    assertThat(end).containsEntry("color", "red");
  }

  @Test
  void aCommandKilledByASignalExits128PlusTheSignal() {
    CliRun.Result r = run("watch", "--no-push", "--", "sh", "-c", "kill -TERM $$");

    assertThat(r.code()).as(r.toString()).isEqualTo(128 + 15);
    assertThat(map(onlyRequest(Endpoint.END_STREAM).get("content_state"))).containsEntry("color", "red");
  }

  @Test
  void aCommandThatCannotStartExits127() {
    CliRun.Result r = run("watch", "--no-push", "--", "/nonexistent/command");

    assertThat(r.code()).isEqualTo(127);
    assertThat(r.err()).contains("cannot run /nonexistent/command");
  }

  @Test
  void badOptionsAreRejectedBeforeTheCommandRuns() {
    assertThat(run("watch", "--steps", "3", "--", "true").code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("watch", "--steps", "3", "--step-pattern", "([", "--", "true").code()).isEqualTo(ExitCodes.USAGE);
    CliRun.Result badKey = run("watch", "--stream-key", "no spaces", "--", "sh", "-c", "echo ran");
    assertThat(badKey.code()).isEqualTo(ExitCodes.VALIDATION);
    assertThat(badKey.out()).isEmpty();
    assertThat(journal()).isEmpty();
  }

  private static String subtitleOf(JournalEntry entry) {
    return (String) map(map(entry.requestJson().orElseThrow()).get("content_state")).get("subtitle");
  }
}
