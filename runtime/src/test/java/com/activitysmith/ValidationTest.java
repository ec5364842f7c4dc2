package com.activitysmith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.activitysmith.exception.ValidationException;
import com.activitysmith.exception.Violation;
import com.activitysmith.generated.model.ChannelTarget;
import com.activitysmith.generated.model.ContentStateStart;
import com.activitysmith.generated.model.LiveActivityStartRequest;
import com.activitysmith.generated.model.LiveActivityType;
import com.activitysmith.generated.model.ContentStateUpdate;
import com.activitysmith.generated.model.LiveActivityStreamRequest;
import com.activitysmith.generated.model.LiveActivityUpdateRequest;
import com.activitysmith.generated.model.PushNotificationRequest;
import com.activitysmith.generated.model.StreamContentState;
import com.activitysmith.payload.PushPayload;
import com.activitysmith.payload.StartPayload;
import com.activitysmith.payload.StreamPayload;
import com.activitysmith.payload.UpdatePayload;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bad input fails with a typed error naming what and where, and nothing is sent. */
class ValidationTest {
  private static final StreamPayload STATE = StreamPayload.of(LiveActivityStreamRequest.builder()
      .contentState(StreamContentState.builder().title("T").build()).build());
  private static final PushPayload PUSH = PushPayload.of(PushNotificationRequest.builder().title("Hi").build());

  private final ApiServer api = new ApiServer();
  private final ActivitySmith smith = api.oneShot();
  /** Requests a test means to send; every other call must be stopped before sending. */
  private int expectedRequests;

  @AfterEach
  void stop() {
    smith.close();
    assertThat(api.requestCount()).as("requests sent").isEqualTo(expectedRequests);
    api.close();
  }

  private static List<Violation> violations(ThrowingCallable call) {
    ValidationException e = catchThrowableOfType(ValidationException.class, call);
    assertThat(e).as("ValidationException").isNotNull();
    assertThat(e.getMessage()).startsWith("Invalid " + e.operationId() + " request, nothing was sent: ");
    return e.violations();
  }

  private static Violation rejected(ThrowingCallable call) {
    List<Violation> violations = violations(call);
    assertThat(violations).hasSize(1);
    return violations.get(0);
  }

  @Test
  void streamKeysMustMatchTheSpecsPattern() {
    assertThat(rejected(() -> smith.liveActivities().stream("nightly backup", STATE))).isEqualTo(new Violation(
        "stream_key", "pattern", "stream_key \"nightly backup\" does not match ^[A-Za-z0-9_-]+$"));
    assertThat(violations(() -> smith.liveActivities().stream("", STATE))).extracting(Violation::rule).contains("minLength");
    assertThat(rejected(() -> smith.liveActivities().endStream("a/b")).rule()).isEqualTo("pattern");
    assertThat(rejected(() -> smith.liveActivities().endStreamAsync("..")).rule()).isEqualTo("pattern");
    assertThat(rejected(() -> smith.liveActivities().stream("k".repeat(256), STATE)).rule()).isEqualTo("maxLength");
  }

  @Test
  void theLongestStreamKeyIsAccepted() {
    String key = "k".repeat(255);
    api.reply(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"operation\":\"started\",\"stream_key\":\"" + key + "\"}");
    expectedRequests = 1;

    assertThat(smith.liveActivities().stream(key, STATE).streamKey()).isEqualTo(key);

    assertThat(api.take().getUrl().encodedPath()).isEqualTo("/api/live-activity/stream/" + key);
  }

  @Test
  void metricKeysMustMatchTheSpecsPattern() {
    for (String key : List.of("API.uptime", ".hidden", "-x", "a b", "a".repeat(60) + "B")) {
      assertThat(violations(() -> smith.metrics().update(key, 1))).contains(new Violation("key", "pattern",
          "key \"" + key + "\" does not match ^[a-z0-9][a-z0-9_.-]{0,63}$"));
    }
  }

  @Test
  void metricValuesMustBeFiniteNonNegativeNumbersOrShortText() {
    assertThat(violations(() -> smith.metrics().update("m", -1)))
        .contains(new Violation("value", "minimum", "value is -1, at least 0"));
    assertThat(rejected(() -> smith.metrics().update("m", Double.NaN)))
        .isEqualTo(new Violation("value", "finite", "metric value must be a finite number but was NaN"));
    assertThat(rejected(() -> smith.metrics().update("m", Float.POSITIVE_INFINITY)).rule()).isEqualTo("finite");
    assertThat(violations(() -> smith.metrics().update("m", new BigDecimal("-0.01")))).extracting(Violation::rule).contains("minimum");
    assertThat(violations(() -> smith.metrics().update("m", ""))).extracting(Violation::rule).contains("minLength");
    assertThat(violations(() -> smith.metrics().update("m", "x".repeat(65))))
        .contains(new Violation("value", "maxLength", "value has 65 characters, at most 64"));
    assertThat(violations(() -> smith.metrics().updateAsync("m", -5L))).extracting(Violation::rule).contains("minimum");
  }

