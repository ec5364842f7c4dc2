package com.activitysmith.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The concurrent Live Activity limit and the request rate limit, on and off. */
class LimitsTest {
  private static String alert(String title) {
    return "{'content_state':{'title':'" + title + "','type':'alert','message':'m'}}";
  }

  @Test
  void aFifthConcurrentActivityIsRefusedWithLimitAndActive() {
    try (Simulator simulator = Simulator.start()) {
      Http http = new Http(simulator);
      for (int i = 1; i <= 3; i++) {
        assertThat(http.post("/live-activity/start", alert("a" + i)).status()).isEqualTo(200);
      }
      assertThat(http.put("/live-activity/stream/s", alert("s")).status()).isEqualTo(200);

      Http.Answer refused = http.post("/live-activity/start", alert("a5"));
      Http.Answer refusedStream = http.put("/live-activity/stream/t", alert("t"));

      assertThat(refused.status()).isEqualTo(429);
      assertThat(refused.json()).containsEntry("limit", new BigDecimal(4)).containsEntry("active", new BigDecimal(4))
          .containsEntry("error", "Live Activity limit reached");
      assertThat(refused.headers().get("Retry-After")).isNull();
      assertThat(refused.json()).containsEntry("blocked_devices", BigDecimal.ONE).containsEntry("targeted_devices", BigDecimal.ONE);
      assertThat(refusedStream.status()).isEqualTo(429);
      assertThat(refusedStream.json()).containsKeys("limit", "active");
      assertThat(simulator.lockScreen().activeLiveActivities()).hasSize(4);
    }
  }

  @Test
  void endingAnActivityFreesItsSlot() {
    try (Simulator simulator = Simulator.builder().activityLimit(1).start()) {
      Http http = new Http(simulator);
      String id = http.post("/live-activity/start", alert("one")).string("activity_id");
      assertThat(http.post("/live-activity/start", alert("two")).status()).isEqualTo(429);

      http.post("/live-activity/end", "{'activity_id':'" + id + "','content_state':{'title':'one','message':'done'}}");

      assertThat(http.post("/live-activity/start", alert("two")).status()).isEqualTo(200);
    }
  }

  @Test
  void aRotationDoesNotNeedAFreeSlot() {
    try (Simulator simulator = Simulator.builder().activityLimit(1).start()) {
      Http http = new Http(simulator);
      http.put("/live-activity/stream/s", alert("s"));

      Http.Answer rotated = http.put("/live-activity/stream/s",
          "{'content_state':{'title':'s','type':'progress','percentage':5}}");

      assertThat(rotated.string("operation")).isEqualTo("rotated");
    }
  }

  @Test
  void theActivityLimitCanBeSwitchedOff() {
    try (Simulator simulator = Simulator.builder().noActivityLimit().start()) {
      Http http = new Http(simulator);
      for (int i = 0; i < 10; i++) {
        assertThat(http.post("/live-activity/start", alert("a" + i)).status()).isEqualTo(200);
      }
      assertThat(simulator.lockScreen().activeLiveActivities()).hasSize(10);
    }
  }

  @Test
  void legacyTheSixtyFirstRequestInAMinuteIsRateLimitedWithRetryAfter() {
    TestClock clock = new TestClock();
    try (Simulator simulator = Simulator.builder().legacy().clock(clock).start()) {
      Http http = new Http(simulator);
      for (int i = 0; i < 60; i++) {
        assertThat(http.post("/metrics/cpu/value", "{'value':" + i + "}").status()).isEqualTo(200);
        clock.advance(Duration.ofMillis(500));
      }

      Http.Answer limited = http.post("/push-notification", "{'title':'one too many'}");

      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.json()).containsEntry("error", "Rate limit exceeded").doesNotContainKeys("limit", "active");
      // The first request of the window was 30 s ago, so a slot frees in 30 s.
      assertThat(limited.headers().get("Retry-After")).isEqualTo("30");
      assertThat(simulator.lockScreen().pushes()).isEmpty();

      clock.advance(Duration.ofSeconds(30));
      assertThat(http.post("/push-notification", "{'title':'later'}").status()).isEqualTo(200);
    }
  }

  @Test
  void legacyOnlyTheRateLimitedOperationsCountAndAllKeysOfTheAccountShareTheBudget() {
    try (Simulator simulator = Simulator.builder().legacy().rateLimit(2).apiKey("ask_one").apiKey("ask_two").start()) {
      Http one = new Http(simulator);
      Http two = one.withKey("ask_two");
      one.post("/badge", "{'badge':1}");
      one.post("/badge", "{'badge':2}");
      one.post("/badge", "{'badge':3}");
      assertThat(one.post("/push-notification", "{'title':'1'}").status()).isEqualTo(200);
      assertThat(one.post("/push-notification", "{'title':'2'}").status()).isEqualTo(200);
      assertThat(one.post("/push-notification", "{'title':'3'}").status()).isEqualTo(429);
      // The budget is the account's: another key of the same account is limited too.
      assertThat(two.post("/push-notification", "{'title':'other key'}").status()).isEqualTo(429);
    }
  }

  @Test
  void theRateLimitAndItsOperationsAreConfigurable() {
    try (Simulator off = Simulator.builder().noRateLimit().start();
        Simulator startsOnly = Simulator.builder().rateLimit(1).rateLimitedOperations(Endpoint.START).start()) {
      Http http = new Http(off);
      for (int i = 0; i < 70; i++) {
        assertThat(http.post("/metrics/m/value", "{'value':1}").status()).isEqualTo(200);
      }
      Http other = new Http(startsOnly);
      assertThat(other.post("/live-activity/start", alert("x")).status()).isEqualTo(200);
      assertThat(other.post("/live-activity/start", alert("y")).status()).isEqualTo(429);
      assertThat(other.post("/metrics/m/value", "{'value':1}").status()).isEqualTo(200);
      assertThat(other.post("/metrics/m/value", "{'value':1}").status()).isEqualTo(200);
    }
  }
}
