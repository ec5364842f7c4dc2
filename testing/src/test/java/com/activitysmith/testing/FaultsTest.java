package com.activitysmith.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each fault kind on the wire, whether the request was handled, and how faults are matched. */
class FaultsTest {
  private final Simulator simulator = Simulator.start();
  private final Http http = new Http(simulator);

  @AfterEach
  void close() {
    simulator.close();
  }

  private Http.Answer push(String title) {
    return http.post("/push-notification", "{'title':'" + title + "'}");
  }

  @Test
  void aServerErrorIsAnsweredWithoutHandlingTheRequest() {
    simulator.faults().next(Fault.serverError(503));

    Http.Answer answer = push("one");

    assertThat(answer.status()).isEqualTo(503);
    assertThat(answer.json()).containsEntry("error", "Service Unavailable");
    assertThat(simulator.lockScreen().pushes()).isEmpty();
    JournalEntry entry = simulator.journal().last().orElseThrow();
    assertThat(entry.fault()).isNotNull();
    assertThat(entry.fault().kind()).isEqualTo(Fault.Kind.SERVER_ERROR);
    assertThat(entry.delivered()).isFalse();
    assertThat(push("two").status()).isEqualTo(200);
  }

  @Test
  void aScriptedScheduleIsPlayedInOrderOncePerRequest() {
    simulator.faults().next(Fault.serverError(500), Fault.serverError(502)).next(Fault.serverError(503));
    assertThat(simulator.faults().pending()).isEqualTo(3);

    assertThat(push("a").status()).isEqualTo(500);
    assertThat(push("b").status()).isEqualTo(502);
    assertThat(push("c").status()).isEqualTo(503);
    assertThat(push("d").status()).isEqualTo(200);
    assertThat(simulator.faults().pending()).isZero();
  }

  @Test
  void operationFaultsWaitForTheirOperation() {
    simulator.faults().next(Endpoint.BADGE, Fault.serverError(500));

    assertThat(push("unaffected").status()).isEqualTo(200);
    assertThat(simulator.faults().pending()).isEqualTo(1);
    assertThat(http.post("/badge", "{'badge':1}").status()).isEqualTo(500);
    assertThat(simulator.lockScreen().badge()).isEmpty();
  }

  @Test
  void aRateLimitFaultCarriesRetryAfter() {
    simulator.faults().next(Fault.rateLimited(Duration.ofMillis(1500)));

    Http.Answer answer = push("x");

    assertThat(answer.status()).isEqualTo(429);
    assertThat(answer.headers().get("Retry-After")).isEqualTo("2");
    assertThat(answer.json()).containsEntry("error", "Rate limit exceeded").doesNotContainKey("limit");
  }

  @Test
  void anHtmlErrorPageIsNotJson() {
    simulator.faults().next(Fault.htmlErrorPage(502));

    Http.Answer answer = push("x");

    assertThat(answer.status()).isEqualTo(502);
    assertThat(answer.headers().get("Content-Type")).startsWith("text/html");
    assertThat(answer.body()).contains("<h1>502 Bad Gateway</h1>");
    assertThat(simulator.lockScreen().pushes()).isEmpty();
  }

  @Test
  void aDelayBeyondTheClientsTimeoutStillHandlesTheRequest() {
    OkHttpClient impatient = new OkHttpClient.Builder().readTimeout(Duration.ofMillis(200))
        .retryOnConnectionFailure(false).build();
    simulator.faults().next(Fault.delay(Duration.ofMillis(1500)));

    assertThatThrownBy(() -> new Http(simulator, impatient).post("/push-notification", "{'title':'slow'}"))
        .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(InterruptedIOException.class);

    assertThat(simulator.lockScreen().pushes()).extracting(DeliveredPush::title).containsExactly("slow");
    assertThat(simulator.journal().last().orElseThrow().delivered()).isTrue();
  }

  @Test
  void aResetMidResponseBreaksTheBodyAfterHandling() {
    simulator.faults().next(Fault.resetMidResponse());

    assertThatThrownBy(() -> push("reset")).isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(IOException.class);

    assertThat(simulator.lockScreen().pushes()).extracting(DeliveredPush::title).containsExactly("reset");
    assertThat(push("after").status()).isEqualTo(200);
  }

  @Test
  void truncatedJsonKeepsTheStatusAndCutsTheBody() {
    simulator.faults().next(Fault.truncatedJson());

    Http.Answer answer = push("cut");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).startsWith("{\"success\":true");
    assertThat(answer.body()).doesNotEndWith("}");
    assertThat(simulator.journal().last().orElseThrow().responseJson()).isEmpty();
    assertThat(simulator.lockScreen().pushes()).hasSize(1);
  }

  @Test
  void theDefaultHandlingCanBeOverridden() {
    simulator.faults().next(Fault.serverError(500).afterHandling(), Fault.truncatedJson().beforeHandling());

    assertThat(push("handled then 500").status()).isEqualTo(500);
    Http.Answer cut = push("not handled");

    assertThat(cut.status()).isEqualTo(503);
    assertThat(simulator.lockScreen().pushes()).extracting(DeliveredPush::title).containsExactly("handled then 500");
    assertThat(simulator.journal().entries()).extracting(JournalEntry::delivered).containsExactly(true, false);
  }

  @Test
  void faultKindsRejectNonsense() {
    assertThatThrownBy(() -> Fault.serverError(404)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5xx");
    assertThatThrownBy(() -> Fault.delay(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.rateLimited(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> simulator.faults().times(0, Endpoint.PUSH, Fault.resetMidResponse()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
