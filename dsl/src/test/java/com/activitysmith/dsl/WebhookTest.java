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
}
