package com.activitysmith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.activitysmith.exception.ApiException;
import com.activitysmith.exception.BadgeDeliveryException;
import com.activitysmith.exception.BillingBlockedException;
import com.activitysmith.exception.LiveActivityLimitException;
import com.activitysmith.exception.NoRecipientsException;
import com.activitysmith.exception.NotFoundException;
import com.activitysmith.exception.RateLimitException;
import com.activitysmith.generated.model.ContentStateEnd;
import com.activitysmith.generated.model.ContentStateStart;
import com.activitysmith.generated.model.LiveActivityEndRequest;
import com.activitysmith.generated.model.LiveActivityStreamRequest;
import com.activitysmith.generated.model.StreamContentState;
import com.activitysmith.payload.EndPayload;
import com.activitysmith.payload.StreamPayload;
import com.activitysmith.generated.model.LiveActivityStartRequest;
import com.activitysmith.generated.model.LiveActivityType;
import com.activitysmith.generated.model.PushNotificationRequest;
import com.activitysmith.payload.PushPayload;
import com.activitysmith.payload.StartPayload;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The answers today's service gives (402, 422, badge 422/502, the limit's counts) and the rate-limit state on all. */
class ServiceErrorsTest {
  private static final PushPayload PUSH = PushPayload.of(PushNotificationRequest.builder().title("Hi").build());
  private static final StartPayload START = StartPayload.of(LiveActivityStartRequest.builder()
      .contentState(ContentStateStart.builder().title("Deploy").type(LiveActivityType.ALERT).message("go").build())
      .build());
  private static final StreamPayload STREAM = StreamPayload.of(LiveActivityStreamRequest.builder()
      .contentState(StreamContentState.builder().title("T").build()).build());
  private static final EndPayload END = EndPayload.of(LiveActivityEndRequest.builder()
      .contentState(ContentStateEnd.builder().title("T").build()).build());
  private static final String RATE_LIMIT = "\"public-api-ip:push\"; r=599; t=60, \"account:push\"; r=59; t=60";
  private static final String POLICY = "\"public-api-ip:push\"; q=600; w=60, \"account:push\"; q=60; w=60";

  private final ApiServer api = new ApiServer();

  @AfterEach
  void stop() {
    api.close();
  }

  private static <T extends Throwable> T thrown(Class<T> type, Executable call) {
    T exception = catchThrowableOfType(type, call::execute);
    assertThat(exception).as("expected %s", type.getSimpleName()).isNotNull();
    return exception;
  }

  private static MockResponse json(int code, String body) {
    return ApiServer.json(code, body).setHeader("RateLimit", RATE_LIMIT).setHeader("RateLimit-Policy", POLICY).build();
  }

  @Test
  void aBlockedAccountIsBillingBlockedWithReasonUpgradeUrlAndTrialAndIsNeverRetried() {
    api.reply(json(402, "{\"error\":\"trial_expired\",\"message\":\"Your trial has ended\",\"upgrade_url\":"
        + "\"https://activitysmith.com/billing\",\"trial_period\":{\"started_at\":\"2026-11-01T00:00:00Z\","
        + "\"ends_at\":\"2026-11-15T00:00:00Z\"}}"));

    BillingBlockedException e;
    try (ActivitySmith smith = api.builder().build()) {
      e = thrown(BillingBlockedException.class, () -> smith.notifications().send(PUSH));
    }

    assertThat(e.reason()).isEqualTo(BillingBlockedException.Reason.TRIAL_EXPIRED);
    assertThat(e.upgradeUrl()).contains("https://activitysmith.com/billing");
    assertThat(e.trialStartedAt()).contains(OffsetDateTime.parse("2026-11-01T00:00:00Z"));
    assertThat(e.trialEndsAt()).contains(OffsetDateTime.parse("2026-11-15T00:00:00Z"));
    assertThat(e.getMessage()).isEqualTo("trial_expired: Your trial has ended (upgrade at https://activitysmith.com/billing) "
        + "[HTTP 402, sendPushNotification, 1 attempt]");
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(api.requestCount()).isEqualTo(1);
    assertThat(e.rateLimit().policy("account:push").orElseThrow().remaining()).hasValue(59);
  }

  @Test
  void aBillingReasonAddedLaterIsUnknownAndOtherReasonsAreRead() {
    api.reply(json(402, "{\"error\":\"billing_overage_cap_reached\",\"message\":\"Cap reached\"}"));
    api.reply(json(402, "{\"error\":\"card_on_fire\"}"));
    api.reply(json(402, "<html>Payment Required</html>"));

    try (ActivitySmith smith = api.oneShot()) {
      BillingBlockedException cap = thrown(BillingBlockedException.class, () -> smith.notifications().send(PUSH));
      BillingBlockedException later = thrown(BillingBlockedException.class, () -> smith.notifications().send(PUSH));
      BillingBlockedException page = thrown(BillingBlockedException.class, () -> smith.notifications().send(PUSH));

      assertThat(cap.reason()).isEqualTo(BillingBlockedException.Reason.BILLING_OVERAGE_CAP_REACHED);
      assertThat(cap.upgradeUrl()).isEmpty();
      assertThat(cap.trialEndsAt()).isEmpty();
      assertThat(later.reason()).isEqualTo(BillingBlockedException.Reason.UNKNOWN);
      assertThat(later.errorCode()).contains("card_on_fire");
      assertThat(page.reason()).isEqualTo(BillingBlockedException.Reason.UNKNOWN);
    }
  }

