package com.activitysmith.examples;

import static com.activitysmith.testing.SimulatorAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.activitysmith.ActivitySmith;
import com.activitysmith.testing.ActivitySmithSimulator;
import com.activitysmith.testing.Endpoint;
import com.activitysmith.testing.Simulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's example program, run as a new user runs it: without an API key. */
class DeployExampleTest {
  @Test
  void withoutAKeyItRunsAgainstTheEmbeddedSimulatorAndPrintsEachStep() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    DeployExample.run(Map.of(), new PrintStream(bytes, true, StandardCharsets.UTF_8));

    String output = bytes.toString(StandardCharsets.UTF_8);
    assertThat(output).startsWith("No ACTIVITYSMITH_API_KEY set: talking to the embedded simulator at http://127.0.0.1:")
        .contains("== Push: deploy started", "response: PushResult[devicesNotified=1",
            "last push: Deploy started 🚀: api-gateway v2.4.0 is rolling out (1 push)",
            "== Live Activity: start at step 1 of 4", "[ACTIVE] Deploy (segmented_progress) step 1/4 - api-gateway v2.4.0",
            "[ACTIVE] Deploy (segmented_progress) step 2/4", "[ACTIVE] Deploy (segmented_progress) step 3/4",
            "== Live Activity: end at step 4 of 4", "[ENDED] Deploy (segmented_progress) step 4/4");
  }

  @Test
  @ActivitySmithSimulator
  void leavesTheLockScreenWithOnePushAndTheEndedDeploy(ActivitySmith client, Simulator simulator) {
    DeployExample.run(client, simulator, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    assertThat(simulator).sentExactlyOnePush("Deploy started 🚀");
    assertThat(simulator).showsLiveActivity("Deploy").isEnded().atStep(4).ofSteps(4).hasField("color", "green");
    assertThat(simulator).journal().hasDelivered(Endpoint.UPDATE, 2).hasDelivered(Endpoint.END, 1).allSucceeded();
  }
}
