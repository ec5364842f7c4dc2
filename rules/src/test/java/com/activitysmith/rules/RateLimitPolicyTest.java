package com.activitysmith.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The rate-limit policies are data in the spec: today's per-feature budgets and the older shared one. */
class RateLimitPolicyTest {
  private final ApiRules rules = ApiRules.fromSpec();

  @Test
  void todaysServiceHasAnAccountAndAnAddressBudgetPerFeature() {
    assertThat(rules.rateLimitPolicies()).containsExactly(
        new RateLimitPolicy("account:push", "account", "push", 60, 60),
        new RateLimitPolicy("public-api-ip:push", "ip", "push", 600, 60),
        new RateLimitPolicy("account:badges", "account", "badges", 60, 60),
        new RateLimitPolicy("public-api-ip:badges", "ip", "badges", 600, 60),
        new RateLimitPolicy("account:live_activities", "account", "live_activities", 300, 60),
        new RateLimitPolicy("public-api-ip:live_activities", "ip", "live_activities", 600, 60),
        new RateLimitPolicy("account:metrics", "account", "metrics", 300, 60),
        new RateLimitPolicy("public-api-ip:metrics", "ip", "metrics", 600, 60));
  }

  @Test
  void everyOperationCountsAgainstItsFeaturesTwoPolicies() {
    Map<String, String> features = new TreeMap<>();
    for (String id : rules.operationIds()) {
      List<RateLimitPolicy> policies = rules.operationInfo(id).rateLimitPolicies();
      assertThat(policies).as(id).extracting(RateLimitPolicy::scope).containsExactly("account", "ip");
      assertThat(policies).as(id).extracting(RateLimitPolicy::feature).containsOnly(policies.get(0).feature());
      assertThat(rules.operationInfo(id).rateLimited()).isTrue();
      features.put(id, policies.get(0).feature());
    }
    assertThat(features).containsExactlyInAnyOrderEntriesOf(Map.of(
        "sendPushNotification", "push",
        "startLiveActivity", "live_activities",
        "updateLiveActivity", "live_activities",
        "endLiveActivity", "live_activities",
        "reconcileLiveActivityStream", "live_activities",
        "endLiveActivityStream", "live_activities",
        "updateMetricValue", "metrics",
        "updateAppIconBadgeCount", "badges"));
  }

  @Test
  void olderDeploymentsSharedOneAccountBudgetAcrossPushStreamsAndMetrics() {
    RateLimitPolicy shared = new RateLimitPolicy("account", "account", "shared", 60, 60);
    for (String id : List.of("sendPushNotification", "reconcileLiveActivityStream", "endLiveActivityStream", "updateMetricValue")) {
      assertThat(rules.legacyRateLimitPolicies(id)).as(id).containsExactly(shared);
    }
    for (String id : List.of("startLiveActivity", "updateLiveActivity", "endLiveActivity", "updateAppIconBadgeCount")) {
      assertThat(rules.legacyRateLimitPolicies(id)).as(id).isEmpty();
    }
    assertThat(rules.legacyNoRecipientsStatus()).isEqualTo(404);
    assertThatThrownBy(() -> rules.legacyRateLimitPolicies("launchRocket")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anOperationNamingAnUndefinedPolicyIsASpecError() throws Exception {
    String spec = spec().replace("['account:push', 'public-api-ip:push']", "['account:pushes']");
    assertThatThrownBy(() -> ApiRules.fromSpec(stream(spec)))
        .isInstanceOf(SpecFormatException.class)
        .hasMessageContaining("sendPushNotification.x-activitysmith-rate-limit-policies")
        .hasMessageContaining("account:pushes");
  }

  @Test
  void aPolicyWithAnUnknownScopeIsASpecError() throws Exception {
    String spec = spec().replace("'account:push': {scope: account,", "'account:push': {scope: planet,");
    assertThatThrownBy(() -> ApiRules.fromSpec(stream(spec)))
        .isInstanceOf(SpecFormatException.class)
        .hasMessageContaining("x-activitysmith-rate-limits.policies.account:push")
        .hasMessageContaining("planet");
  }

  @Test
  void aPolicyNeedsAPositiveQuotaAndWindow() {
    assertThatThrownBy(() -> new RateLimitPolicy("x", "ip", "push", 0, 60)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RateLimitPolicy("x", "ip", "push", 1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  private static String spec() throws Exception {
    return Files.readString(Path.of("../spec/src/main/openapi/activitysmith.yaml"));
  }

  private static ByteArrayInputStream stream(String spec) {
    return new ByteArrayInputStream(spec.getBytes(StandardCharsets.UTF_8));
  }
}
