package com.activitysmith.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** POST /live-activity/start, /update and /end. */
class LiveActivityLifecycleTest {
  private final TestClock clock = new TestClock();
  private final Simulator simulator = Simulator.builder().clock(clock).start();
  private final Http http = new Http(simulator);

  @AfterEach
  void close() {
    simulator.close();
  }

  private String startDeploy() {
    Http.Answer started = http.post("/live-activity/start", "{'content_state':{'title':'Deploy','subtitle':'api-gateway',"
        + "'type':'segmented_progress','number_of_steps':4,'current_step':1,'color':'yellow'},"
        + "'action':{'title':'Open','type':'open_url','url':'https://ci.example.com/812'}}");
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    return started.string("activity_id");
  }

  @Test
  void startHandsOutAnIdAndShowsTheActivity() {
    Http.Answer started = http.post("/live-activity/start",
        "{'content_state':{'title':'Deploy','type':'segmented_progress','number_of_steps':4,'current_step':1},'tags':['ci']}");

    assertThat(started.status()).isEqualTo(200);
    assertThat(started.json()).containsEntry("success", true).containsEntry("devices_notified", BigDecimal.ONE)
        .containsEntry("tags", List.of("ci"));
    String id = started.string("activity_id");
    assertThat(id).hasSize(32);
    LiveActivityCard shown = simulator.lockScreen().liveActivity(id).orElseThrow();
    assertThat(shown.title()).isEqualTo("Deploy");
    assertThat(shown.type()).isEqualTo("segmented_progress");
    assertThat(shown.number("current_step")).contains(BigDecimal.ONE);
    assertThat(shown.tags()).containsExactly("ci");
    assertThat(shown.isActive()).isTrue();
  }

