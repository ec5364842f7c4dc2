package com.activitysmith.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.activitysmith.exception.Violation;
import com.activitysmith.generated.model.AppIconBadgeCountUpdateRequest;
import com.activitysmith.generated.model.PushNotificationRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compiled rules, reported with JSON paths from the body's root and path parameters by name. */
class GeneratedRulesTest {
  private final GeneratedRules rules = new GeneratedRules();

  @Test
  void bodyViolationsArePathsFromTheRoot() {
    assertThat(rules.validate("updateAppIconBadgeCount", AppIconBadgeCountUpdateRequest.builder().badge(-1).build()))
        .containsExactly(new Violation("badge", "minimum", "badge is -1, at least 0"));
    assertThat(rules.validate("sendPushNotification", PushNotificationRequest.builder().build()))
        .containsExactly(new Violation("title", "required", "title is required"));
    assertThat(rules.validate("sendPushNotification", PushNotificationRequest.builder().title("Hi").build())).isEmpty();
  }

  @Test
  void aRecordOfAnotherOperationIsAProgrammingError() {
    assertThatThrownBy(() -> rules.validate("updateAppIconBadgeCount", PushNotificationRequest.builder().build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes a AppIconBadgeCountUpdateRequest");
  }

  @Test
  void pathParametersAreNamedByTheirSpecName() {
    assertThat(rules.validatePathParameter("reconcileLiveActivityStream", "stream_key", "ok_key-1")).isEmpty();
    assertThat(rules.validatePathParameter("updateMetricValue", "key", "Bad")).containsExactly(new Violation("key", "pattern",
        "key \"Bad\" does not match ^[a-z0-9][a-z0-9_.-]{0,63}$"));
  }

  @Test
  void patternsMeanWhatEcma262Means() {
    // Java's $ matches before a final line terminator; the spec's does not.
    assertThat(rules.validatePathParameter("updateMetricValue", "key", "cpu\n")).extracting(Violation::rule)
        .containsExactly("pattern");
    assertThat(rules.validatePathParameter("reconcileLiveActivityStream", "stream_key", "a\u2028"))
        .extracting(Violation::message).containsExactly("stream_key \"a\\u2028\" does not match ^[A-Za-z0-9_-]+$");
  }

  @Test
  void thePassThroughValidatorAcceptsAnything() {
    assertThat(RequestValidator.PASS_THROUGH.validate("sendPushNotification", List.of())).isEmpty();
    assertThat(RequestValidator.PASS_THROUGH.validatePathParameter("updateMetricValue", "key", "Bad")).isEmpty();
  }
}
