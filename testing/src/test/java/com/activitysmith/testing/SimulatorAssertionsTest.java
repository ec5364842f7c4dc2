package com.activitysmith.testing;

import static com.activitysmith.testing.SimulatorAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fluent assertions pass on what the simulator shows and fail with what it shows instead. */
class SimulatorAssertionsTest {
  private final Simulator simulator = Simulator.start();
  private final Http http = new Http(simulator);
  private String deployId;

  @BeforeEach
  void deploy() {
    deployId = http.post("/live-activity/start", "{'content_state':{'title':'Deploy','subtitle':'api',"
        + "'type':'segmented_progress','number_of_steps':4,'current_step':1},'tags':['ci']}").string("activity_id");
    http.post("/live-activity/update", "{'activity_id':'" + deployId + "','content_state':{'title':'Deploy','current_step':3}}");
    http.post("/push-notification", "{'title':'Deploy started'}");
    http.post("/push-notification", "{'title':'Tests green'}");
    http.post("/push-notification", "{'title':'Tests green'}");
    http.post("/metrics/cpu/value", "{'value':27.5}");
    http.post("/badge", "{'badge':2}");
  }

  @AfterEach
  void close() {
    simulator.close();
  }

  @Test
  void passWhenTheLockScreenShowsIt() {
    assertThat(simulator).showsLiveActivity("Deploy").isActive().hasType("segmented_progress").atStep(3).ofSteps(4)
        .hasSubtitle("api").hasTags("ci").hasChanges(1);
    assertThat(simulator).showsLiveActivities(1).doesNotShowLiveActivity("Backup");
    assertThat(simulator).liveActivity(deployId).hasField("current_step", 3.0);
    assertThat(simulator).sentExactlyOnePush("Deploy started").sentPushes("Tests green", 2).sentNoPush("Other")
        .sentPush("Tests green").sentPushCount(3);
    assertThat(simulator).hasMetric("cpu", 27.5).hasBadge(2);
    assertThat(simulator).journal().hasRequests(Endpoint.PUSH, 3).hasDelivered(Endpoint.START, 1).allSucceeded()
        .neverContains(simulator.apiKey());
  }

  @Test
  void failWithWhatTheLockScreenShowsInstead() {
    assertThatThrownBy(() -> assertThat(simulator).showsLiveActivity("Backup"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("titled <Backup>")
        .hasMessageContaining("[ACTIVE] Deploy (segmented_progress) step 3/4");
    assertThatThrownBy(() -> assertThat(simulator).showsLiveActivity("Deploy").atStep(4))
        .hasMessageContaining("current_step <4> but was <3>");
    assertThatThrownBy(() -> assertThat(simulator).showsLiveActivity("Deploy").isEnded())
        .hasMessageContaining("to have ended");
    assertThatThrownBy(() -> assertThat(simulator).showsLiveActivity("Deploy").atPercentage(50))
        .hasMessageContaining("has no percentage");
  }

  @Test
  void failWithThePushesThatWereDelivered() {
    assertThatThrownBy(() -> assertThat(simulator).sentExactlyOnePush("Tests green"))
        .hasMessageContaining("Expected 1 push(es) titled <Tests green>, but 2 were delivered")
        .hasMessageContaining("Deploy started");
    assertThatThrownBy(() -> assertThat(simulator).sentPush("Nope")).hasMessageContaining("<Nope>");
    assertThatThrownBy(() -> assertThat(simulator).hasBadge(3)).hasMessageContaining("<3> but was <2>");
    assertThatThrownBy(() -> assertThat(simulator).hasMetric("cpu", 28)).hasMessageContaining("but was <27.5>");
    assertThatThrownBy(() -> assertThat(simulator).hasMetric("memory", 1)).hasMessageContaining("never set");
  }

  @Test
  void failOnTheJournal() {
    http.post("/badge", "{'badge':-1}");

    assertThatThrownBy(() -> assertThat(simulator).journal().allSucceeded())
        .hasMessageContaining("POST /api/badge -> 400");
    assertThatThrownBy(() -> assertThat(simulator.journal()).hasRequests(Endpoint.PUSH, 1))
        .hasMessageContaining("Expected 1 PUSH request(s) but the simulator received 3");
    assertThatThrownBy(() -> assertThat(simulator).liveActivity("missing")).hasMessageContaining("<missing>");
    assertThatThrownBy(() -> assertThat(simulator).stream("none")).hasMessageContaining("stream <none>");
  }

  @Test
  void endedActivitiesStayAssertableUntilDismissed() {
    http.post("/live-activity/end", "{'activity_id':'" + deployId + "','content_state':{'title':'Deploy','current_step':4}}");

    assertThat(simulator).showsLiveActivity("Deploy").isEnded().atStep(4);
    assertThat(simulator.lockScreen().liveActivity(deployId).orElseThrow()).isEnded();
  }
}