  @Test
  void updateMergesIntoTheShownStateAndKeepsTheType() {
    String id = startDeploy();

    Http.Answer updated = http.post("/live-activity/update",
        "{'activity_id':'" + id + "','content_state':{'title':'Deploy','current_step':3}}");

    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.json()).containsEntry("activity_id", id).containsEntry("devices_notified", BigDecimal.ONE)
        .containsEntry("devices_queued", BigDecimal.ZERO);
    LiveActivityCard shown = simulator.lockScreen().liveActivity(id).orElseThrow();
    assertThat(shown.number("current_step")).contains(new BigDecimal(3));
    assertThat(shown.number("number_of_steps")).contains(new BigDecimal(4));
    assertThat(shown.text("subtitle")).contains("api-gateway");
    assertThat(shown.type()).isEqualTo("segmented_progress");
    assertThat(shown.action()).containsEntry("title", "Open");
    assertThat(shown.changes()).isEqualTo(1);
  }

  @Test
  void updateIsValidatedAgainstTheActivitysKnownType() {
    String id = startDeploy();

    Http.Answer wrongField = http.post("/live-activity/update",
        "{'activity_id':'" + id + "','content_state':{'title':'Deploy','current_step':2,'percentage':50}}");
    Http.Answer missingStep = http.post("/live-activity/update",
        "{'activity_id':'" + id + "','content_state':{'title':'Deploy'}}");

    assertThat(wrongField.status()).isEqualTo(400);
    assertThat(wrongField.string("message")).contains("content_state.percentage");
    assertThat(missingStep.status()).isEqualTo(400);
    assertThat(missingStep.string("message")).contains("content_state.current_step");
  }

  @Test
  void startRejectsAStepAboveTheStepCountNamingTheField() {
    Http.Answer answer = http.post("/live-activity/start",
        "{'content_state':{'title':'Deploy','type':'segmented_progress','number_of_steps':4,'current_step':5}}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.string("error")).isEqualTo("Invalid request");
    assertThat(answer.string("message")).contains("content_state.current_step");
    assertThat(simulator.lockScreen().allLiveActivities()).isEmpty();
  }

  @Test
  void startRejectsAMissingType() {
    Http.Answer answer = http.post("/live-activity/start", "{'content_state':{'title':'Deploy'}}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.string("message")).contains("content_state.type");
  }

  @Test
  void endShowsTheFinalStateUntilItIsDismissed() {
    String id = startDeploy();

    Http.Answer ended = http.post("/live-activity/end",
        "{'activity_id':'" + id + "','content_state':{'title':'Deploy','current_step':4,'color':'green','auto_dismiss_minutes':5}}");

    assertThat(ended.status()).isEqualTo(200);
    assertThat(ended.json()).containsEntry("activity_id", id).containsEntry("devices_notified", BigDecimal.ONE);
    LiveActivityCard shown = simulator.lockScreen().liveActivities().get(0);
    assertThat(shown.status()).isEqualTo(LiveActivityCard.Status.ENDED);
    assertThat(shown.number("current_step")).contains(new BigDecimal(4));
    assertThat(shown.text("color")).contains("green");
    assertThat(simulator.lockScreen().activeLiveActivities()).isEmpty();

    clock.advance(Duration.ofMinutes(5));
    assertThat(simulator.lockScreen().liveActivities()).isEmpty();
    assertThat(simulator.lockScreen().allLiveActivities()).hasSize(1);
  }

  @Test
  void endWithoutADismissalUsesTheDefaultOfTwoMinutes() {
    String id = startDeploy();
    http.post("/live-activity/end", "{'activity_id':'" + id + "','content_state':{'title':'Deploy','current_step':4}}");

    clock.advance(Duration.ofSeconds(119));
    assertThat(simulator.lockScreen().liveActivities()).hasSize(1);
    clock.advance(Duration.ofSeconds(1));
    assertThat(simulator.lockScreen().liveActivities()).isEmpty();
  }

  @Test
  void endingTwiceSucceedsWithoutChangingTheFinalState() {
    String id = startDeploy();
    http.post("/live-activity/end", "{'activity_id':'" + id + "','content_state':{'title':'Done','current_step':4}}");

    Http.Answer again = http.post("/live-activity/end",
        "{'activity_id':'" + id + "','content_state':{'title':'Other','current_step':2}}");

    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json()).containsEntry("devices_notified", BigDecimal.ZERO);
    assertThat(simulator.lockScreen().liveActivity(id).orElseThrow().title()).isEqualTo("Done");
    assertThat(simulator.journal().deliveredCount(Endpoint.END)).isEqualTo(1);
  }

  @Test
  void updatingAnEndedActivityIsForbidden() {
    String id = startDeploy();
    http.post("/live-activity/end", "{'activity_id':'" + id + "','content_state':{'title':'Deploy','current_step':4}}");

    Http.Answer answer = http.post("/live-activity/update",
        "{'activity_id':'" + id + "','content_state':{'title':'Deploy','type':'segmented_progress','current_step':2}}");

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.string("message")).contains("ended");
  }

  @Test
  void unknownIdsAreForbiddenAsTheServiceAnswers() {
    Http.Answer update = http.post("/live-activity/update",
        "{'activity_id':'nope','content_state':{'title':'x','type':'alert','message':'m'}}");
    Http.Answer end = http.post("/live-activity/end",
        "{'activity_id':'nope','content_state':{'title':'x','type':'alert','message':'m'}}");

    assertThat(update.status()).isEqualTo(403);
    assertThat(update.string("error")).isEqualTo("Forbidden");
    assertThat(end.status()).isEqualTo(403);
  }

  @Test
  void activitiesEndByThemselvesAfterTheirLifetime() {
    String id = startDeploy();

    clock.advance(Duration.ofHours(8));

    assertThat(simulator.lockScreen().liveActivity(id).orElseThrow().isActive()).isFalse();
    assertThat(http.post("/live-activity/update",
        "{'activity_id':'" + id + "','content_state':{'title':'Deploy','type':'segmented_progress','current_step':2}}")
        .status()).isEqualTo(403);
  }
}
