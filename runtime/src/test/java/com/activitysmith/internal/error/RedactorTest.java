package com.activitysmith.internal.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RedactorTest {
  private final Redactor redactor = new Redactor("ask_123");

  @Test
  void masksEveryOccurrence() {
    assertThat(redactor.redact("key ask_123 and again ask_123.")).isEqualTo("key [REDACTED] and again [REDACTED].");
    assertThat(redactor.redact("nothing secret")).isEqualTo("nothing secret");
    assertThat(redactor.redact(null)).isNull();
  }

  @Test
  void needsASecret() {
    assertThatThrownBy(() -> new Redactor("")).hasMessage("secret is empty");
  }
}
