package com.activitysmith.it.sim;

import static com.activitysmith.dsl.Dsl.GREEN;
import static com.activitysmith.dsl.Dsl.RED;
import static com.activitysmith.dsl.Dsl.YELLOW;
import static com.activitysmith.dsl.Dsl.liveActivity;
import static com.activitysmith.dsl.Dsl.liveActivityEnd;
import static com.activitysmith.dsl.Dsl.liveActivityStream;
import static com.activitysmith.dsl.Dsl.liveActivityUpdate;
import static com.activitysmith.dsl.Dsl.metric;
import static com.activitysmith.dsl.Dsl.push;
import static com.activitysmith.testing.SimulatorAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.activitysmith.ActivitySmith;
import com.activitysmith.BadgeResult;
import com.activitysmith.LiveActivity;
import com.activitysmith.PushResult;
import com.activitysmith.RetryPolicy;
import com.activitysmith.StreamEndResult;
import com.activitysmith.StreamOperation;
import com.activitysmith.StreamResult;
import com.activitysmith.UpdateResult;
import com.activitysmith.exception.AuthenticationException;
import com.activitysmith.exception.LiveActivityLimitException;
import com.activitysmith.exception.NoRecipientsException;
import com.activitysmith.exception.NotFoundException;
import com.activitysmith.exception.PermissionException;
import com.activitysmith.exception.RateLimitException;
import com.activitysmith.testing.ActivitySmithSimulator;
import com.activitysmith.testing.Endpoint;
import com.activitysmith.testing.Simulator;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The runtime client, with DSL payloads, end to end against the embedded simulator. */
@ActivitySmithSimulator(channels = {"ops:2", "empty:0"}, apiKeys = {Simulator.DEFAULT_API_KEY, "ask_ops=ops"})
class ClientEndToEndTest {
  @Test
  void sendsAPushThatTheLockScreenShows(ActivitySmith client, Simulator simulator) {
    PushResult result = client.notifications().send(push("Build failed 🚨").message("CI failed on main").tags("ci"));

    assertThat(result.devicesNotified()).isEqualTo(1);
    assertThat(result.tags()).containsExactly("ci");
    assertThat(simulator).sentExactlyOnePush("Build failed 🚨");
    assertThat(simulator.journal().last().orElseThrow().header("X-ActivitySmith-SDK")).hasValueSatisfying(
        sdk -> assertThat(sdk).startsWith("java-v"));
    assertThat(simulator).journal().neverContains(simulator.apiKey());
  }

  @Test
  void walksASegmentedActivityThroughItsSteps(ActivitySmith client, Simulator simulator) {
    LiveActivity deploy = client.liveActivities().start(
        liveActivity().segmented(4).step(1).color(YELLOW).subtitle("api-gateway").title("Deploy"));
    assertThat(simulator).showsLiveActivity("Deploy").isActive().atStep(1).ofSteps(4);

    UpdateResult updated = deploy.update(liveActivityUpdate("Deploy").segmented().step(3));
    assertThat(updated.activityId()).isEqualTo(deploy.activityId());
    assertThat(simulator).showsLiveActivity("Deploy").isActive().atStep(3).ofSteps(4).hasSubtitle("api-gateway");

    deploy.end(liveActivityEnd("Deploy").segmented().step(4).color(GREEN));
    assertThat(simulator).showsLiveActivity("Deploy").isEnded().atStep(4).hasField("color", "green");
    assertThat(simulator).journal().hasDelivered(Endpoint.START, 1).hasDelivered(Endpoint.UPDATE, 1)
        .hasDelivered(Endpoint.END, 1).allSucceeded();
  }