  @Test
  void badgeCountsMustNotBeNegative() {
    assertThat(rejected(() -> smith.badges().set(-1))).isEqualTo(new Violation("badge", "minimum", "badge is -1, at least 0"));
    assertThat(rejected(() -> smith.badges().setAsync(-2)).rule()).isEqualTo("minimum");
  }

  @Test
  void aPushsBadgeIsACountAsOnTheBadgeEndpoint() {
    assertThat(rejected(() -> smith.notifications().send(
        PushPayload.of(PushNotificationRequest.builder().title("t").badge(-1).build()))))
        .isEqualTo(new Violation("badge", "minimum", "badge is -1, at least 0"));
  }

  @Test
  void freeFormValuesJsonCannotCarryAreRefusedBeforeTheJsonWriterSeesThem() {
    // A record made by hand can hold what JSON cannot: each is a typed error naming the field, sync and async.
    Map<String, Object> selfContaining = new java.util.HashMap<>();
    selfContaining.put("me", selfContaining);
    List<Map<String, Object>> payloads = List.of(Map.of("x", Double.NaN), Map.of("when", new java.util.Date(0)),
        Map.of("deep", selfContaining));
    for (Map<String, Object> payload : payloads) {
      PushPayload push = PushPayload.of(PushNotificationRequest.builder().title("Hi").payload(payload).build());
      assertThat(rejected(() -> smith.notifications().send(push)).path()).startsWith("payload.");
      assertThat(rejected(() -> smith.notifications().sendAsync(push)).path()).startsWith("payload.");
    }
  }

  @Test
  void activityIdsMustNotBeEmpty() {
    UpdatePayload update = UpdatePayload.of(LiveActivityUpdateRequest.builder()
        .contentState(ContentStateUpdate.builder().title("T").build()).build());

    assertThat(rejected(() -> smith.liveActivities().update("", update)))
        .isEqualTo(new Violation("activity_id", "minLength", "activity_id is empty; give at least 1 character"));
  }

  @Test
  void bodiesAreCheckedAgainstTheSpecsSchemasAndPerTypeRules() {
    assertThat(rejected(() -> smith.notifications().send(PushPayload.of(PushNotificationRequest.builder().message("m").build()))))
        .isEqualTo(new Violation("title", "required", "title is required"));
    StartPayload tooFar = StartPayload.of(LiveActivityStartRequest.builder()
        .contentState(ContentStateStart.builder().title("Deploy").type(LiveActivityType.SEGMENTED_PROGRESS)
            .numberOfSteps(4).currentStep(5).build())
        .build());
    assertThat(rejected(() -> smith.liveActivities().start(tooFar))).isEqualTo(new Violation("content_state.current_step",
        "StepRange", "current_step 5 exceeds number_of_steps 4; raise number_of_steps or lower current_step"));
    StartPayload noSteps = StartPayload.of(LiveActivityStartRequest.builder()
        .contentState(ContentStateStart.builder().title("Deploy").type(LiveActivityType.SEGMENTED_PROGRESS).build())
        .build());
    assertThat(violations(() -> smith.liveActivities().startAsync(noSteps))).extracting(Violation::rule)
        .containsOnly("RequiredForType");
  }

  @Test
  void channelsMustNotBeEmptyNorContradictThePayload() {
    Violation empty = rejected(() -> smith.notifications().channels("ops", "").send(PUSH));
    assertThat(empty).isEqualTo(new Violation("target.channels[1]", "minLength", "channels[1] is empty; give at least 1 character"));

    PushPayload targeted = PushPayload.of(PushNotificationRequest.builder().title("Hi")
        .target(new ChannelTarget(List.of("finance"))).build());
    Violation conflict = rejected(() -> smith.notifications().channels("ops").send(targeted));
    assertThat(conflict).isEqualTo(new Violation("target.channels", "channelsConflict",
        "channels([ops]) differs from the payload's own target.channels [finance]"));

    StreamPayload topLevel = StreamPayload.of(LiveActivityStreamRequest.builder()
        .contentState(StreamContentState.builder().title("T").build()).channels(List.of("finance")).build());
    assertThat(rejected(() -> smith.liveActivities().channels("ops").stream("k", topLevel)).path()).isEqualTo("channels");
  }

