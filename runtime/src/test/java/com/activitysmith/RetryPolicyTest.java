package com.activitysmith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  @Test
  void defaultsAreAsDocumented() {
    RetryPolicy policy = RetryPolicy.defaults();

    assertThat(policy.maxAttempts()).isEqualTo(3);
    assertThat(policy.initialBackoff()).isEqualTo(Duration.ofMillis(500));
    assertThat(policy.maxBackoff()).isEqualTo(Duration.ofSeconds(8));
    assertThat(policy.jitter()).isEqualTo(0.25);
    assertThat(policy.maxElapsed()).isEqualTo(Duration.ofSeconds(60));
    assertThat(policy.maxRetryAfter()).isEqualTo(Duration.ofSeconds(30));
    assertThat(policy.clock()).isEqualTo(Clock.systemUTC());
  }

  @Test
  void noneMakesOneAttempt() {
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
  }

  @Test
  void toBuilderKeepsEverySetting() {
    FakeTime time = new FakeTime();
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(5).initialBackoff(Duration.ofSeconds(1))
        .maxBackoff(Duration.ofSeconds(2)).jitter(0.5).maxElapsed(Duration.ofSeconds(9))
        .maxRetryAfter(Duration.ofSeconds(4)).clock(time).sleeper(time).build();

    RetryPolicy copy = policy.toBuilder().build();

    assertThat(copy.toString()).isEqualTo(policy.toString()).isEqualTo("RetryPolicy{maxAttempts=5, initialBackoff=PT1S, "
        + "maxBackoff=PT2S, jitter=0.5, maxElapsed=PT9S, maxRetryAfter=PT4S}");
    assertThat(copy.clock()).isSameAs(time);
    assertThat(copy.sleeper()).isSameAs(time);
  }

  @Test
  void rejectsSettingsThatMakeNoSense() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0)).hasMessage("maxAttempts must be at least 1 but was 0");
    assertThatThrownBy(() -> RetryPolicy.builder().jitter(1.5)).hasMessage("jitter must be between 0 and 1 but was 1.5");
    assertThatThrownBy(() -> RetryPolicy.builder().jitter(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().maxElapsed(Duration.ofSeconds(-1)))
        .hasMessage("maxElapsed must not be negative but was PT-1S");
    assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofSeconds(10)).build())
        .hasMessage("initialBackoff PT10S exceeds maxBackoff PT8S");
    assertThatThrownBy(() -> RetryPolicy.builder().sleeper(null)).hasMessage("sleeper == null");
    assertThatThrownBy(() -> RetryPolicy.builder().clock(null)).hasMessage("clock == null");
  }
}
