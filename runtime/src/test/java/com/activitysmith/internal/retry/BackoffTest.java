package com.activitysmith.internal.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.activitysmith.RetryPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private static final RetryPolicy POLICY = RetryPolicy.builder()
      .initialBackoff(Duration.ofMillis(500)).maxBackoff(Duration.ofSeconds(8)).jitter(0.25).build();

  @Test
  void doublesFromTheInitialWaitUpToTheCap() {
    Backoff exact = new Backoff(POLICY, () -> 0.0);

    assertThat(exact.delay(1)).isEqualTo(Duration.ofMillis(500));
    assertThat(exact.delay(2)).isEqualTo(Duration.ofSeconds(1));
    assertThat(exact.delay(5)).isEqualTo(Duration.ofSeconds(8));
    assertThat(exact.delay(6)).isEqualTo(Duration.ofSeconds(8));
    assertThat(exact.delay(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(8));
  }

  @Test
  void jitterShortensByAtMostItsShare() {
    assertThat(new Backoff(POLICY, () -> 0.5).delay(2)).isEqualTo(Duration.ofMillis(875));
    assertThat(new Backoff(POLICY, () -> 0.999_999).delay(1).toMillis()).isEqualTo(375);
  }

  @Test
  void randomJitterStaysWithinBounds() {
    Backoff random = new Backoff(POLICY);
    for (int i = 0; i < 1000; i++) {
      assertThat(random.delay(3)).isBetween(Duration.ofMillis(1500), Duration.ofSeconds(2));
    }
  }

  @Test
  void retriesCountFromOne() {
    assertThatThrownBy(() -> new Backoff(POLICY).delay(0)).hasMessage("retry must be at least 1 but was 0");
  }
}