  @Test
  void channelsThatAgreeWithThePayloadAreFine() {
    api.reply(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\"}");
    expectedRequests = 1;
    PushPayload targeted = PushPayload.of(PushNotificationRequest.builder().title("Hi")
        .target(new ChannelTarget(List.of("ops"))).build());

    smith.notifications().channels("ops").send(targeted);

    assertThat(api.take().getBody().utf8()).isEqualTo("{\"title\":\"Hi\",\"target\":{\"channels\":[\"ops\"]}}");
  }

  @Test
  void nullsFailFastNamingTheArgument() {
    assertThatThrownBy(() -> smith.notifications().send(null)).isInstanceOf(NullPointerException.class).hasMessage("payload == null");
    assertThatThrownBy(() -> smith.notifications().send(() -> null)).isInstanceOf(NullPointerException.class)
        .hasMessage("payload.toPushRequest() == null");
    assertThatThrownBy(() -> smith.liveActivities().stream(null, STATE)).hasMessage("streamKey == null");
    assertThatThrownBy(() -> smith.liveActivities().stream("k", null)).hasMessage("payload == null");
    assertThatThrownBy(() -> smith.liveActivities().update(null, null)).hasMessage("activityId == null");
    assertThatThrownBy(() -> smith.liveActivities().endStream("k", null)).hasMessage("payload == null");
    assertThatThrownBy(() -> smith.metrics().update("m", (Number) null)).hasMessage("value == null");
    assertThatThrownBy(() -> smith.metrics().update(null, "x")).hasMessage("key == null");
    assertThatThrownBy(() -> smith.metrics().update("m", 1, null)).hasMessage("timestamp == null");
    assertThatThrownBy(() -> smith.badges().channels(null)).hasMessage("first == null");
    assertThatThrownBy(() -> smith.badges().channels("a", "b", null)).hasMessage("more[1] == null");
    assertThatThrownBy(() -> smith.notifications().sendAsync(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void everyBodyPassesThroughThePreSendValidator() {
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    try (ActivitySmith validated = api.builder().validator((operationId, tree) -> {
      seen.add(operationId + " " + tree);
      Object title = tree instanceof PushNotificationRequest push ? push.title() : null;
      return "reject me".equals(title)
          ? List.of(new Violation("title", "Example", "title must not be 'reject me'"))
          : List.of();
    }).build()) {
      ValidationException e = catchThrowableOfType(ValidationException.class, () -> validated.notifications().send(
          PushPayload.of(PushNotificationRequest.builder().title("reject me").badge(2).build())));
      ValidationException async = catchThrowableOfType(ValidationException.class, () -> validated.notifications().sendAsync(
          PushPayload.of(PushNotificationRequest.builder().title("reject me").build())));

      assertThat(e.operationId()).isEqualTo("sendPushNotification");
      assertThat(e.getMessage()).isEqualTo(
          "Invalid sendPushNotification request, nothing was sent: title must not be 'reject me' [Example]");
      assertThat(async).isNotNull();
    }

    // The validator sees the record itself: no JSON round trip.
    assertThat(seen).hasSize(2).allMatch(s -> s.startsWith("sendPushNotification PushNotificationRequest[title=reject me"));
  }

  @Test
  void validatorSeesEveryOperationButNotAnAbsentBody() {
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    api.reply(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"devices_notified\":0,\"users_notified\":0,\"devices_updated\":0,\"users_updated\":0,\"effective_channel_slugs\":[],\"badge\":1}");
    api.reply(200, "{\"success\":true}");
    api.reply(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"operation\":\"ended\",\"stream_key\":\"k\"}");
    expectedRequests = 3;
    try (ActivitySmith validated = api.builder().validator((operationId, tree) -> {
      seen.add(operationId + " " + tree);
      return List.of();
    }).build()) {
      validated.badges().channels("ops").set(0);
      validated.metrics().update("m", "ok");
      validated.liveActivities().endStream("k");
    }

    assertThat(seen).containsExactly(
        "updateAppIconBadgeCount AppIconBadgeCountUpdateRequest[badge=0, target=ChannelTarget[channels=[ops]]]",
        "updateMetricValue MetricValueUpdateRequest[value=ok, timestamp=null]");
  }
}
