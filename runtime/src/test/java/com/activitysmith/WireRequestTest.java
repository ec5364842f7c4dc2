package com.activitysmith;

import static org.assertj.core.api.Assertions.assertThat;

import com.activitysmith.generated.model.ContentStateEnd;
import com.activitysmith.generated.model.ContentStateStart;
import com.activitysmith.generated.model.ContentStateUpdate;
import com.activitysmith.generated.model.LiveActivityEndRequest;
import com.activitysmith.generated.model.LiveActivityStartRequest;
import com.activitysmith.generated.model.LiveActivityStreamDeleteRequest;
import com.activitysmith.generated.model.LiveActivityStreamRequest;
import com.activitysmith.generated.model.LiveActivityType;
import com.activitysmith.generated.model.LiveActivityUpdateRequest;
import com.activitysmith.generated.model.PushNotificationRequest;
import com.activitysmith.generated.model.StreamContentState;
import com.activitysmith.payload.EndPayload;
import com.activitysmith.payload.PushPayload;
import com.activitysmith.payload.StartPayload;
import com.activitysmith.payload.StreamEndPayload;
import com.activitysmith.payload.StreamPayload;
import com.activitysmith.payload.UpdatePayload;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The exact request every operation puts on the wire, and what its answer becomes. */
class WireRequestTest {
  private static final String VERSION = System.getProperty("activitysmith.expectedVersion");

  private final ApiServer api = new ApiServer();
  private final ActivitySmith smith = api.oneShot();

  @AfterEach
  void stop() {
    smith.close();
    api.close();
  }

