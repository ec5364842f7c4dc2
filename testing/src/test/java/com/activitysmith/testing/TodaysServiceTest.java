package com.activitysmith.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What today's service answers beyond the older deployment: 402s, badge errors, per-feature limits and their headers. */
class TodaysServiceTest {
  private static final String ALERT = "{'content_state':{'title':'a','type':'alert','message':'m'}}";

  @ParameterizedTest
  @EnumSource(BillingBlock.class)
  void aBlockedAccountAnswers402OnPushStartStreamAndBadge(BillingBlock reason) {
    try (Simulator simulator = Simulator.start()) {
      Http http = new Http(simulator);
      simulator.blockBilling(reason);

      List<Http.Answer> blocked = Arrays.asList(http.post("/push-notification", "{'title':'x'}"),
          http.post("/live-activity/start", ALERT), http.put("/live-activity/stream/s", ALERT),
          http.post("/badge", "{'badge':1}"));
      Http.Answer metric = http.post("/metrics/cpu/value", "{'value':1}");

      for (Http.Answer answer : blocked) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(402);
        assertThat(answer.string("error")).isEqualTo(reason.wireName());
        assertThat(answer.string("upgrade_url")).isEqualTo(BillingBlock.UPGRADE_URL);
        assertThat(answer.json().containsKey("trial_period")).isEqualTo(reason.hasTrialPeriod());
        if (reason.hasTrialPeriod()) {
          assertThat(answer.string("trial_period.started_at")).endsWith("Z");
          assertThat(answer.string("trial_period.ends_at")).endsWith("Z");
        }
      }
      assertThat(metric.status()).isEqualTo(200);
      assertThat(simulator.lockScreen().pushes()).isEmpty();
      assertThat(simulator.lockScreen().allLiveActivities()).isEmpty();

      simulator.unblockBilling();
      assertThat(http.post("/push-notification", "{'title':'x'}").status()).isEqualTo(200);
    }
  }

  @Test
  void theControlApiBlocksAndUnblocksTheAccount() {
    try (Simulator simulator = Simulator.start()) {
      Http http = new Http(simulator);

      Http.Answer set = http.postRoot("/_simulator/account", "{'billing_block':'billing_overage_cap_reached'}");
      Http.Answer push = http.post("/push-notification", "{'title':'x'}");
      Http.Answer bad = http.postRoot("/_simulator/account", "{'billing_block':'broke'}");
      Http.Answer cleared = http.postRoot("/_simulator/account", "{'billing_block':null}");

      assertThat(set.string("billing_block")).isEqualTo("billing_overage_cap_reached");
      assertThat(push.status()).isEqualTo(402);
      assertThat(push.string("error")).isEqualTo("billing_overage_cap_reached");
      assertThat(bad.status()).isEqualTo(400);
      assertThat(bad.string("message")).contains("broke").contains("trial_expired");
      assertThat(cleared.json()).containsEntry("billing_block", null);
      assertThat(simulator.billingBlock()).isEmpty();
    }
  }

  @Test
  void badgeFaultsAnswerTheBadgeErrorBodyAndSetNothing() {
    try (Simulator simulator = Simulator.builder().channel("ops", 2).start()) {
      Http http = new Http(simulator);
      simulator.faults().next(Fault.badgeDeviceDisconnected(), Fault.badgeUpdateFailed());

      Http.Answer push = http.post("/push-notification", "{'title':'faults wait for a badge'}");
      Http.Answer disconnected = http.post("/badge", "{'badge':4,'target':{'channels':['ops']}}");
      Http.Answer failed = http.post("/badge", "{'badge':5}");

      assertThat(push.status()).isEqualTo(200);
      assertThat(disconnected.status()).isEqualTo(422);
      assertThat(disconnected.json()).containsEntry("code", "badge_device_disconnected")
          .containsEntry("badge", new BigDecimal(4)).containsEntry("devices_targeted", new BigDecimal(2))
          .containsEntry("devices_updated", BigDecimal.ZERO).containsEntry("users_updated", BigDecimal.ZERO)
          .containsEntry("effective_channel_slugs", List.of("ops")).containsKeys("error", "message");
      assertThat(failed.status()).isEqualTo(502);
      assertThat(failed.json()).containsEntry("code", "badge_update_failed").doesNotContainKey("effective_channel_slugs");
      assertThat(simulator.lockScreen().badge()).isEmpty();
      assertThat(simulator.journal().entries(Endpoint.BADGE)).extracting(e -> e.fault().kind())
          .containsExactly(Fault.Kind.BADGE_DEVICE_DISCONNECTED, Fault.Kind.BADGE_UPDATE_FAILED);
    }
  }

  @Test
  void badgeFaultsCanBeScheduledThroughTheControlApi() {
    try (Simulator simulator = Simulator.start()) {
      Http http = new Http(simulator);

      assertThat(http.postRoot("/_simulator/faults", "{'kind':'badge_update_failed','times':2}").status()).isEqualTo(200);
      assertThat(http.postRoot("/_simulator/faults", "{'kind':'badge_update_failed','handled':true}").status())
          .isEqualTo(400);

      assertThat(http.post("/badge", "{'badge':1}").status()).isEqualTo(502);
      assertThat(http.post("/badge", "{'badge':1}").status()).isEqualTo(502);
      assertThat(http.post("/badge", "{'badge':1}").status()).isEqualTo(200);
    }
  }

  @Test
  void everyAnswerCarriesTheFeaturesPoliciesInStructuredFieldSyntax() {
    try (Simulator simulator = Simulator.start()) {
      Http http = new Http(simulator);

      Http.Answer badge = http.post("/badge", "{'badge':1}");
      Http.Answer push = http.post("/push-notification", "{'title':'x'}");
      Http.Answer invalid = http.post("/live-activity/start", "{'content_state':{}}");
      Http.Answer unauthorized = http.withKey("ask_wrong").post("/metrics/cpu/value", "{'value':1}");

      assertThat(badge.headers().get("RateLimit")).isEqualTo("\"public-api-ip:badges\"; r=599; t=60, \"account:badges\"; r=59; t=60");
      assertThat(badge.headers().get("RateLimit-Policy"))
          .isEqualTo("\"public-api-ip:badges\"; q=600; w=60, \"account:badges\"; q=60; w=60");
      assertThat(push.headers().get("RateLimit")).isEqualTo("\"public-api-ip:push\"; r=599; t=60, \"account:push\"; r=59; t=60");
      assertThat(invalid.status()).isEqualTo(400);
      assertThat(invalid.headers().get("RateLimit-Policy"))
          .isEqualTo("\"public-api-ip:live_activities\"; q=600; w=60, \"account:live_activities\"; q=300; w=60");
      assertThat(unauthorized.status()).isEqualTo(401);
      assertThat(unauthorized.headers().get("RateLimit")).isEqualTo("\"public-api-ip:metrics\"; r=600; t=60, \"account:metrics\"; r=300; t=60");
    }
  }

  @Test
  void eachFeatureHasItsOwnAccountBudgetWithRetryAfter() {
    TestClock clock = new TestClock();
    try (Simulator simulator = Simulator.builder().clock(clock).start()) {
      Http http = new Http(simulator);
      for (int i = 0; i < 60; i++) {
        assertThat(http.post("/push-notification", "{'title':'p'}").status()).isEqualTo(200);
      }
      clock.advance(Duration.ofSeconds(15));

      Http.Answer limited = http.post("/push-notification", "{'title':'one too many'}");
      Http.Answer badge = http.post("/badge", "{'badge':1}");

      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.json()).containsEntry("error", "Rate limit exceeded").containsEntry("code", "rate_limited")
          .doesNotContainKeys("limit", "active");
      assertThat(limited.headers().get("Retry-After")).isEqualTo("45");
      assertThat(limited.headers().get("RateLimit")).isEqualTo("\"public-api-ip:push\"; r=540; t=45, \"account:push\"; r=0; t=45");
      assertThat(badge.status()).isEqualTo(200);
      clock.advance(Duration.ofSeconds(45));
      assertThat(http.post("/push-notification", "{'title':'later'}").status()).isEqualTo(200);
    }
  }

  @Test
  void liveActivitiesShareOneFeatureBudgetOf300() {
    try (Simulator simulator = Simulator.builder().noActivityLimit().start()) {
      Http http = new Http(simulator);
      for (int i = 0; i < 300; i++) {
        assertThat(http.put("/live-activity/stream/s" + (i % 3), ALERT).status()).isEqualTo(200);
      }

      assertThat(http.post("/live-activity/start", ALERT).status()).isEqualTo(429);
      assertThat(http.post("/metrics/cpu/value", "{'value':1}").status()).isEqualTo(200);
    }
  }

  @Test
  void legacySendsNoRateLimitHeadersAndCountsOneSharedBudget() {
    try (Simulator simulator = Simulator.builder().legacy().rateLimit(2).start()) {
      Http http = new Http(simulator);

      Http.Answer first = http.post("/push-notification", "{'title':'x'}");
      http.post("/metrics/cpu/value", "{'value':1}");
      Http.Answer third = http.put("/live-activity/stream/s", ALERT);

      assertThat(first.headers().get("RateLimit")).isNull();
      assertThat(third.status()).isEqualTo(429);
      assertThat(third.json()).doesNotContainKey("code");
      assertThat(simulator.isLegacy()).isTrue();
    }
  }

  @Test
  void legacyLimitBodyHasNoDeviceCounts() {
    try (Simulator simulator = Simulator.builder().legacy().activityLimit(1).start()) {
      Http http = new Http(simulator);
      http.post("/live-activity/start", ALERT);

      Http.Answer refused = http.post("/live-activity/start", ALERT);

      assertThat(refused.status()).isEqualTo(429);
      assertThat(refused.json()).containsKeys("limit", "active").doesNotContainKeys("blocked_devices", "targeted_devices");
    }
  }

  @Test
  void theJavaApiRefusesANullBlock() {
    try (Simulator simulator = Simulator.start()) {
      assertThatThrownBy(() -> simulator.blockBilling(null)).hasMessage("reason == null");
      assertThat(Map.of("legacy", false)).isEqualTo(new Http(simulator).get("/_simulator/account").json()
          .entrySet().stream().filter(e -> e.getKey().equals("legacy"))
          .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
  }
}
