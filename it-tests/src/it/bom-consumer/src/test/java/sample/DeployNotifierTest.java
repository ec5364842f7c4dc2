package sample;

import static com.activitysmith.testing.SimulatorAssertions.assertThat;

import com.activitysmith.ActivitySmith;
import com.activitysmith.testing.ActivitySmithSimulator;
import com.activitysmith.testing.Endpoint;
import com.activitysmith.testing.Simulator;
import org.junit.jupiter.api.Test;

@ActivitySmithSimulator
class DeployNotifierTest {
  @Test
  void showsEveryStep(ActivitySmith client, Simulator simulator) {
    new DeployNotifier(client).deploy();

    assertThat(simulator).showsLiveActivity("Deploy").isEnded().atStep(4).ofSteps(4);
    assertThat(simulator).sentExactlyOnePush("Build failed");
    assertThat(simulator).journal().hasDelivered(Endpoint.UPDATE, 1).allSucceeded();
  }
}