  private RecordedRequest sent(String method, String path, String json) {
    RecordedRequest request = api.take();
    assertThat(request.getMethod()).isEqualTo(method);
    assertThat(request.getUrl().encodedPath()).isEqualTo(path);
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + ApiServer.KEY);
    assertThat(request.getHeaders().get("X-ActivitySmith-SDK")).isEqualTo("java-v" + VERSION);
    assertThat(request.getHeaders().get("User-Agent")).isEqualTo("activitysmith-java/" + VERSION);
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    if (json == null) {
      assertThat(request.getBodySize()).isZero();
      assertThat(request.getHeaders().get("Content-Type")).isNull();
    } else {
      assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=UTF-8");
      assertThat(request.getBody().utf8()).isEqualTo(json);
    }
    return request;
  }

  @Test
  void versionComesFromTheBuild() {
    assertThat(VERSION).isNotBlank().doesNotContain("${");
  }

  @Test
  void sendsAPushNotification() {
    api.reply(200, "{\"success\":true,\"devices_notified\":2,\"users_notified\":1,"
        + "\"effective_channel_slugs\":[\"ops\"],\"timestamp\":\"2026-03-04T09:15:00Z\",\"tags\":[\"ci\"]}");

    PushResult result = smith.notifications().send(PushPayload.of(PushNotificationRequest.builder()
        .title("Build Failed 🚨").message("CI failed on main").tags(List.of("ci")).build()));

    sent("POST", "/api/push-notification", "{\"title\":\"Build Failed 🚨\",\"message\":\"CI failed on main\",\"tags\":[\"ci\"]}");
    assertThat(result).isEqualTo(new PushResult(2, 1, List.of("ops"),
        OffsetDateTime.parse("2026-03-04T09:15:00Z"), List.of("ci"), RateLimitState.empty()));
  }

  @Test
  void channelsBecomeTargetChannelsOnPush() {
    api.reply(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\"}");

    PushResult result = smith.notifications().channels("ops", "releases")
        .send(PushPayload.of(PushNotificationRequest.builder().title("Deploy").build()));

    sent("POST", "/api/push-notification", "{\"title\":\"Deploy\",\"target\":{\"channels\":[\"ops\",\"releases\"]}}");
    assertThat(result.devicesNotified()).isZero();
    assertThat(result.effectiveChannelSlugs()).isEmpty();
  }

  @Test
  void startsAndThenUpdatesAndEndsThroughTheHandle() {
    api.reply(200, "{\"success\":true,\"devices_notified\":1,\"users_notified\":1,\"activity_id\":\"act_7Yp2QmV9\","
        + "\"effective_channel_slugs\":[\"ops\"],\"timestamp\":\"2026-03-04T09:15:00Z\"}");
    api.reply(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"activity_id\":\"act_7Yp2QmV9\",\"devices_queued\":1,\"devices_notified\":0}");
    api.reply(200, "{\"success\":true,\"activity_id\":\"act_7Yp2QmV9\",\"devices_notified\":1,"
        + "\"timestamp\":\"2026-03-04T09:20:00Z\"}");

    LiveActivity deploy = smith.liveActivities().channels("ops").start(StartPayload.of(LiveActivityStartRequest.builder()
        .contentState(ContentStateStart.builder().title("Deploy").type(LiveActivityType.SEGMENTED_PROGRESS)
            .numberOfSteps(4).currentStep(1).build())
        .build()));
    UpdateResult updated = deploy.update(UpdatePayload.of(LiveActivityUpdateRequest.builder()
        .contentState(ContentStateUpdate.builder().title("Deploy").currentStep(2).build()).build()));
    UpdateResult ended = deploy.end(EndPayload.of(LiveActivityEndRequest.builder()
        .contentState(ContentStateEnd.builder().title("Deploy").currentStep(4).autoDismissMinutes(0).build()).build()));

    sent("POST", "/api/live-activity/start", "{\"content_state\":{\"title\":\"Deploy\",\"type\":\"segmented_progress\","
        + "\"number_of_steps\":4,\"current_step\":1},\"target\":{\"channels\":[\"ops\"]}}");
    sent("POST", "/api/live-activity/update",
        "{\"activity_id\":\"act_7Yp2QmV9\",\"content_state\":{\"title\":\"Deploy\",\"current_step\":2}}");
    sent("POST", "/api/live-activity/end", "{\"activity_id\":\"act_7Yp2QmV9\",\"content_state\":{\"title\":\"Deploy\","
        + "\"current_step\":4,\"auto_dismiss_minutes\":0}}");
    assertThat(deploy.activityId()).isEqualTo("act_7Yp2QmV9");
    assertThat(deploy.devicesNotified()).isEqualTo(1);
    assertThat(deploy.effectiveChannelSlugs()).containsExactly("ops");
    assertThat(updated).isEqualTo(new UpdateResult("act_7Yp2QmV9", 1, 0, OffsetDateTime.parse("2026-03-04T09:00:00Z"), RateLimitState.empty()));
    assertThat(ended).isEqualTo(new UpdateResult("act_7Yp2QmV9", 0, 1, OffsetDateTime.parse("2026-03-04T09:20:00Z"), RateLimitState.empty()));
  }

  @Test
  void updateAndEndByIdReplaceThePayloadsOwnId() {
    api.reply(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"activity_id\":\"act_2\"}");
    api.reply(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"activity_id\":\"act_2\"}");
    var update = LiveActivityUpdateRequest.builder().activityId("stale")
        .contentState(ContentStateUpdate.builder().title("Sync").build()).build();
    var end = LiveActivityEndRequest.builder().activityId("stale")
        .contentState(ContentStateEnd.builder().title("Sync").build()).build();

    smith.liveActivities().update("act_2", UpdatePayload.of(update));
    smith.liveActivities().end("act_2", EndPayload.of(end));

    sent("POST", "/api/live-activity/update", "{\"activity_id\":\"act_2\",\"content_state\":{\"title\":\"Sync\"}}");
    sent("POST", "/api/live-activity/end", "{\"activity_id\":\"act_2\",\"content_state\":{\"title\":\"Sync\"}}");
  }

  @Test
  void streamsWithTheOperationAsAnEnum() {
    api.reply(200, "{\"success\":true,\"operation\":\"rotated\",\"stream_key\":\"nightly-backup\",\"activity_id\":\"act_B\","
        + "\"previous_activity_id\":\"act_A\",\"devices_notified\":1,\"devices_queued\":0,\"users_notified\":1,"
        + "\"effective_channel_slugs\":[\"ops\"],\"timestamp\":\"2026-03-04T02:30:00Z\",\"tags\":[\"backup\"]}");

    StreamResult result = smith.liveActivities().channels("ops").stream("nightly-backup",
        StreamPayload.of(LiveActivityStreamRequest.builder()
            .contentState(StreamContentState.builder().title("Nightly backup").type(LiveActivityType.PROGRESS)
                .percentage(new BigDecimal("42.5")).build())
            .tags(List.of("backup"))
            .build()));

    sent("PUT", "/api/live-activity/stream/nightly-backup", "{\"content_state\":{\"title\":\"Nightly backup\","
        + "\"type\":\"progress\",\"percentage\":42.5},\"target\":{\"channels\":[\"ops\"]},\"tags\":[\"backup\"]}");
    assertThat(result).isEqualTo(new StreamResult(StreamOperation.ROTATED, "nightly-backup", "act_B", "act_A", 1, 0, 1,
        List.of("ops"), OffsetDateTime.parse("2026-03-04T02:30:00Z"), List.of("backup"), RateLimitState.empty()));
  }

  @Test
  void streamOperationsTheSdkDoesNotKnowBecomeUnknown() {
    api.reply(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"operation\":\"merged\",\"stream_key\":\"k\"}");
    api.reply(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"operation\":\"paused\",\"stream_key\":\"k\",\"activity_id\":null}");
    StreamPayload state = StreamPayload.of(LiveActivityStreamRequest.builder()
        .contentState(StreamContentState.builder().title("T").build()).build());

    assertThat(smith.liveActivities().stream("k", state).operation()).isEqualTo(StreamOperation.UNKNOWN);
    StreamResult paused = smith.liveActivities().stream("k", state);
    assertThat(paused.operation()).isEqualTo(StreamOperation.PAUSED);
    assertThat(paused.activityId()).isNull();
  }

  @Test
  void endsAStreamWithNoBodyAtAll() {
    api.reply(200, "{\"success\":true,\"operation\":\"ended\",\"stream_key\":\"nightly-backup\",\"activity_id\":\"act_B\","
        + "\"devices_queued\":0,\"devices_notified\":1,\"timestamp\":\"2026-03-04T03:00:00Z\"}");

    StreamEndResult result = smith.liveActivities().endStream("nightly-backup");

    sent("DELETE", "/api/live-activity/stream/nightly-backup", null);
    assertThat(result).isEqualTo(new StreamEndResult("nightly-backup", "act_B", 0, 1,
        OffsetDateTime.parse("2026-03-04T03:00:00Z"), RateLimitState.empty()));
  }

  @Test
  void endsAStreamWithAFinalState() {
    api.reply(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"operation\":\"ended\",\"stream_key\":\"b_1\"}");

    smith.liveActivities().endStream("b_1", StreamEndPayload.of(LiveActivityStreamDeleteRequest.builder()
        .contentState(StreamContentState.builder().title("Backup").percentage(BigDecimal.valueOf(100))
            .autoDismissSeconds(30).build())
        .build()));

    sent("DELETE", "/api/live-activity/stream/b_1",
        "{\"content_state\":{\"title\":\"Backup\",\"percentage\":100,\"auto_dismiss_seconds\":30}}");
  }

  @Test
  void recordsMetricValuesExactlyAsGiven() {
    for (int i = 0; i < 5; i++) {
      api.reply(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\"}");
    }

    smith.metrics().update("api.uptime", 99.95);
    smith.metrics().update("queue.depth", 42);
    smith.metrics().update("ledger.total", new BigDecimal("1234567890.123456789"));
    smith.metrics().update("deploy-status", "all green");
    smith.metrics().update("api_latency", 0.5f, Instant.parse("2026-03-04T09:00:00Z"));

    sent("POST", "/api/metrics/api.uptime/value", "{\"value\":99.95}");
    sent("POST", "/api/metrics/queue.depth/value", "{\"value\":42}");
    sent("POST", "/api/metrics/ledger.total/value", "{\"value\":1234567890.123456789}");
    sent("POST", "/api/metrics/deploy-status/value", "{\"value\":\"all green\"}");
    sent("POST", "/api/metrics/api_latency/value", "{\"value\":0.5,\"timestamp\":\"2026-03-04T09:00:00.000Z\"}");
  }

  @Test
  void setsTheBadgeOptionallyOnChannels() {
    api.reply(200, "{\"success\":true,\"devices_updated\":0,\"users_updated\":0,\"badge\":3,\"devices_notified\":2,\"users_notified\":1,"
        + "\"effective_channel_slugs\":[],\"timestamp\":\"2026-03-04T09:15:00Z\"}");
    api.reply(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"devices_notified\":0,\"users_notified\":0,\"devices_updated\":0,\"users_updated\":0,\"badge\":0,\"effective_channel_slugs\":[\"ops\"]}");

    BadgeResult all = smith.badges().set(3);
    BadgeResult ops = smith.badges().channels("ops").set(0);

    sent("POST", "/api/badge", "{\"badge\":3}");
    sent("POST", "/api/badge", "{\"badge\":0,\"target\":{\"channels\":[\"ops\"]}}");
    assertThat(all).isEqualTo(new BadgeResult(3, 2, 1, List.of(), OffsetDateTime.parse("2026-03-04T09:15:00Z"), RateLimitState.empty()));
    assertThat(ops.effectiveChannelSlugs()).containsExactly("ops");
  }

  @Test
  void asyncFormsSendTheSameRequests() throws Exception {
    api.reply(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"devices_notified\":4}");
    api.reply(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"operation\":\"started\",\"stream_key\":\"k\",\"activity_id\":\"act_1\"}");
    api.reply(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\"}");
    api.reply(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"devices_notified\":0,\"users_notified\":0,\"devices_updated\":0,\"users_updated\":0,\"effective_channel_slugs\":[],\"badge\":1}");
    api.reply(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"operation\":\"ended\",\"stream_key\":\"k\"}");

    PushResult push = smith.notifications().sendAsync(PushPayload.of(PushNotificationRequest.builder().title("A").build())).get();
    sent("POST", "/api/push-notification", "{\"title\":\"A\"}");
    StreamResult stream = smith.liveActivities().streamAsync("k", StreamPayload.of(LiveActivityStreamRequest.builder()
        .contentState(StreamContentState.builder().title("T").type(LiveActivityType.ALERT).message("m").build()).build())).get();
    sent("PUT", "/api/live-activity/stream/k", "{\"content_state\":{\"title\":\"T\",\"type\":\"alert\",\"message\":\"m\"}}");
    smith.metrics().updateAsync("m1", "ok").get();
    sent("POST", "/api/metrics/m1/value", "{\"value\":\"ok\"}");
    BadgeResult badge = smith.badges().setAsync(1).get();
    sent("POST", "/api/badge", "{\"badge\":1}");
    smith.liveActivities().endStreamAsync("k").get();
    sent("DELETE", "/api/live-activity/stream/k", null);

    assertThat(push.devicesNotified()).isEqualTo(4);
    assertThat(stream.operation()).isEqualTo(StreamOperation.STARTED);
    assertThat(badge.badge()).isEqualTo(1);
  }

  @Test
  void asyncStartReturnsAHandleThatUpdatesAndEndsAsync() throws Exception {
    api.reply(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"activity_id\":\"act_9\"}");
    api.reply(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"activity_id\":\"act_9\",\"devices_notified\":1}");
    api.reply(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"activity_id\":\"act_9\",\"devices_notified\":1}");

    LiveActivity timer = smith.liveActivities().startAsync(StartPayload.of(LiveActivityStartRequest.builder()
        .contentState(ContentStateStart.builder().title("Bench").type(LiveActivityType.TIMER)
            .durationSeconds(BigDecimal.valueOf(300)).build()).build())).get();
    UpdateResult paused = timer.updateAsync(UpdatePayload.of(LiveActivityUpdateRequest.builder()
        .contentState(ContentStateUpdate.builder().title("Bench").isRunning(false).build()).build())).get();
    UpdateResult ended = timer.endAsync(EndPayload.of(LiveActivityEndRequest.builder()
        .contentState(ContentStateEnd.builder().title("Bench").build()).build())).get();

    sent("POST", "/api/live-activity/start",
        "{\"content_state\":{\"title\":\"Bench\",\"type\":\"timer\",\"duration_seconds\":300}}");
    sent("POST", "/api/live-activity/update",
        "{\"activity_id\":\"act_9\",\"content_state\":{\"title\":\"Bench\",\"is_running\":false}}");
    sent("POST", "/api/live-activity/end", "{\"activity_id\":\"act_9\",\"content_state\":{\"title\":\"Bench\"}}");
    assertThat(paused.devicesNotified()).isEqualTo(1);
    assertThat(ended.activityId()).isEqualTo("act_9");
  }
}
