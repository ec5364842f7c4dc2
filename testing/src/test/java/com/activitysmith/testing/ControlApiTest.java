package com.activitysmith.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The /_simulator/ endpoints other languages use to inspect and steer the simulator. */
class ControlApiTest {
  private final Simulator simulator = Simulator.start();
  private final Http http = new Http(simulator);

  @AfterEach
  void close() {
    simulator.close();
  }

  @Test
  void lockScreenShowsActivitiesPushesMetricsAndBadge() {
    http.post("/live-activity/start",
        "{'content_state':{'title':'Deploy','type':'segmented_progress','number_of_steps':4,'current_step':2}}");
    http.post("/push-notification", "{'title':'Hi'}");
    http.post("/metrics/cpu/value", "{'value':12.5}");
    http.post("/badge", "{'badge':3}");

    Http.Answer screen = http.get("/_simulator/lock-screen");

    assertThat(screen.status()).isEqualTo(200);
    assertThat(screen.at("live_activities.0.content_state.current_step")).isEqualTo(new BigDecimal(2));
    assertThat(screen.at("live_activities.0.status")).isEqualTo("active");
    assertThat(screen.at("pushes.0.request.title")).isEqualTo("Hi");
    assertThat(screen.at("metrics.cpu.value")).isEqualTo(new BigDecimal("12.5"));
    assertThat(screen.at("badge")).isEqualTo(new BigDecimal(3));
  }

  @Test
  void journalListsRequestsWithoutControlCalls() {
    http.post("/badge", "{'badge':1}");
    http.get("/_simulator/lock-screen");

    Http.Answer journal = http.get("/_simulator/journal");

    assertThat((List<?>) journal.tree()).hasSize(1);
    assertThat(journal.at("0.operation")).isEqualTo("updateAppIconBadgeCount");
    assertThat(journal.at("0.delivered")).isEqualTo(true);
  }

  @Test
  void streamsArePausedAndResumed() {
    http.put("/live-activity/stream/k", "{'content_state':{'title':'x','type':'alert','message':'m'}}");

    assertThat(http.postRoot("/_simulator/streams/k/pause", "{}").status()).isEqualTo(200);
    assertThat(http.put("/live-activity/stream/k", "{'content_state':{'title':'x','message':'n'}}").string("operation"))
        .isEqualTo("paused");
    http.postRoot("/_simulator/streams/k/resume", "{}");
    assertThat(http.put("/live-activity/stream/k", "{'content_state':{'title':'x','type':'alert','message':'n'}}")
        .string("operation")).isEqualTo("started");
  }

  @Test
  void faultsAreScheduledAndCleared() {
    Http.Answer scheduled = http.postRoot("/_simulator/faults",
        "{'kind':'server_error','status':502,'operation':'sendPushNotification','times':2}");

    assertThat(scheduled.json()).containsEntry("pending", new BigDecimal(2));
    assertThat(http.post("/badge", "{'badge':1}").status()).isEqualTo(200);
    assertThat(http.post("/push-notification", "{'title':'x'}").status()).isEqualTo(502);

    http.postRoot("/_simulator/faults", "{'kind':'rate_limited','millis':3000}");
    assertThat(simulator.faults().pending()).isEqualTo(2);
    assertThat(http.deleteRoot("/_simulator/faults").status()).isEqualTo(200);
    assertThat(simulator.faults().pending()).isZero();
  }

  @Test
  void badControlRequestsSayWhatIsWrong() {
    Http.Answer unknownKind = http.postRoot("/_simulator/faults", "{'kind':'meteor'}");
    Http.Answer unknownRoute = http.get("/_simulator/nothing");

    assertThat(unknownKind.status()).isEqualTo(400);
    assertThat(unknownKind.string("message")).contains("meteor").contains("server_error");
    assertThat(unknownRoute.status()).isEqualTo(404);
  }

  @Test
  void resetClearsEverything() {
    http.post("/badge", "{'badge':1}");

    assertThat(http.postRoot("/_simulator/reset", "{}").json()).isEqualTo(Map.of("reset", true));
    assertThat(simulator.lockScreen().badge()).isEmpty();
    assertThat(simulator.journal().size()).isZero();
  }
}
