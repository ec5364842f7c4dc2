package com.activitysmith.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiRulesTest {
  private final ApiRules rules = ApiRules.fromSpec();

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private List<SpecViolation> start(Map<String, Object> state, Object... extra) {
    Map<String, Object> body = map(extra);
    body.put("content_state", state);
    return rules.validate("startLiveActivity", body);
  }

  @Test
  void readsTheSevenTypesFromTheSpec() {
    assertThat(rules.liveActivities().types().keySet())
        .containsExactly("segmented_progress", "progress", "metrics", "stats", "alert", "timer", "value");
    assertThat(rules.operationIds()).hasSize(8);
  }

  @Test
  void acceptsAValidSegmentedStart() {
    assertThat(start(map("title", "Deploy", "type", "segmented_progress", "number_of_steps", 4, "current_step", 1,
        "color", "yellow"))).isEmpty();
  }

  @Test
  void namesTheNinthMetricWhenThereAreTooMany() {
    List<Object> metrics = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      metrics.add(map("label", "m" + i, "value", i));
    }
    assertThat(start(map("title", "Servers", "type", "metrics", "metrics", metrics)))
        .extracting(SpecViolation::path, SpecViolation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("content_state.metrics[8]", "maxItems"));
  }

  @Test
  void reportsAFieldTheTypeNeedsOnThisPhase() {
    assertThat(start(map("title", "Deploy", "type", "segmented_progress", "number_of_steps", 4)))
        .singleElement().satisfies(v -> {
          assertThat(v.path()).isEqualTo("content_state.current_step");
          assertThat(v.rule()).isEqualTo("RequiredForType");
          assertThat(v.message()).isEqualTo("segmented_progress needs current_step on start");
        });
  }

  @Test
  void progressNeedsPercentageOrValueWithUpperLimit() {
    assertThat(start(map("title", "Backup", "type", "progress", "value", 3)))
        .extracting(SpecViolation::path, SpecViolation::rule)
        .contains(org.assertj.core.groups.Tuple.tuple("content_state", "RequiredForType"),
            org.assertj.core.groups.Tuple.tuple("content_state.value", "dependentRequired"));
    assertThat(start(map("title", "Backup", "type", "progress", "value", 3, "upper_limit", 10))).isEmpty();
    assertThat(start(map("title", "Backup", "type", "progress", "percentage", 101)))
        .extracting(SpecViolation::path).containsExactly("content_state.percentage");
  }

  @Test
  void timerCountsUpWithoutDurationOnlyWhenCountsDownIsFalse() {
    assertThat(start(map("title", "Run", "type", "timer", "counts_down", false))).isEmpty();
    assertThat(start(map("title", "Run", "type", "timer")))
        .extracting(SpecViolation::message).containsExactly("timer needs duration_seconds or counts_down=false on start");
  }

  @Test
  void rejectsFeaturesTheTypeDoesNotSupport() {
    assertThat(start(map("title", "CPU", "type", "metrics", "metrics", List.of(map("label", "a", "value", 1)),
            "badge", map("title", "PROD")),
        "secondary_action", map("title", "Open", "type", "open_url", "url", "https://x.example")))
        .extracting(SpecViolation::path, SpecViolation::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("content_state.badge", "UnsupportedByType"),
            org.assertj.core.groups.Tuple.tuple("secondary_action", "UnsupportedByType"));
  }

  @Test
  void appliesCrossFieldChecks() {
    assertThat(start(map("title", "Deploy", "type", "segmented_progress", "number_of_steps", 4, "current_step", 5)))
        .singleElement().satisfies(v -> {
          assertThat(v.rule()).isEqualTo("StepRange");
          assertThat(v.message()).isEqualTo("current_step 5 exceeds number_of_steps 4; raise number_of_steps or lower current_step");
        });
    assertThat(start(map("title", "Deploy", "type", "segmented_progress", "number_of_steps", 4, "current_step", 2,
        "step_colors", List.of("red")))).extracting(SpecViolation::rule).containsExactly("StepColorsLength");
  }

  @Test
  void unknownFieldsAndBadUrlsAreNamed() {
    assertThat(start(map("title", "A", "type", "alert", "message", "hi", "colour", "red")))
        .extracting(SpecViolation::path, SpecViolation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("content_state.colour", "additionalProperties"));
    assertThat(start(map("title", "A", "type", "alert", "message", "hi"),
        "action", map("title", "Go", "type", "webhook", "url", "http://plain.example")))
        .extracting(SpecViolation::path).contains("action.url");
    assertThat(start(map("title", "A", "type", "alert", "message", "hi"),
        "action", map("title", "Go", "type", "open_url", "url", "shortcuts://run-shortcut?name=Report")))
        .isEmpty();
  }

  @Test
  void pushCannotCombineMediaAndActions() {
    assertThat(rules.validate("sendPushNotification", map("title", "t", "media", "https://x.example/a.png",
        "actions", List.of(map("title", "Go", "type", "open_url", "url", "https://x.example")))))
        .singleElement().satisfies(v -> {
          assertThat(v.path()).isEqualTo("media");
          assertThat(v.rule()).isEqualTo("mutuallyExclusive");
          assertThat(v.message()).isEqualTo("media and actions cannot be combined; send only one of them");
        });
  }

  @Test
  void streamChannelsAndTargetChannelsMustNameTheSameChannels() {
    Map<String, Object> state = map("title", "Backup", "type", "progress", "percentage", 5);
    assertThat(rules.validate("reconcileLiveActivityStream", map("content_state", state,
        "channels", List.of("ops", "dev"), "target", map("channels", List.of("dev", "ops"))))).isEmpty();
    assertThat(rules.validate("reconcileLiveActivityStream", map("content_state", state,
        "channels", List.of("ops"), "target", map("channels", List.of("dev")))))
        .singleElement().satisfies(v -> {
          assertThat(v.path()).isEqualTo("channels");
          assertThat(v.rule()).isEqualTo("ChannelsMatch");
          assertThat(v.message()).isEqualTo("channels [ops] and target.channels [dev] must name the same values");
        });
  }

  @Test
  void updateWithoutTypeUsesTheKnownType() {
    Map<String, Object> state = map("title", "Deploy", "number_of_steps", 5);
    assertThat(rules.validate("updateLiveActivity", map("activity_id", "a", "content_state", state))).isEmpty();
    assertThat(rules.validateContentState(Phase.UPDATE, state, "segmented_progress"))
        .extracting(SpecViolation::path).containsExactly("content_state.current_step");
  }

  @Test
  void checksPathParametersAgainstTheirPatterns() {
    assertThat(rules.validatePathParameter("reconcileLiveActivityStream", "stream_key", "nightly-backup")).isEmpty();
    assertThat(rules.validatePathParameter("reconcileLiveActivityStream", "stream_key", "has space"))
        .extracting(SpecViolation::path, SpecViolation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("stream_key", "pattern"));
    assertThat(rules.validatePathParameter("updateMetricValue", "key", "Upper")).hasSize(1);
    assertThat(rules.validatePathParameter("updateMetricValue", "key", "a".repeat(65))).isNotEmpty();
  }

  @Test
  void readsNumbersExactlyFromJsonText() {
    assertThat(rules.validateJson("updateMetricValue", "{\"value\":1234567890.123456789}")).isEmpty();
    assertThat(rules.validateJson("updateMetricValue", "{\"value\":\"\"}")).isNotEmpty();
    assertThat(rules.validateJson("updateMetricValue", "{\"value\":")).extracting(SpecViolation::rule).containsExactly("json");
  }

  @Test
  void describesEachOperation() {
    assertThat(rules.operationInfo("endLiveActivityStream")).isEqualTo(new ApiRules.OperationInfo(
        "endLiveActivityStream", "DELETE", "/live-activity/stream/{stream_key}", true, List.of(
            new RateLimitPolicy("account:live_activities", "account", "live_activities", 300, 60),
            new RateLimitPolicy("public-api-ip:live_activities", "ip", "live_activities", 600, 60))));
    assertThat(rules.operationInfo("startLiveActivity").idempotent()).isFalse();
    assertThat(rules.operationInfo("updateAppIconBadgeCount").rateLimited()).isTrue();
  }

  @Test
  void namesTheErrorSchemaOfEachResponse() {
    assertThat(rules.responseSchema("sendPushNotification", 404)).isEqualTo("NoRecipientsError");
    assertThat(rules.responseSchema("sendPushNotification", 422)).isEqualTo("NoRecipientsError");
    assertThat(rules.responseSchema("sendPushNotification", 402)).isEqualTo("BillingBlockedError");
    assertThat(rules.responseSchema("updateAppIconBadgeCount", 502)).isEqualTo("AppIconBadgeCountUpdateError");
    assertThat(rules.responseSchema("updateAppIconBadgeCount", 422)).isNull(); // no recipients or undelivered
    assertThat(rules.responseSchema("endLiveActivityStream", 404)).isEqualTo("NotFoundError");
    assertThat(rules.responseSchema("updateMetricValue", 404)).isEqualTo("MetricError");
    assertThat(rules.responseSchema("updateLiveActivity", 404)).isNull();
    assertThat(rules.responseSchema("startLiveActivity", 429)).isNull(); // a oneOf of two schemas
  }

  @Test
  void unknownOperationIsAProgrammingError() {
    assertThatThrownBy(() -> rules.validate("launchRocket", Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("launchRocket");
  }

  @Test
  void aSpecWithAnotherTypeCarriesItsRules() throws Exception {
    String spec = Files.readString(Path.of("../spec/src/main/openapi/activitysmith.yaml")).replace(
        "  types:\n", "  types:\n    gauge:\n      fields: [percentage]\n      requires:\n        start: [percentage]\n"
            + "        update: [percentage]\n        end: []\n        stream: []\n      supports: [color]\n");
    ApiRules custom = ApiRules.fromSpec(new ByteArrayInputStream(spec.getBytes(StandardCharsets.UTF_8)));
    assertThat(custom.liveActivities().types()).containsKey("gauge");
    assertThat(custom.liveActivities().types().get("gauge").requirements(Phase.START))
        .containsExactly(new Requirement.Field("percentage"));
  }

  @Test
  void aMalformedExtensionSaysWhere() {
    String spec = "openapi: 3.1.0\nx-activitysmith-live-activity-types:\n  phases: {start: A, update: B, end: C, stream: D}\n"
        + "  types:\n    odd:\n      requires:\n        start: [{anyOf: [x]}]\n";
    assertThatThrownBy(() -> ApiRules.fromSpec(new ByteArrayInputStream(spec.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(SpecFormatException.class)
        .hasMessageContaining("x-activitysmith-live-activity-types.types.odd.requires.start");
  }
}
