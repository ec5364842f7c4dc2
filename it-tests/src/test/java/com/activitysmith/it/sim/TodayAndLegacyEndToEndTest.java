package com.activitysmith.it.sim;

import static com.activitysmith.dsl.Dsl.liveActivity;
import static com.activitysmith.dsl.Dsl.liveActivityStream;
import static com.activitysmith.dsl.Dsl.push;
import static com.activitysmith.testing.SimulatorAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.activitysmith.ActivitySmith;
import com.activitysmith.BadgeResult;
import com.activitysmith.PushResult;
import com.activitysmith.RateLimitPolicyState;
import com.activitysmith.RetryPolicy;
import com.activitysmith.exception.BadgeDeliveryException;
import com.activitysmith.exception.BillingBlockedException;
import com.activitysmith.exception.LiveActivityLimitException;
import com.activitysmith.exception.NoRecipientsException;
import com.activitysmith.exception.RateLimitException;
import com.activitysmith.testing.BillingBlock;
import com.activitysmith.testing.Fault;
import com.activitysmith.testing.Simulator;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real client against the simulator as today's service (422, per-feature limits with
 * RateLimit headers, device counts) and as the older deployment (404, one shared limit): each
 * error arrives as its typed exception and the rate-limit state shows on results.
 */
class TodayAndLegacyEndToEndTest {
  /** The simulator as today's service or, with {@code legacy}, as the older deployment. */
  static Simulator simulator(boolean legacy, Simulator.Builder builder) {
    return (legacy ? builder.legacy() : builder).start();
  }

  /** A client of the simulator that neither retries nor waits long. */
  static ActivitySmith client(Simulator simulator) {
    return ActivitySmith.builder().apiKey(simulator.apiKey()).baseUrl(simulator.baseUrl())
        .retryPolicy(RetryPolicy.none()).readTimeout(Duration.ofSeconds(5)).build();
  }

