package com.activitysmith.internal.budget;

import static org.assertj.core.api.Assertions.assertThat;

import com.activitysmith.RequestBudget;
import com.activitysmith.RequestBudget.Policy;
import com.activitysmith.RequestBudget.Priority;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalBudgetTest {
  private static final Policy PUSH = new Policy("account:push", 60, Duration.ofSeconds(60));
  private static final Policy IP_PUSH = new Policy("public-api-ip:push", 600, Duration.ofSeconds(60));
  private static final Policy LIVE = new Policy("account:live_activities", 300, Duration.ofSeconds(60));

  private final ManualClock clock = new ManualClock();
  private final LocalBudget budget = new LocalBudget(clock);

  @Test
  void allowsTheQuotaOfAWindowThenSaysHowLongUntilTheNext() {
    for (int i = 0; i < 60; i++) {
      assertThat(budget.tryAcquire(List.of(PUSH, IP_PUSH), Priority.FINAL)).as("push %d", i).isZero();
    }
    clock.advance(Duration.ofSeconds(15));

    Duration wait = budget.tryAcquire(List.of(PUSH, IP_PUSH), Priority.FINAL);

    assertThat(wait).isEqualTo(Duration.ofSeconds(45));
    clock.advance(wait);
    assertThat(budget.tryAcquire(List.of(PUSH, IP_PUSH), Priority.FINAL)).isZero();
    assertThat(budget.available(PUSH)).isEqualTo(59);
  }

  @Test
  void takesFromEveryPolicyOrFromNone() {
    Policy tight = new Policy("account", 2, Duration.ofSeconds(60));
    assertThat(budget.tryAcquire(List.of(PUSH, tight), Priority.FINAL)).isZero();
    assertThat(budget.tryAcquire(List.of(PUSH, tight), Priority.FINAL)).isZero();

    assertThat(budget.tryAcquire(List.of(PUSH, tight), Priority.FINAL)).isPositive();

    assertThat(budget.available(PUSH)).as("nothing taken from the policy with room").isEqualTo(58);
  }

  @Test
  void givesBackWhatWasNeverSent() {
    budget.tryAcquire(List.of(PUSH), Priority.FINAL);
    budget.release(List.of(PUSH), Priority.FINAL);

    assertThat(budget.available(PUSH)).isEqualTo(60);
  }

  @Test
  void theServicesRemainingAndResetWinOverTheEstimate() {
    budget.tryAcquire(List.of(PUSH), Priority.FINAL);

    // Another process used the key: the service has 10 left, and its window ends in 20 s; 2 more
    // of ours are on their way and not yet counted there.
    budget.correct(PUSH, 10, Duration.ofSeconds(20), 2);

    assertThat(budget.available(PUSH)).isEqualTo(8);
    clock.advance(Duration.ofSeconds(20));
    assertThat(budget.available(PUSH)).as("full again when the service's window ends").isEqualTo(60);
  }

  @Test
  void aReportedResetWithinTheHeadersRoundingLeavesTheWindowWhereItIs() {
    budget.correct(PUSH, 60, Duration.ofSeconds(60), 0);
    budget.tryAcquire(List.of(PUSH), Priority.FINAL);
    clock.advance(Duration.ofMillis(10_400));

    budget.correct(PUSH, 59, Duration.ofSeconds(50), 0);

    clock.advance(Duration.ofMillis(49_600));
    assertThat(budget.available(PUSH)).isEqualTo(60);
  }

  @Test
  void intermediateRequestsArePacedAcrossTheWindowAndLeaveRoomForFinalOnes() {
    int sent = 0;
    for (int i = 0; i < 1000 && budget.tryAcquire(List.of(LIVE), Priority.INTERMEDIATE).isZero(); i++) {
      sent++;
    }
    assertThat(sent).as("a burst of a tenth of the quota").isEqualTo(30);

    Duration next = budget.tryAcquire(List.of(LIVE), Priority.INTERMEDIATE);
    assertThat(next.toMillis()).as("then one every 60 s / 270").isBetween(200L, 230L);
    assertThat(budget.tryAcquire(List.of(LIVE), Priority.FINAL)).as("an end is not paced").isZero();

    // Over a whole window, paced requests take 30 + 270 at most: the quota, never more.
    int inWindow = sent;
    for (int ms = 0; ms < 59_000; ms += 50) {
      clock.advance(Duration.ofMillis(50));
      if (budget.tryAcquire(List.of(LIVE), Priority.INTERMEDIATE).isZero()) {
        inWindow++;
      }
    }
    assertThat(inWindow).isBetween(285, 299);
  }

  @Test
  void aPolicySizedDifferentlyStartsAFreshBucket() {
    budget.tryAcquire(List.of(PUSH), Priority.FINAL);
    Policy bigger = new Policy(PUSH.name(), 1000, Duration.ofSeconds(60));

    assertThat(budget.available(bigger)).isEqualTo(1000);
  }

  @Test
  void unlimitedAllowsEverything() {
    RequestBudget none = RequestBudget.unlimited();
    for (int i = 0; i < 10_000; i++) {
      assertThat(none.tryAcquire(List.of(PUSH), Priority.FINAL)).isZero();
    }
  }
}