  @Test
  void noRecipientsIs422TodayWithTheEffectiveChannels() {
    api.reply(json(422, "{\"error\":\"No recipients\",\"message\":\"No devices matched\",\"effective_channel_slugs\":[\"ops\",null,\"oncall\"]}"));

    NoRecipientsException e;
    try (ActivitySmith smith = api.builder().build()) {
      e = thrown(NoRecipientsException.class, () -> smith.liveActivities().start(START));
    }

    assertThat(e.statusCode()).isEqualTo(422);
    assertThat(e.effectiveChannelSlugs()).containsExactly("ops", "oncall");
    assertThat(e.getMessage()).isEqualTo("No recipients: No devices matched (effective channels: ops, oncall) "
        + "[HTTP 422, startLiveActivity, 1 attempt]");
    assertThat(api.requestCount()).isEqualTo(1);
  }

  @Test
  void noRecipientsIsStill404FromOlderDeployments() {
    api.reply(json(404, "{\"error\":\"No recipients\",\"message\":\"No devices matched\"}"));

    try (ActivitySmith smith = api.oneShot()) {
      assertThat(thrown(NoRecipientsException.class, () -> smith.notifications().send(PUSH)).statusCode()).isEqualTo(404);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"<html><body><h1>404 Not Found</h1></body></html>", "", "Not Found", "[\"no\"]"})
  void a404ThatIsNotTheServicesJsonIsNotFoundOnEveryOperation(String body) {
    for (int i = 0; i < 4; i++) {
      api.reply(ApiServer.json(404, body).setHeader("Content-Type", "text/html").build());
    }

    try (ActivitySmith smith = api.oneShot()) {
      List<Executable> calls = List.of(() -> smith.notifications().send(PUSH), () -> smith.liveActivities().start(START),
          () -> smith.badges().set(1), () -> smith.liveActivities().endStream("k"));
      for (Executable call : calls) {
        NotFoundException e = thrown(NotFoundException.class, call);
        assertThat(e).isNotInstanceOf(NoRecipientsException.class);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {422, 502})
  void aBadgeThatCouldNotBeDeliveredCarriesItsCodeAndCountsAndIsNotRetried(int status) {
    String code = status == 422 ? "badge_device_disconnected" : "badge_update_failed";
    api.reply(json(status, "{\"error\":\"Badge not delivered\",\"code\":\"" + code + "\",\"message\":\"No device took it\","
        + "\"badge\":3,\"devices_targeted\":4,\"devices_updated\":1,\"users_updated\":1,\"effective_channel_slugs\":[\"ops\"]}"));

    BadgeDeliveryException e;
    try (ActivitySmith smith = api.builder().build()) {
      e = thrown(BadgeDeliveryException.class, () -> smith.badges().set(3));
    }

    assertThat(e.code()).isEqualTo(status == 422 ? BadgeDeliveryException.Code.BADGE_DEVICE_DISCONNECTED
        : BadgeDeliveryException.Code.BADGE_UPDATE_FAILED);
    assertThat(e.rawCode()).isEqualTo(code);
    assertThat(e.badge()).hasValue(3);
    assertThat(e.devicesTargeted()).hasValue(4);
    assertThat(e.devicesUpdated()).hasValue(1);
    assertThat(e.usersUpdated()).hasValue(1);
    assertThat(e.effectiveChannelSlugs()).containsExactly("ops");
    assertThat(e.getMessage()).isEqualTo("Badge not delivered: No device took it (" + code + ": 1 of 4 devices updated) "
        + "[HTTP " + status + ", updateAppIconBadgeCount, 1 attempt]");
    assertThat(api.requestCount()).isEqualTo(1);
  }

  @Test
  void aBadgeCodeAddedLaterIsUnknown() {
    api.reply(json(502, "{\"error\":\"Badge not delivered\",\"code\":\"badge_melted\",\"devices_updated\":0}"));

    try (ActivitySmith smith = api.oneShot()) {
      BadgeDeliveryException e = thrown(BadgeDeliveryException.class, () -> smith.badges().set(1));
      assertThat(e.code()).isEqualTo(BadgeDeliveryException.Code.UNKNOWN);
      assertThat(e.rawCode()).isEqualTo("badge_melted");
      assertThat(e.devicesTargeted()).isEmpty();
    }
  }

  @Test
  void theLiveActivityLimitCarriesBlockedAndTargetedDevices() {
    api.reply(json(429, "{\"error\":\"Live Activity limit reached\",\"message\":\"Too many running\",\"limit\":4,"
        + "\"active\":4,\"blocked_devices\":2,\"targeted_devices\":3}"));

    try (ActivitySmith smith = api.builder().build()) {
      LiveActivityLimitException e = thrown(LiveActivityLimitException.class, () -> smith.liveActivities().start(START));
      assertThat(e.blockedDevices()).hasValue(2);
      assertThat(e.targetedDevices()).hasValue(3);
      assertThat(e.getMessage()).isEqualTo("Live Activity limit reached: Too many running (limit 4, active 4, 2 of 3 devices "
          + "blocked) [HTTP 429, startLiveActivity, 1 attempt]");
    }
    assertThat(api.requestCount()).isEqualTo(1);
  }

  @Test
  void numbersInMessagesReadAsPeopleWriteThem() {
    // Moshi reads JSON numbers as doubles; 6E+1 and 4.0 must still print as 60 and 4.
    api.reply(json(429, "{\"error\":\"Live Activity limit reached\",\"limit\":4.0,\"active\":6E+1}"));

    try (ActivitySmith smith = api.oneShot()) {
      LiveActivityLimitException e = thrown(LiveActivityLimitException.class, () -> smith.liveActivities().start(START));
      assertThat(e.getMessage()).contains("(limit 4, active 60)");
    }
  }

  @Test
  void a429WithoutRetryAfterWaitsForTheExhaustedPolicysReset() {
    api.reply(ApiServer.json(429, "{\"error\":\"Rate limit exceeded\",\"code\":\"rate_limited\"}")
        .setHeader("RateLimit", "\"account:push\"; r=0; t=12, \"public-api-ip:push\"; r=500; t=12").build());
    api.reply(ApiServer.json(200, "{\"success\":true,\"devices_notified\":1,\"timestamp\":\"2026-03-04T09:00:00Z\"}")
        .setHeader("RateLimit", "\"account:push\"; r=59; t=60").setHeader("RateLimit-Policy", "\"account:push\"; q=60; w=60").build());

    PushResult result;
    try (ActivitySmith smith = api.builder().build()) {
      result = smith.notifications().send(PUSH);
    }

    assertThat(api.time.sleeps()).containsExactly(Duration.ofSeconds(12));
    RateLimitPolicyState account = result.rateLimit().policy("account:push").orElseThrow();
    assertThat(account.remaining()).hasValue(59);
    assertThat(account.quota()).hasValue(60);
    assertThat(account.window()).contains(Duration.ofSeconds(60));
  }

  @Test
  void aResetLongerThanThePolicysCapFailsAtOnce() {
    api.reply(ApiServer.json(429, "{\"error\":\"Rate limit exceeded\"}").setHeader("RateLimit", "\"account:push\"; r=0; t=45").build());

    RateLimitException e;
    try (ActivitySmith smith = api.builder().build()) {
      e = thrown(RateLimitException.class, () -> smith.notifications().send(PUSH));
    }

    assertThat(e.getMessage()).isEqualTo("Rate limit exceeded (rate limit resets in 45 s) [HTTP 429, sendPushNotification, 1 attempt]");
    assertThat(e.retryAfter()).isEmpty();
    assertThat(api.time.sleeps()).isEmpty();
  }

  @Test
  void everyResultCarriesTheRateLimitState() {
    String badge = "{\"success\":true,\"badge\":1,\"devices_notified\":1,\"users_notified\":1,\"devices_updated\":1,"
        + "\"users_updated\":1,\"effective_channel_slugs\":[],\"timestamp\":\"2026-03-04T09:00:00Z\"}";
    api.reply(json(200, badge));
    api.reply(json(200, "{\"success\":true,\"activity_id\":\"act_1\",\"timestamp\":\"2026-03-04T09:00:00Z\"}"));
    api.reply(json(200, "{\"success\":true,\"operation\":\"updated\",\"stream_key\":\"k\",\"timestamp\":\"2026-03-04T09:00:00Z\"}"));
    api.reply(json(200, "{\"success\":true,\"operation\":\"ended\",\"stream_key\":\"k\",\"timestamp\":\"2026-03-04T09:00:00Z\"}"));
    api.reply(json(200, "{\"success\":true,\"activity_id\":\"act_1\",\"timestamp\":\"2026-03-04T09:00:00Z\"}"));

    try (ActivitySmith smith = api.oneShot()) {
      assertThat(smith.badges().set(1).rateLimit().policies()).hasSize(2);
      LiveActivity started = smith.liveActivities().start(START);
      assertThat(started.rateLimit().policies()).hasSize(2);
      assertThat(smith.liveActivities().stream("k", STREAM).rateLimit().policies()).hasSize(2);
      assertThat(smith.liveActivities().endStream("k").rateLimit().policies()).hasSize(2);
      assertThat(started.end(END).rateLimit().policy("public-api-ip:push").orElseThrow().quota()).hasValue(600);
    }
  }
}
