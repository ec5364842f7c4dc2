package com.activitysmith.dsl;

import static com.activitysmith.dsl.Dsl.webhook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A webhook's method is said once, and a body travels only with POST, however the value is made. */
class WebhookTest {
  @Test
  void postWithABodyKeepsTheBody() {
    Action hook = webhook("Retry", "https://ci.example.com/r").post(Map.of("id", 1));

    assertThat(hook).isEqualTo(new Webhook("Retry", "https://ci.example.com/r", "POST", Map.of("id", 1)));
  }

  @Test
  void rejectsABodyWithoutPost() {
    assertThatThrownBy(() -> new Webhook("Retry", "https://ci.example.com/r", "GET", Map.of("id", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a webhook body is sent only with POST, but the method is GET; use post(body)");
  }

  @Test
  void rejectsAMethodOtherThanGetOrPost() {
    assertThatThrownBy(() -> new Webhook("Retry", "https://ci.example.com/r", "PUT", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("webhook method is \"PUT\"; use GET, POST or null (the service's choice)");
  }

  @Test
  void aBodysNumbersAreSentAsWritten() {
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("build", 812);
    body.put("ratio", 0.5);
    body.put("big", 12345678901L);
    String json = WireJson.of(Dsl.push("Deploy").actions(webhook("Retry", "https://ci.example.com/r").post(body)).toPushRequest());

    assertThat(json).contains("\"body\":{\"build\":812,\"ratio\":0.5,\"big\":12345678901}");
    String live = WireJson.of(Dsl.liveActivity("Deploy").alert("Approve?").action(webhook("Go", "https://ci.example.com/r")
        .post(Map.of("build", 812))).toStartRequest());
    assertThat(live).contains("\"body\":{\"build\":812}");
  }
}
