package com.activitysmith.it.sim;

import static com.activitysmith.dsl.Dsl.liveActivity;
import static com.activitysmith.dsl.Dsl.liveActivityEnd;
import static com.activitysmith.dsl.Dsl.push;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.activitysmith.ActivitySmith;
import com.activitysmith.LiveActivity;
import com.activitysmith.RetryPolicy;
import com.activitysmith.exception.LiveActivityLimitException;
import com.activitysmith.testing.JournalEntry;
import com.activitysmith.testing.Endpoint;
import com.activitysmith.testing.Simulator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The client's rate budget and Live Activity limit against the simulator with the service's limits on. */
@Timeout(120)
class RateBudgetEndToEndTest {
  @Test
  void ninetyPushesInARowWaitForTheNextWindowInsteadOfGetting429s() {
    VirtualTime time = new VirtualTime();
    try (Simulator simulator = Simulator.builder().clock(time).start();
        ActivitySmith client = ActivitySmith.builder().apiKey(simulator.apiKey()).baseUrl(simulator.baseUrl())
            .retryPolicy(RetryPolicy.builder().clock(time).sleeper(time).build()).build()) {
      Instant start = time.instant();
      for (int i = 0; i < 90; i++) {
        client.notifications().send(push("Build " + i));
      }

      List<JournalEntry> pushes = simulator.journal().entries(Endpoint.PUSH);
      assertThat(pushes).hasSize(90).extracting(JournalEntry::status).containsOnly(200);
      assertThat(simulator.lockScreen().pushes()).hasSize(90);
      assertThat(Duration.between(start, pushes.get(89).receivedAt()))
          .as("the last 30 waited for the service's next minute").isGreaterThanOrEqualTo(Duration.ofSeconds(59));
    }
  }

  @Test
  void aFifthStartIsRefusedWithoutBeingSentAndAnEndMakesRoom() {
    try (Simulator simulator = Simulator.builder().start();
        ActivitySmith client = ActivitySmith.builder().apiKey(simulator.apiKey()).baseUrl(simulator.baseUrl()).build()) {
      List<LiveActivity> running = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        running.add(client.liveActivities().start(liveActivity("Deploy " + i).progress(10)));
      }

      LiveActivityLimitException refused = catchThrowableOfType(LiveActivityLimitException.class,
          () -> client.liveActivities().start(liveActivity("Deploy 4").progress(10)));

      assertThat(refused.attempts()).as("not sent").isZero();
      assertThat(refused.statusCode()).isZero();
      assertThat(refused.limit()).hasValue(4);
      assertThat(refused.active()).hasValue(4);
      assertThat(refused).hasMessageContaining("this client knows of 4 running Live Activities and at most 4 may run at once");
      assertThat(simulator.journal().entries(Endpoint.START)).hasSize(4);

      running.get(0).end(liveActivityEnd("Deploy 0").progress(100));
      client.liveActivities().start(liveActivity("Deploy 4").progress(10));
      assertThat(simulator.journal().entries(Endpoint.START)).hasSize(5).extracting(JournalEntry::status).containsOnly(200);
    }
  }

  @Test
  void theServicesOwnLimitIsTheSameExceptionAndTeachesTheClient() {
    try (Simulator simulator = Simulator.builder().activityLimit(2).start();
        ActivitySmith client = ActivitySmith.builder().apiKey(simulator.apiKey()).baseUrl(simulator.baseUrl()).build()) {
      client.liveActivities().start(liveActivity("A").progress(1));
      client.liveActivities().start(liveActivity("B").progress(1));

      LiveActivityLimitException fromService = catchThrowableOfType(LiveActivityLimitException.class,
          () -> client.liveActivities().start(liveActivity("C").progress(1)));
      LiveActivityLimitException known = catchThrowableOfType(LiveActivityLimitException.class,
          () -> client.liveActivities().start(liveActivity("D").progress(1)));

      assertThat(fromService.statusCode()).isEqualTo(429);
      assertThat(fromService.limit()).hasValue(2);
      assertThat(known.attempts()).as("the service's limit, learned: not sent").isZero();
      assertThat(simulator.journal().entries(Endpoint.START)).hasSize(3);
    }
  }

  /** A clock that moves only when the client sleeps: the budget's waits pass at once. */
  private static final class VirtualTime extends Clock implements RetryPolicy.Sleeper {
    private Instant now = Instant.parse("2026-12-02T10:00:00Z");

    @Override
    public synchronized void sleep(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public synchronized Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }
}
