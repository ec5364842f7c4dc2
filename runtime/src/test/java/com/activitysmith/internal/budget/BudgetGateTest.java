package com.activitysmith.internal.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.activitysmith.RateLimitPolicyState;
import com.activitysmith.RateLimitState;
import com.activitysmith.RequestBudget;
import com.activitysmith.RequestBudget.Policy;
import com.activitysmith.RequestBudget.Priority;
import com.activitysmith.RetryPolicy;
import com.activitysmith.exception.RequestBudgetException;
import com.activitysmith.internal.retry.RetryScheduler;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class BudgetGateTest {
  private static final String PUSH = "sendPushNotification";
  private static final String START = "startLiveActivity";
  private static final String UPDATE = "updateLiveActivity";
  private static final String END = "endLiveActivity";
  private static final String LIVE = "account:live_activities";
  private static final String ACCOUNT_PUSH = "account:push";

  private final ManualClock clock = new ManualClock();
  private final Rooms budget = new Rooms();
  private final Ticks sleeper = new Ticks();
  private final RetryScheduler scheduler = new RetryScheduler(RetryPolicy.builder().clock(clock).sleeper(sleeper).build());
  private BudgetGate gate = new BudgetGate(budget, clock, scheduler, Duration.ofSeconds(60));

  @AfterEach
  void close() {
    gate.close();
    scheduler.close();
  }

  @Test
  void pushesAndEndsGoFirstThenStartsThenIntermediateStates() throws Exception {
    budget.room(LIVE, 0);
    budget.room(ACCOUNT_PUSH, 0);
    CompletableFuture<BudgetGate.Permit> a = gate.admit(UPDATE);
    CompletableFuture<BudgetGate.Permit> b = gate.admit(UPDATE);
    CompletableFuture<BudgetGate.Permit> start = gate.admit(START);
    CompletableFuture<BudgetGate.Permit> end = gate.admit(END);
    CompletableFuture<BudgetGate.Permit> push = gate.admit(PUSH);
    assertThat(gate.queued()).isEqualTo(5);

    budget.room(LIVE, 2);
    budget.room(ACCOUNT_PUSH, 1);
    sleeper.tick();
    start.get(5, TimeUnit.SECONDS);

    assertThat(end).isCompleted();
    assertThat(push).isCompleted();
    assertThat(budget.admitted()).containsExactly(END, PUSH, START);
    assertThat(a).isNotDone();
    assertThat(b).isNotDone();
    assertThat(gate.queued()).isEqualTo(2);

    budget.room(LIVE, 2);
    sleeper.tick();
    b.get(5, TimeUnit.SECONDS);
    assertThat(budget.admitted()).containsExactly(END, PUSH, START, UPDATE, UPDATE);
    assertThat(budget.priorities()).containsExactly(Priority.FINAL, Priority.FINAL, Priority.START,
        Priority.INTERMEDIATE, Priority.INTERMEDIATE);
  }

  @Test
  void aSpentLiveActivityBudgetNeverDelaysAPush() {
    budget.room(LIVE, 0);
    CompletableFuture<BudgetGate.Permit> update = gate.admit(UPDATE);

    CompletableFuture<BudgetGate.Permit> push = gate.admit(PUSH);

    assertThat(push).isCompleted();
    assertThat(update).isNotDone();
  }

  @Test
  void aRequestThatCouldNotHaveRoomInTimeFailsAtOnceAndIsNotCounted() {
    gate.close();
    gate = new BudgetGate(budget, clock, scheduler, Duration.ofSeconds(1));
    budget.room(LIVE, 0);

    CompletableFuture<BudgetGate.Permit> update = gate.admit(UPDATE);

    assertThat(update).isCompletedExceptionally();
    assertThatThrownBy(update::join).cause()
        .isInstanceOf(RequestBudgetException.class)
        .hasMessage("The rate budget has no room for updateLiveActivity within the 1000 ms allowed "
            + "(ActivitySmith.Builder#budgetWait); policies [account:live_activities, public-api-ip:live_activities] "
            + "expect room in 30000 ms; nothing was sent")
        .satisfies(e -> {
          RequestBudgetException budgetException = (RequestBudgetException) e;
          assertThat(budgetException.operationId()).isEqualTo(UPDATE);
          assertThat(budgetException.untilAvailable()).isEqualTo(Duration.ofSeconds(30));
        });
    assertThatThrownBy(() -> gate.acquire(UPDATE)).isInstanceOf(RequestBudgetException.class);
    assertThat(budget.admitted()).isEmpty();
    assertThat(gate.queued()).isZero();
  }

  @Test
  void aQueuedRequestWhoseWaitRunsOutFailsWithoutBeingSent() throws Exception {
    gate.close();
    gate = new BudgetGate(budget, clock, scheduler, Duration.ofSeconds(10));
    budget.room(LIVE, 0);
    budget.waitWhenEmpty(Duration.ofSeconds(4));
    CompletableFuture<BudgetGate.Permit> update = gate.admit(UPDATE);

    clock.advance(Duration.ofSeconds(8));
    sleeper.tick();

    ExecutionException failure = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
        () -> update.get(5, TimeUnit.SECONDS));
    assertThat(failure.getCause()).isInstanceOf(RequestBudgetException.class)
        .hasMessageContaining("no room for updateLiveActivity within the 10000 ms allowed");
    assertThat(budget.admitted()).isEmpty();
  }

  @Test
  void thousandsOfQueuedAsyncRequestsHoldNoThread() throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    budget.room(LIVE, 0);
    gate.admit(UPDATE);
    int baseline = threads.getThreadCount();
    threads.resetPeakThreadCount();
    List<CompletableFuture<BudgetGate.Permit>> queued = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      queued.add(gate.admit(i % 2 == 0 ? UPDATE : END));
    }
    int peak = threads.getPeakThreadCount();
    assertThat(gate.queued()).isEqualTo(5001);

    budget.room(LIVE, 5001);
    sleeper.tick();
    CompletableFuture.allOf(queued.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);

    assertThat(peak - baseline).as("threads added while 5,000 requests queued").isLessThanOrEqualTo(1);
    assertThat(budget.admitted().subList(0, 2500)).as("the ends first").containsOnly(END);
    assertThat(budget.admitted().subList(2500, 5001)).containsOnly(UPDATE);
  }

  @Test
  void aBlockingCallWaitsForRoomOnItsOwnThread() throws Exception {
    budget.room(LIVE, 0);
    CompletableFuture<BudgetGate.Permit> blocked = CompletableFuture.supplyAsync(() -> gate.acquire(UPDATE));
    while (gate.queued() == 0) {
      Thread.onSpinWait();
    }
    assertThat(blocked).isNotDone();

    budget.room(LIVE, 1);
    sleeper.tick();

    assertThat(blocked.get(5, TimeUnit.SECONDS).operationId()).isEqualTo(UPDATE);
  }

  @Test
  void cancellingAQueuedRequestLeavesTheQueue() {
    budget.room(LIVE, 0);
    CompletableFuture<BudgetGate.Permit> update = gate.admit(UPDATE);

    update.cancel(false);

    assertThat(gate.queued()).isZero();
  }

  @Test
  void closingFailsWhatIsQueuedAndSendsNothing() {
    budget.room(LIVE, 0);
    CompletableFuture<BudgetGate.Permit> update = gate.admit(UPDATE);

    gate.close();

    assertThatThrownBy(update::join).cause().isInstanceOf(IllegalStateException.class)
        .hasMessage("ActivitySmith client was closed before updateLiveActivity had room in the rate budget; nothing was sent");
    assertThatThrownBy(() -> gate.admit(UPDATE)).isInstanceOf(IllegalStateException.class);
    assertThat(budget.admitted()).isEmpty();
  }

  @Test
  void answersCorrectTheBudgetAndTheServicesSizesWin() {
    BudgetGate.Permit first = gate.acquire(PUSH);
    BudgetGate.Permit second = gate.acquire(PUSH);

    gate.settle(first, new RateLimitState(List.of(
        policy(ACCOUNT_PUSH, 10, 20, 100, 60),
        policy("account", 5, 20, 60, 60))));

    assertThat(budget.corrections()).containsExactly(
        "account:push 100/60s remaining 10 reset PT20S in flight 1",
        "account 60/60s remaining 5 reset PT20S in flight 0");
    assertThat(gate.policies(PUSH)).containsExactly(
        new Policy(ACCOUNT_PUSH, 100, Duration.ofSeconds(60)),
        new Policy("public-api-ip:push", 600, Duration.ofSeconds(60)),
        new Policy("account", 60, Duration.ofSeconds(60)));
    assertThat(gate.policies(UPDATE)).as("an operation the older account policy was not reported for")
        .extracting(Policy::name).containsExactly(LIVE, "public-api-ip:live_activities");
    gate.settle(second, RateLimitState.empty());
  }

  @Test
  void anUnlimitedBudgetLetsEverythingThroughWithoutQueueing() {
    gate.close();
    gate = new BudgetGate(RequestBudget.unlimited(), clock, scheduler, Duration.ofSeconds(1));
    for (int i = 0; i < 1000; i++) {
      assertThat(gate.admit(UPDATE)).isCompleted();
    }
    assertThat(gate.queued()).isZero();
  }

  private static RateLimitPolicyState policy(String name, long remaining, long resetSeconds, long quota, long windowSeconds) {
    return new RateLimitPolicyState(name, OptionalLong.of(remaining), Optional.of(Duration.ofSeconds(resetSeconds)),
        OptionalLong.of(quota), Optional.of(Duration.ofSeconds(windowSeconds)));
  }

  /** A budget with a number of requests left per policy name that the test sets; records what it admitted. */
  private static final class Rooms implements RequestBudget {
    private final Map<String, Integer> room = new HashMap<>();
    private final List<String> admitted = new ArrayList<>();
    private final List<Priority> priorities = new ArrayList<>();
    private final List<String> corrections = new ArrayList<>();
    private Duration waitWhenEmpty = Duration.ofSeconds(30);

    synchronized void room(String policy, int requests) {
      room.put(policy, requests);
    }

    synchronized void waitWhenEmpty(Duration wait) {
      waitWhenEmpty = wait;
    }

    synchronized List<String> admitted() {
      return List.copyOf(admitted);
    }

    synchronized List<Priority> priorities() {
      return List.copyOf(priorities);
    }

    synchronized List<String> corrections() {
      return List.copyOf(corrections);
    }

    @Override
    public synchronized Duration tryAcquire(List<Policy> policies, Priority priority) {
      for (Policy policy : policies) {
        if (room.getOrDefault(policy.name(), 1_000_000) <= 0) {
          return waitWhenEmpty;
        }
      }
      policies.forEach(policy -> room.put(policy.name(), room.getOrDefault(policy.name(), 1_000_000) - 1));
      admitted.add(operationOf(policies, priority));
      priorities.add(priority);
      return Duration.ZERO;
    }

    private static String operationOf(List<Policy> policies, Priority priority) {
      boolean push = policies.stream().anyMatch(p -> p.name().equals(ACCOUNT_PUSH));
      return switch (priority) {
        case FINAL -> push ? PUSH : END;
        case START -> START;
        case INTERMEDIATE -> UPDATE;
      };
    }

    @Override
    public synchronized void correct(Policy policy, long remaining, Duration reset, long inFlight) {
      corrections.add(policy.name() + " " + policy.quota() + "/" + policy.window().toSeconds() + "s remaining " + remaining
          + " reset " + reset + " in flight " + inFlight);
    }
  }

  /** A sleeper that returns when the test ticks it, so the gate re-checks the budget exactly then. */
  private static final class Ticks implements RetryPolicy.Sleeper {
    private final LinkedBlockingQueue<Boolean> ticks = new LinkedBlockingQueue<>();

    void tick() {
      ticks.add(true);
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
      ticks.take();
    }
  }
}