  @ParameterizedTest(name = "legacy={0}")
  @ValueSource(booleans = {false, true})
  void noRecipientsIsTypedOn422AndOn404(boolean legacy) {
    try (Simulator simulator = simulator(legacy, Simulator.builder().channel("empty", 0));
        ActivitySmith client = client(simulator)) {
      assertThatThrownBy(() -> client.notifications().channels("empty").send(push("Nobody")))
          .isInstanceOfSatisfying(NoRecipientsException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(legacy ? 404 : 422);
            assertThat(e.effectiveChannelSlugs()).containsExactly("empty");
          });
      assertThatThrownBy(() -> client.badges().channels("empty").set(2)).isInstanceOf(NoRecipientsException.class);
      assertThat(simulator).sentPushCount(0);
    }
  }

  @ParameterizedTest
  @EnumSource(BillingBlock.class)
  void eachBillingBlockIsABillingBlockedException(BillingBlock reason) {
    try (Simulator simulator = Simulator.start(); ActivitySmith client = client(simulator)) {
      simulator.blockBilling(reason);

      assertThatThrownBy(() -> client.notifications().send(push("Blocked")))
          .isInstanceOfSatisfying(BillingBlockedException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(402);
            assertThat(e.reason().name()).isEqualTo(reason.name());
            assertThat(e.upgradeUrl()).contains(BillingBlock.UPGRADE_URL);
            assertThat(e.trialEndsAt().isPresent()).isEqualTo(reason.hasTrialPeriod());
          });
      assertThatThrownBy(() -> client.liveActivities().start(liveActivity().alert("m").title("x")))
          .isInstanceOf(BillingBlockedException.class);
      assertThatThrownBy(() -> client.liveActivities().stream("s", liveActivityStream("s").progress(1)))
          .isInstanceOf(BillingBlockedException.class);
      assertThatThrownBy(() -> client.badges().set(1)).isInstanceOf(BillingBlockedException.class);
      // Never retried: one request each.
      assertThat(simulator.journal().size()).isEqualTo(4);
    }
  }

  @ParameterizedTest(name = "legacy={0}")
  @ValueSource(booleans = {false, true})
  void badgeFaultsAreBadgeDeliveryExceptions(boolean legacy) {
    try (Simulator simulator = simulator(legacy, Simulator.builder().channel("ops", 2));
        ActivitySmith client = client(simulator)) {
      simulator.faults().next(Fault.badgeDeviceDisconnected(), Fault.badgeUpdateFailed());

      assertThatThrownBy(() -> client.badges().channels("ops").set(7))
          .isInstanceOfSatisfying(BadgeDeliveryException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(422);
            assertThat(e.code()).isEqualTo(BadgeDeliveryException.Code.BADGE_DEVICE_DISCONNECTED);
            assertThat(e.badge()).isEqualTo(OptionalInt.of(7));
            assertThat(e.devicesTargeted()).isEqualTo(OptionalInt.of(2));
            assertThat(e.devicesUpdated()).isEqualTo(OptionalInt.of(0));
            assertThat(e.effectiveChannelSlugs()).containsExactly("ops");
          });
      assertThatThrownBy(() -> client.badges().set(8))
          .isInstanceOfSatisfying(BadgeDeliveryException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(502);
            assertThat(e.code()).isEqualTo(BadgeDeliveryException.Code.BADGE_UPDATE_FAILED);
          });
      assertThat(simulator.lockScreen().badge()).isEmpty();
    }
  }

  @ParameterizedTest(name = "legacy={0}")
  @ValueSource(booleans = {false, true})
  void theLiveActivityLimitCarriesDeviceCountsToday(boolean legacy) {
    try (Simulator simulator = simulator(legacy, Simulator.builder().activityLimit(1).devices(3));
        ActivitySmith client = client(simulator)) {
      client.liveActivities().start(liveActivity().alert("a").title("one"));

      assertThatThrownBy(() -> client.liveActivities().start(liveActivity().alert("b").title("two")))
          .isInstanceOfSatisfying(LiveActivityLimitException.class, e -> {
            assertThat(e.limit()).isEqualTo(OptionalInt.of(1));
            assertThat(e.active()).isEqualTo(OptionalInt.of(1));
            assertThat(e.blockedDevices()).isEqualTo(legacy ? OptionalInt.empty() : OptionalInt.of(3));
            assertThat(e.targetedDevices()).isEqualTo(legacy ? OptionalInt.empty() : OptionalInt.of(3));
          });
    }
  }

  @ParameterizedTest(name = "legacy={0}")
  @ValueSource(booleans = {false, true})
  void rateLimitStateIsOnResultsAndOnTheRateLimitException(boolean legacy) {
    // The rate budget off: this is about the service's own 429 and headers (RateBudgetEndToEndTest
    // shows the budget keeping a client out of them).
    try (Simulator simulator = simulator(legacy, Simulator.builder().rateLimit(2));
        ActivitySmith client = ActivitySmith.builder().apiKey(simulator.apiKey()).baseUrl(simulator.baseUrl())
            .retryPolicy(RetryPolicy.none()).readTimeout(Duration.ofSeconds(5))
            .requestBudget(com.activitysmith.RequestBudget.unlimited()).build()) {
      PushResult first = client.notifications().send(push("one").tags("ci", "deploy"));
      BadgeResult badge = client.badges().set(1);
      client.notifications().send(push("two"));

      RateLimitException limited = (RateLimitException) org.assertj.core.api.Assertions.catchThrowable(
          () -> client.notifications().send(push("three")));

      assertThat(first.tags()).containsExactly("ci", "deploy");
      assertThat(simulator).sentPushWithTags("one", "ci", "deploy");
      assertThat(limited).isNotNull();
      assertThat(limited.retryAfter()).isPresent();
      if (legacy) {
        assertThat(first.rateLimit().isEmpty()).isTrue();
        assertThat(limited.rateLimit().isEmpty()).isTrue();
      } else {
        RateLimitPolicyState account = first.rateLimit().policy("account:push").orElseThrow();
        assertThat(account.remaining()).isEqualTo(OptionalLong.of(1));
        assertThat(account.quota()).isEqualTo(OptionalLong.of(2));
        assertThat(account.window()).contains(Duration.ofSeconds(60));
        assertThat(first.rateLimit().policy("public-api-ip:push").orElseThrow().quota()).isEqualTo(OptionalLong.of(600));
        assertThat(badge.rateLimit().policy("account:badges").orElseThrow().remaining()).isEqualTo(OptionalLong.of(1));
        assertThat(limited.rateLimit().policy("account:push").orElseThrow().exhausted()).isTrue();
        assertThat(limited.rawBody()).contains("\"code\":\"rate_limited\"");
      }
      // Today each feature has its own budget; the older deployment did not count badges at all.
      assertThat(client.badges().set(2).badge()).isEqualTo(2);
      assertThat(simulator.journal().entries()).extracting(e -> e.status())
          .isEqualTo(List.of(200, 200, 200, 429, 200));
    }
  }
}
