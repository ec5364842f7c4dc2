package com.activitysmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.activitysmith.testing.Operation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The flags for the service's newer fields: metadata, tags on every phase, push icon and interruption level, the value type. */
class TodaysFieldsTest extends SimulatorTestBase {
  @Test
  void anUnknownInterruptionLevelNamesTheFlagAndTheChoices() {
    CliRun.Result r = run("push", "--title", "A", "--interruption-level", "urgent");

    assertThat(r.code()).isEqualTo(ExitCodes.VALIDATION);
    assertThat(r.err()).contains("--interruption-level (interruption_level): must be one of passive, active, time-sensitive");
    assertThat(journal()).isEmpty();
  }

  @Test
  void metadataThatIsNotAnObjectIsRejected() {
    CliRun.Result r = run("push", "--title", "A", "--metadata", "[1]");
    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.VALIDATION);
    assertThat(r.err()).contains("--metadata");
    assertThat(journal()).isEmpty();
  }
}