  @Test
  void streamsStartUpdateNoopRotatePauseAndEnd(ActivitySmith client, Simulator simulator) {
    StreamResult started = client.liveActivities().stream("backup", liveActivityStream("Backup").progress(10));
    StreamResult updated = client.liveActivities().stream("backup", liveActivityStream("Backup").progress(40));
    StreamResult noop = client.liveActivities().stream("backup", liveActivityStream("Backup").progress(40));
    StreamResult rotated = client.liveActivities().stream("backup",
        liveActivityStream("Backup").metrics(metric("Done", 40).unit("%"), metric("State", "copying").color(RED)));

    assertThat(started.operation()).isEqualTo(StreamOperation.STARTED);
    assertThat(updated.operation()).isEqualTo(StreamOperation.UPDATED);
    assertThat(noop.operation()).isEqualTo(StreamOperation.NOOP);
    assertThat(rotated.operation()).isEqualTo(StreamOperation.ROTATED);
    assertThat(rotated.previousActivityId()).isEqualTo(started.activityId());
    assertThat(simulator).stream("backup").isActive().hasType("metrics");

    simulator.pauseStream("backup");
    StreamResult paused = client.liveActivities().stream("backup", liveActivityStream("Backup").progress(50));
    assertThat(paused.operation()).isEqualTo(StreamOperation.PAUSED);
    assertThat(paused.activityId()).isNull();
    simulator.resumeStream("backup");

    client.liveActivities().stream("backup", liveActivityStream("Backup").progress(99));
    StreamEndResult ended = client.liveActivities().endStream("backup");
    assertThat(ended.activityId()).isNotNull();
    assertThat(simulator).stream("backup").isEnded().atPercentage(99);
  }

  @Test
  void setsMetricsAndTheBadge(ActivitySmith client, Simulator simulator) {
    client.metrics().update("api.uptime", new BigDecimal("99.95"));
    client.metrics().update("status", "all green");
    BadgeResult badge = client.badges().set(3);

    assertThat(badge.badge()).isEqualTo(3);
    assertThat(simulator).hasMetric("api.uptime", new BigDecimal("99.95")).hasMetric("status", "all green").hasBadge(3);
  }

  @Test
  void channelsReachTheirDevicesAndUnknownOnesHaveNoRecipients(ActivitySmith client, Simulator simulator) {
    PushResult toOps = client.notifications().channels("ops").send(push("Ops only"));
    assertThat(toOps.devicesNotified()).isEqualTo(2);
    assertThat(toOps.effectiveChannelSlugs()).containsExactly("ops");

    assertThatThrownBy(() -> client.notifications().channels("marketing").send(push("Nobody")))
        .isInstanceOf(NoRecipientsException.class);
    assertThatThrownBy(() -> client.liveActivities().channels("empty").start(liveActivity().alert("m").title("x")))
        .isInstanceOf(NoRecipientsException.class);
    assertThat(simulator).sentNoPush("Nobody");
  }

  @Test
  void errorsArriveAsTypedExceptions(Simulator simulator) {
    RetryPolicy noRetries = RetryPolicy.none();
    try (ActivitySmith wrongKey = client(simulator, "ask_wrong", noRetries);
        ActivitySmith scoped = client(simulator, "ask_ops", noRetries);
        ActivitySmith client = client(simulator, simulator.apiKey(), noRetries)) {
      assertThatThrownBy(() -> wrongKey.badges().set(1)).isInstanceOf(AuthenticationException.class);
      assertThatThrownBy(() -> scoped.notifications().channels("dev").send(push("x")))
          .isInstanceOf(PermissionException.class);
      assertThatThrownBy(() -> client.liveActivities().update("no-such-id", liveActivityUpdate("x").alert("m")))
          .isInstanceOf(PermissionException.class);
      assertThatThrownBy(() -> client.liveActivities().endStream("never-started"))
          .isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  @ActivitySmithSimulator(activityLimit = 2, rateLimit = 2, legacy = true)
  void limitsArriveAsTheirOwnExceptions(Simulator simulator) {
    try (ActivitySmith client = client(simulator, simulator.apiKey(), RetryPolicy.none())) {
      client.liveActivities().start(liveActivity().alert("a").title("one"));
      client.liveActivities().start(liveActivity().alert("b").title("two"));
      assertThatThrownBy(() -> client.liveActivities().start(liveActivity().alert("c").title("three")))
          .isInstanceOfSatisfying(LiveActivityLimitException.class, e -> {
            assertThat(e.limit()).hasValue(2);
            assertThat(e.active()).hasValue(2);
          });

      client.metrics().update("cpu", 1);
      client.metrics().update("cpu", 2);
      assertThatThrownBy(() -> client.metrics().update("cpu", 3))
          .isInstanceOfSatisfying(RateLimitException.class, e -> assertThat(e.retryAfter()).isPresent());
      assertThat(simulator).hasMetric("cpu", 2);
    }
  }

  private static ActivitySmith client(Simulator simulator, String key, RetryPolicy policy) {
    return ActivitySmith.builder().apiKey(key).baseUrl(simulator.baseUrl()).retryPolicy(policy)
        .readTimeout(Duration.ofSeconds(5)).build();
  }
}
