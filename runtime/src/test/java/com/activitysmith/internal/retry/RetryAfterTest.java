package com.activitysmith.internal.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private static final Instant NOW = Instant.parse("2026-03-04T09:00:00Z");

  @Test
  void readsDelaySeconds() {
    assertThat(RetryAfter.parse("30", NOW)).contains(Duration.ofSeconds(30));
    assertThat(RetryAfter.parse(" 0 ", NOW)).contains(Duration.ZERO);
    assertThat(RetryAfter.parse("99999999999999999999", NOW)).hasValueSatisfying(d -> assertThat(d).isGreaterThan(Duration.ofDays(365)));
  }

  @Test
  void readsHttpDates() {
    assertThat(RetryAfter.parse("Wed, 04 Mar 2026 09:01:30 GMT", NOW)).contains(Duration.ofSeconds(90));
    assertThat(RetryAfter.parse("Wed, 04 Mar 2026 08:00:00 GMT", NOW)).contains(Duration.ZERO);
  }

  @Test
  void ignoresAbsentOrUnreadableValues() {
    assertThat(RetryAfter.parse(null, NOW)).isEmpty();
    assertThat(RetryAfter.parse("", NOW)).isEmpty();
    assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
    assertThat(RetryAfter.parse("1.5", NOW)).isEmpty();
    assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
  }
}
