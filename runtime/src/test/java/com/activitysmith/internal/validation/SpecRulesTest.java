package com.activitysmith.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.activitysmith.rules.Violation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The spec's rules, reported with JSON paths from the body's root and path parameters in braces. */
class SpecRulesTest {
  private final SpecRules rules = new SpecRules();

  @Test
  void bodyViolationsArePathsFromTheRoot() {
    assertThat(rules.validate("updateAppIconBadgeCount", Map.of("badge", -1.0)))
        .containsExactly(new Violation("badge", "minimum", "must have a minimum value of 0"));
    assertThat(rules.validate("sendPushNotification", Map.of("title", "Hi", "unknown", 1.0)))
        .extracting(Violation::path).containsExactly("unknown");
    assertThat(rules.validate("sendPushNotification", Map.of("title", "Hi"))).isEmpty();
  }

  @Test
  void pathParametersAreNamedInBraces() {
    assertThat(rules.validatePathParameter("reconcileLiveActivityStream", "stream_key", "ok_key-1")).isEmpty();
    assertThat(rules.validatePathParameter("updateMetricValue", "key", "Bad")).containsExactly(new Violation("key", "pattern",
        "key \"Bad\" does not match the regex pattern ^[a-z0-9][a-z0-9_.-]{0,63}$"));
  }

  @Test
  void thePassThroughValidatorAcceptsAnything() {
    assertThat(RequestValidator.PASS_THROUGH.validate("sendPushNotification", List.of())).isEmpty();
    assertThat(RequestValidator.PASS_THROUGH.validatePathParameter("updateMetricValue", "key", "Bad")).isEmpty();
  }
}
