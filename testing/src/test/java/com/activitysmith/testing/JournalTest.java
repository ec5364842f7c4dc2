package com.activitysmith.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The journal records every request and answer, without the key. */
class JournalTest {
  @Test
  void recordsMethodPathHeadersBodyAndAnswer() {
    TestClock clock = new TestClock();
    try (Simulator simulator = Simulator.builder().clock(clock).start()) {
      Http http = new Http(simulator);
      http.post("/push-notification", "{'title':'Hello'}");
      clock.advance(Duration.ofSeconds(1));
      http.put("/live-activity/stream/my-key", "{'content_state':{'title':'x'}}");

      Journal journal = simulator.journal();

      assertThat(journal.size()).isEqualTo(2);
      JournalEntry push = journal.entries().get(0);
      assertThat(push.sequence()).isEqualTo(1);
      assertThat(push.receivedAt()).isEqualTo(Instant.parse("2026-03-04T09:00:00Z"));
      assertThat(push.method()).isEqualTo("POST");
      assertThat(push.path()).isEqualTo("/api/push-notification");
      assertThat(push.operation()).isEqualTo(Endpoint.PUSH);
      assertThat(push.requestBody()).isEqualTo("{\"title\":\"Hello\"}");
      assertThat(push.requestJson()).contains(Map.of("title", "Hello"));
      assertThat(push.status()).isEqualTo(200);
      assertThat(push.responseBody()).contains("\"devices_notified\":1");
      assertThat(push.delivered()).isTrue();
      assertThat(push.header("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
      assertThat(push.header("Authorization")).contains("[redacted]");
      assertThat(push.headers().toString()).doesNotContain(simulator.apiKey());

      JournalEntry stream = journal.last().orElseThrow();
      assertThat(stream.operation()).isEqualTo(Endpoint.STREAM);
      assertThat(stream.status()).isEqualTo(400);
      assertThat(stream.delivered()).isFalse();
      assertThat(journal.entries(Endpoint.STREAM)).containsExactly(stream);
      assertThat(journal.deliveredCount(Endpoint.PUSH)).isEqualTo(1);
      assertThat(journal.toString()).contains("#2 PUT /api/live-activity/stream/my-key -> 400");
    }
  }

  @Test
  void unroutedRequestsAreJournaledWithoutAnOperation() {
    try (Simulator simulator = Simulator.start()) {
      new Http(simulator).post("/nowhere", "{}");

      JournalEntry entry = simulator.journal().last().orElseThrow();
      assertThat(entry.operation()).isNull();
      assertThat(entry.status()).isEqualTo(404);
    }
  }

  @Test
  void keepsOnlyTheNewestEntriesUpToItsCapacity() {
    try (Simulator simulator = Simulator.builder().journalCapacity(3).start()) {
      Http http = new Http(simulator);
      for (int i = 1; i <= 5; i++) {
        http.post("/badge", "{'badge':" + i + "}");
      }

      assertThat(simulator.journal().entries()).extracting(JournalEntry::sequence).containsExactly(3, 4, 5);
    }
  }

  @Test
  void resetForgetsStateJournalFaultsAndRateCounts() {
    try (Simulator simulator = Simulator.builder().rateLimit(1).start()) {
      Http http = new Http(simulator);
      http.post("/push-notification", "{'title':'x'}");
      http.post("/live-activity/start", "{'content_state':{'title':'x','type':'alert','message':'m'}}");
      simulator.faults().next(Fault.serverError(500));

      simulator.reset();

      assertThat(simulator.journal().size()).isZero();
      assertThat(simulator.lockScreen().pushes()).isEmpty();
      assertThat(simulator.lockScreen().allLiveActivities()).isEmpty();
      assertThat(simulator.faults().pending()).isZero();
      assertThat(http.post("/push-notification", "{'title':'y'}").status()).isEqualTo(200);
      assertThat(simulator.journal().last().orElseThrow().sequence()).isEqualTo(1);
    }
  }
}
