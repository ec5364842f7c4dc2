package com.activitysmith.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** POST /metrics/{key}/value and POST /badge. */
class MetricsAndBadgeTest {
  private final Simulator simulator = Simulator.start();
  private final Http http = new Http(simulator);

  @AfterEach
  void close() {
    simulator.close();
  }

  @Test
  void storesNumbersExactlyAndTexts() {
    assertThat(http.post("/metrics/api.uptime/value", "{'value':1234567890.123456789}").json())
        .containsEntry("success", true);
    http.post("/metrics/status/value", "{'value':'all green','timestamp':'2026-03-04T09:00:00+01:00'}");

    LockScreen screen = simulator.lockScreen();
    assertThat(screen.metric("api.uptime").orElseThrow().value()).isEqualTo(new BigDecimal("1234567890.123456789"));
    MetricReading status = screen.metric("status").orElseThrow();
    assertThat(status.text()).isEqualTo("all green");
    assertThat(status.measuredAt()).isEqualTo(Instant.parse("2026-03-04T08:00:00Z"));
  }

  @Test
  void rejectsBadKeysAndValuesInTheMetricErrorShape() {
    Http.Answer badKey = http.post("/metrics/Not.Lower/value", "{'value':1}");
    Http.Answer negative = http.post("/metrics/cpu/value", "{'value':-1}");
    Http.Answer tooLong = http.post("/metrics/cpu/value", "{'value':'" + "x".repeat(65) + "'}");

    assertThat(badKey.status()).isEqualTo(400);
    assertThat(badKey.string("error")).startsWith("key");
    assertThat(badKey.json()).doesNotContainKey("message");
    assertThat(negative.status()).isEqualTo(400);
    assertThat(negative.string("error")).contains("value");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(simulator.lockScreen().metrics()).isEmpty();
  }

  @Test
  void unknownMetricsAreNotFoundWhenTheAccountListsItsMetrics() {
    try (Simulator strict = Simulator.builder().knownMetrics("cpu").start()) {
      Http strictHttp = new Http(strict);
      Http.Answer unknown = strictHttp.post("/metrics/memory/value", "{'value':1}");

      assertThat(unknown.status()).isEqualTo(404);
      assertThat(unknown.json()).containsEntry("error", "Metric not found");
      assertThat(strictHttp.post("/metrics/cpu/value", "{'value':1}").status()).isEqualTo(200);
    }
  }

  @Test
  void keepsTheMostRecentlyWrittenMetricsUpToTheHistoryLimit() {
    try (Simulator small = Simulator.builder().journalCapacity(3).start()) {
      Http smallHttp = new Http(small);
      for (String key : new String[] {"a", "b", "c", "a", "d", "e"}) {
        assertThat(smallHttp.post("/metrics/" + key + "/value", "{'value':1}").status()).isEqualTo(200);
      }

      assertThat(small.lockScreen().metrics().keySet()).containsExactly("a", "d", "e");
    }
  }

  @Test
  void setsTheBadgeAndZeroClearsIt() {
    Http.Answer set = http.post("/badge", "{'badge':12}");

    assertThat(set.json()).containsEntry("badge", new BigDecimal(12)).containsEntry("effective_channel_slugs", java.util.List.of()).containsEntry("devices_updated", BigDecimal.ONE)
        .containsEntry("devices_notified", BigDecimal.ONE);
    assertThat(simulator.lockScreen().badge()).hasValue(12);
    http.post("/badge", "{'badge':0}");
    assertThat(simulator.lockScreen().badge()).hasValue(0);
  }

  @Test
  void rejectsABadgeOutOfRange() {
    assertThat(http.post("/badge", "{'badge':2147483648}").status()).isEqualTo(400);
    assertThat(http.post("/badge", "{'badge':-1}").string("message")).contains("badge");
    assertThat(simulator.lockScreen().badge()).isEmpty();
  }
}
