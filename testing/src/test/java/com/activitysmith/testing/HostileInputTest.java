package com.activitysmith.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bodies an attacker or a careless caller sends: typed 4xx answers, bounded memory, a simulator that keeps answering. */
class HostileInputTest {
  private static final String DIGITS_66 = "1".repeat(66);

  private final Simulator simulator = Simulator.builder().noRateLimit().start();
  private final Http http = new Http(simulator);

  @AfterEach
  void close() {
    simulator.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e999999999", "-1e999999999", "1e309", "2e308", "1E+2147483647", "1e-999999999"})
  void rejectsNumbersTheServiceCannotReadWithoutHangingLaterReads(String number) {
    Http.Answer push = http.send("POST", "/push-notification", "{\"title\":\"x\",\"badge\":" + number + "}");

    assertThat(push.status()).isEqualTo(400);
    assertThat(push.string("message")).contains("$.badge");
    assertThat(http.get("/_simulator/lock-screen").status()).isEqualTo(200);
    assertThat(simulator.lockScreen().pushes()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e20", "2147483648", "-1", "1.5"})
  void aPushsBadgeIsACountAsOnTheBadgeEndpoint(String number) {
    Http.Answer push = http.send("POST", "/push-notification", "{\"title\":\"x\",\"badge\":" + number + "}");

    assertThat(push.status()).isEqualTo(400);
    assertThat(push.string("message")).contains("badge");
    assertThat(simulator.lockScreen().pushes()).isEmpty();
  }

  @Test
  void acceptsLongNumbersWhereTheSpecTakesANumber() {
    Http.Answer metric = http.send("POST", "/metrics/cpu/value", "{\"value\":" + DIGITS_66 + "}");
    Http.Answer fraction = http.send("POST", "/metrics/mem/value", "{\"value\":0." + DIGITS_66 + "}");
    Http.Answer scientific = http.send("POST", "/metrics/disk/value", "{\"value\":" + DIGITS_66 + "e100}");
    Http.Answer largest = http.send("POST", "/metrics/net/value", "{\"value\":1.7976931348623157e308}");
    Http.Answer card = http.send("POST", "/live-activity/start", "{\"content_state\":{\"title\":\"t\",\"type\":\"metrics\","
        + "\"metrics\":[{\"label\":\"l\",\"value\":" + DIGITS_66 + "}]}}");

    assertThat(List.of(metric.status(), fraction.status(), scientific.status(), largest.status(), card.status()))
        .containsOnly(200);
    assertThat(simulator.lockScreen().metric("cpu").orElseThrow().value()).isEqualTo(new BigDecimal(DIGITS_66));
    assertThat(simulator.lockScreen().metric("disk").orElseThrow().text()).isEqualTo(new BigDecimal(DIGITS_66 + "e100").toString());
    assertThat(http.get("/_simulator/lock-screen").body()).contains(DIGITS_66);
  }

  @Test
  void keepsTinyValuesAndHugeDismissalsWithoutOverflow() {
    Http.Answer timer = http.send("POST", "/live-activity/start",
        "{\"content_state\":{\"title\":\"t\",\"type\":\"timer\",\"duration_seconds\":1e-400}}");
    String id = timer.string("activity_id");
    Http.Answer end = http.send("POST", "/live-activity/end",
        "{\"activity_id\":\"" + id + "\",\"content_state\":{\"title\":\"t\",\"auto_dismiss_minutes\":1e300}}");

    assertThat(timer.status()).isEqualTo(200);
    assertThat(end.status()).isEqualTo(200);
    assertThat(simulator.lockScreen().liveActivity(id).orElseThrow().describe()).contains("timer 1E-400s");
    assertThat(simulator.lockScreen().liveActivities()).hasSize(1);
  }

  @Test
  void refusesNumbersLongerThanItReads() {
    Http.Answer tooLong = http.send("POST", "/metrics/cpu/value", "{\"value\":" + "9".repeat(5000) + "}");

    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.string("error")).contains("5000 characters");
  }

  @Test
  void answers413PastTheBodyBoundAndKeepsServing() {
    try (Simulator small = Simulator.builder().maxRequestBytes(1000).start()) {
      Http smallHttp = new Http(small);
      Http.Answer big = smallHttp.send("POST", "/push-notification", "{\"title\":\"" + "x".repeat(5000) + "\"}");
      Http.Answer bigControl = smallHttp.postRoot("/_simulator/faults", "{'kind':'" + "x".repeat(5000) + "'}");

      assertThat(big.status()).isEqualTo(413);
      assertThat(big.string("message")).contains("5012 bytes").contains("at most 1000");
      assertThat(bigControl.status()).isEqualTo(413);
      assertThat(small.journal().last().orElseThrow().requestBody()).isEmpty();
      assertThat(smallHttp.send("POST", "/push-notification", "{\"title\":\"ok\"}").status()).isEqualTo(200);
    }
  }

  @Test
  void dropsTheOldestJournalEntriesAndPushesAndCountsThem() {
    try (Simulator bounded = Simulator.builder().noRateLimit().journalCapacity(3).journalBytes(1 << 20).start()) {
      Http boundedHttp = new Http(bounded);
      for (int i = 0; i < 5; i++) {
        boundedHttp.send("POST", "/push-notification", "{\"title\":\"p" + i + "\"}");
      }

      assertThat(bounded.journal().entries()).hasSize(3);
      assertThat(bounded.journal().dropped()).isEqualTo(2);
      assertThat(bounded.lockScreen().pushes()).extracting(DeliveredPush::title).containsExactly("p2", "p3", "p4");
      assertThat(bounded.lockScreen().pushesDropped()).isEqualTo(2);
      Http.Answer journal = boundedHttp.get("/_simulator/journal");
      assertThat(journal.headers().get("X-Simulator-Journal-Dropped")).isEqualTo("2");
      assertThat(boundedHttp.get("/_simulator/lock-screen").integer("pushes_dropped")).isEqualTo(2);
    }
  }

  @Test
  void boundsTheJournalInBytes() {
    try (Simulator bounded = Simulator.builder().noRateLimit().journalBytes(100_000).start()) {
      Http boundedHttp = new Http(bounded);
      for (int i = 0; i < 20; i++) {
        boundedHttp.send("POST", "/push-notification", "{\"title\":\"" + "t".repeat(10_000) + "\"}");
      }

      assertThat(bounded.journal().entries()).hasSizeBetween(1, 5);
      assertThat(bounded.journal().dropped() + bounded.journal().size()).isEqualTo(20);
      assertThat(bounded.lockScreen().pushes().size() + bounded.lockScreen().pushesDropped()).isEqualTo(20);
    }
  }

  @Test
  void dropsEndedLiveActivitiesPastTheHistory() {
    try (Simulator bounded = Simulator.builder().noRateLimit().journalCapacity(2).start()) {
      Http boundedHttp = new Http(bounded);
      for (int i = 0; i < 5; i++) {
        String id = boundedHttp.send("POST", "/live-activity/start",
            "{\"content_state\":{\"title\":\"a" + i + "\",\"type\":\"alert\",\"message\":\"m\"}}").string("activity_id");
        assertThat(boundedHttp.send("POST", "/live-activity/end",
            "{\"activity_id\":\"" + id + "\",\"content_state\":{\"title\":\"a\",\"message\":\"m\"}}").status())
            .isEqualTo(200);
      }
      boundedHttp.send("POST", "/live-activity/start", "{\"content_state\":{\"title\":\"last\",\"type\":\"alert\",\"message\":\"m\"}}");

      assertThat(bounded.lockScreen().allLiveActivities()).hasSizeLessThanOrEqualTo(3);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{'kind':'server_error','times':1.5}",
      "{'kind':'server_error','times':2147483647}",
      "{'kind':'server_error','times':0}",
      "{'kind':'server_error','times':'2'}",
      "{'kind':'server_error','times':1e999999999}",
      "{'kind':'server_error','status':1e20}",
      "{'kind':'server_error','status':99}",
      "{'kind':'server_error','status':404}",
      "{'kind':'server_error','status':502.5}",
      "{'kind':'server_error','status':'502'}",
      "{'kind':'server_error','millis':10}",
      "{'kind':'delay'}",
      "{'kind':'delay','millis':-1}",
      "{'kind':'delay','millis':1e20}",
      "{'kind':'rate_limited','millis':true}",
      "{'kind':'rate_limited','status':429}",
      "{'kind':'truncated_json','handled':'yes'}",
      "{'kind':'truncated_json','operation':7}",
      "{'kind':'truncated_json','operation':'launchRocket'}",
      "{'kind':'truncated_json','color':'red'}",
      "{'kind':7}",
      "{'kind':null}",
      "{}",
      "[]",
      "'server_error'",
      "null",
      "{'kind':'server_error'",
      "{'kind':'server_error'}}",
      "{'kind':'server_error','kind':'delay'}",
      "not json",
      ""})
  void badFaultRequestsAre400WithAMessage(String body) {
    Http.Answer answer = http.postRoot("/_simulator/faults", body);

    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.string("error")).isEqualTo("Invalid control request");
    assertThat(answer.string("message")).isNotBlank();
    assertThat(simulator.faults().pending()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/_simulator/reset", "/_simulator/streams/k/pause", "/_simulator/streams/k/resume"})
  void controlRoutesWithoutABodyRefuseOne(String route) {
    assertThat(http.postRoot(route, "{'x':1}").status()).isEqualTo(400);
    assertThat(http.postRoot(route, "{").status()).isEqualTo(400);
    assertThat(http.postRoot(route, "{}").status()).isEqualTo(200);
  }

  @Test
  void refusesAStreamKeyTheSpecForbids() {
    Http.Answer answer = http.postRoot("/_simulator/streams/bad%20key/pause", "");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.string("message")).contains("stream key");
  }

  @Test
  void schedulesManyFaultsWithoutCopyingThemAndBoundsThem() {
    try (Simulator bounded = Simulator.builder().maxPendingFaults(100).start()) {
      Http boundedHttp = new Http(bounded);

      assertThat(boundedHttp.postRoot("/_simulator/faults", "{'kind':'server_error','times':100}").status()).isEqualTo(200);
      Http.Answer more = boundedHttp.postRoot("/_simulator/faults", "{'kind':'server_error'}");

      assertThat(more.status()).isEqualTo(400);
      assertThat(more.string("message")).contains("at most 100 faults");
      assertThat(bounded.faults().pending()).isEqualTo(100);
      assertThat(boundedHttp.send("POST", "/push-notification", "{\"title\":\"x\"}").status()).isEqualTo(503);
      assertThat(bounded.faults().pending()).isEqualTo(99);
      assertThatThrownBy(() -> bounded.faults().times(1000, Endpoint.PUSH, Fault.serverError(500)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 100");
    }
  }
}
