package com.activitysmith.generated;

import static org.assertj.core.api.Assertions.assertThat;

import com.activitysmith.generated.api.BadgesApi;
import com.activitysmith.generated.api.LiveActivitiesApi;
import com.activitysmith.generated.api.MetricsApi;
import com.activitysmith.generated.api.PushNotificationsApi;
import com.activitysmith.generated.model.ActionType;
import com.activitysmith.generated.model.ActivityMetric;
import com.activitysmith.generated.model.AppIconBadgeCountUpdateRequest;
import com.activitysmith.generated.model.ChannelTarget;
import com.activitysmith.generated.model.ContentStateEnd;
import com.activitysmith.generated.model.ContentStateStart;
import com.activitysmith.generated.model.ContentStateUpdate;
import com.activitysmith.generated.model.LiveActivityColor;
import com.activitysmith.generated.model.LiveActivityEndRequest;
import com.activitysmith.generated.model.LiveActivityStartRequest;
import com.activitysmith.generated.model.LiveActivityStreamDeleteRequest;
import com.activitysmith.generated.model.LiveActivityStreamPutResponse;
import com.activitysmith.generated.model.LiveActivityStreamRequest;
import com.activitysmith.generated.model.LiveActivityType;
import com.activitysmith.generated.model.LiveActivityUpdateRequest;
import com.activitysmith.generated.model.MetricValue;
import com.activitysmith.generated.model.MetricValueUpdateRequest;
import com.activitysmith.generated.model.PushNotificationAction;
import com.activitysmith.generated.model.PushNotificationRequest;
import com.activitysmith.generated.model.PushNotificationResponse;
import com.activitysmith.generated.model.StreamContentState;
import com.activitysmith.generated.model.StreamPutOperation;
import com.activitysmith.generated.model.WebhookMethod;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Response;
import retrofit2.Retrofit;

/** Each of the 8 generated Retrofit methods on the wire, against a local server on 127.0.0.1. */
class GeneratedClientWireTest {
  private MockWebServer server;
  private Retrofit retrofit;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    retrofit = new Retrofit.Builder()
        .baseUrl(server.url("/api/"))
        .addConverterFactory(JsonSupport.converterFactory())
        .build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void reply(String json) {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(json).build());
  }

  private RecordedRequest taken() throws InterruptedException {
    return server.takeRequest();
  }

  private static void assertJsonBody(RecordedRequest request, String expectedJson) throws Exception {
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=UTF-8");
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    String body = request.getBody().utf8();
    assertThat(SpecTree.sameJson(SpecTree.JSON.readTree(expectedJson), SpecTree.JSON.readTree(body)))
        .as("body %s", body).isTrue();
    // Byte for byte: declaration order kept, absent fields omitted, numbers as written.
    assertThat(body).isEqualTo(expectedJson);
  }

  @Test
  void sendPushNotification() throws Exception {
    reply("{\"success\":true,\"devices_notified\":2,\"timestamp\":\"2026-03-04T09:15:00Z\",\"brand_new_field\":{\"x\":1}}");
    PushNotificationRequest request = PushNotificationRequest.builder()
        .title("Build Failed 🚨")
        .message("CI failed on main")
        .actions(List.of(PushNotificationAction.builder().title("Retry").type(ActionType.WEBHOOK)
            .url(URI.create("https://ci.example.com/retry")).method(WebhookMethod.POST)
            .body(Map.of("pipeline", 812)).build()))
        .target(new ChannelTarget(List.of("ops")))
        .tags(List.of("ci"))
        .build();

    Response<PushNotificationResponse> response =
        retrofit.create(PushNotificationsApi.class).sendPushNotification(request).execute();

    assertThat(response.body().devicesNotified()).isEqualTo(2);
    assertThat(response.body().timestamp()).isEqualTo(OffsetDateTime.parse("2026-03-04T09:15:00Z"));
    RecordedRequest sent = taken();
    assertThat(sent.getMethod()).isEqualTo("POST");
    assertThat(sent.getUrl().encodedPath()).isEqualTo("/api/push-notification");
    assertJsonBody(sent, "{\"title\":\"Build Failed 🚨\",\"message\":\"CI failed on main\","
        + "\"actions\":[{\"title\":\"Retry\",\"type\":\"webhook\",\"url\":\"https://ci.example.com/retry\","
        + "\"method\":\"POST\",\"body\":{\"pipeline\":812}}],\"target\":{\"channels\":[\"ops\"]},\"tags\":[\"ci\"]}");
  }

  @Test
  void startLiveActivity() throws Exception {
    reply("{\"success\":true,\"activity_id\":\"act_1\",\"timestamp\":\"2026-03-04T09:15:00Z\"}");
    ContentStateStart state = ContentStateStart.builder().title("Deploy").type(LiveActivityType.SEGMENTED_PROGRESS)
        .numberOfSteps(4).currentStep(1).color(LiveActivityColor.YELLOW).build();

    var response = retrofit.create(LiveActivitiesApi.class)
        .startLiveActivity(LiveActivityStartRequest.builder().contentState(state).build()).execute();

    assertThat(response.body().activityId()).isEqualTo("act_1");
    RecordedRequest sent = taken();
    assertThat(sent.getMethod()).isEqualTo("POST");
    assertThat(sent.getUrl().encodedPath()).isEqualTo("/api/live-activity/start");
    assertJsonBody(sent, "{\"content_state\":{\"title\":\"Deploy\",\"type\":\"segmented_progress\","
        + "\"number_of_steps\":4,\"current_step\":1,\"color\":\"yellow\"}}");
  }

  @Test
  void updateLiveActivity() throws Exception {
    reply("{\"success\":true,\"activity_id\":\"act_1\",\"devices_queued\":1,\"timestamp\":\"2026-03-04T09:15:00Z\"}");
    var request = LiveActivityUpdateRequest.builder().activityId("act_1")
        .contentState(ContentStateUpdate.builder().title("Deploy").currentStep(2).build()).build();

    var response = retrofit.create(LiveActivitiesApi.class).updateLiveActivity(request).execute();

    assertThat(response.body().devicesQueued()).isEqualTo(1);
    RecordedRequest sent = taken();
    assertThat(sent.getMethod()).isEqualTo("POST");
    assertThat(sent.getUrl().encodedPath()).isEqualTo("/api/live-activity/update");
    assertJsonBody(sent, "{\"activity_id\":\"act_1\",\"content_state\":{\"title\":\"Deploy\",\"current_step\":2}}");
  }

  @Test
  void endLiveActivity() throws Exception {
    reply("{\"success\":true,\"activity_id\":\"act_1\",\"timestamp\":\"2026-03-04T09:15:00Z\"}");
    var request = LiveActivityEndRequest.builder().activityId("act_1")
        .contentState(ContentStateEnd.builder().title("Deploy").currentStep(4).autoDismissMinutes(0).build()).build();

    retrofit.create(LiveActivitiesApi.class).endLiveActivity(request).execute();

    RecordedRequest sent = taken();
    assertThat(sent.getMethod()).isEqualTo("POST");
    assertThat(sent.getUrl().encodedPath()).isEqualTo("/api/live-activity/end");
    assertJsonBody(sent, "{\"activity_id\":\"act_1\",\"content_state\":{\"title\":\"Deploy\",\"current_step\":4,"
        + "\"auto_dismiss_minutes\":0}}");
  }

  @Test
  void reconcileLiveActivityStream() throws Exception {
    reply("{\"success\":true,\"operation\":\"rotated\",\"stream_key\":\"nightly-backup\",\"activity_id\":\"act_2\","
        + "\"previous_activity_id\":\"act_1\",\"timestamp\":\"2026-03-04T09:15:00Z\"}");
    var request = LiveActivityStreamRequest.builder()
        .contentState(StreamContentState.builder().title("prod-web-1").type(LiveActivityType.METRICS)
            .metrics(List.of(
                new ActivityMetric("CPU", MetricValue.of(new BigDecimal("27.50")), "%", null),
                new ActivityMetric("Status", MetricValue.of("healthy"), null, LiveActivityColor.GREEN)))
            .build())
        .channels(List.of("ops"))
        .build();

    var response = retrofit.create(LiveActivitiesApi.class).reconcileLiveActivityStream("nightly-backup", request).execute();

    assertThat(response.body().operation()).isEqualTo(StreamPutOperation.ROTATED);
    assertThat(response.body().previousActivityId()).isEqualTo("act_1");
    RecordedRequest sent = taken();
    assertThat(sent.getMethod()).isEqualTo("PUT");
    assertThat(sent.getUrl().encodedPath()).isEqualTo("/api/live-activity/stream/nightly-backup");
    assertJsonBody(sent, "{\"content_state\":{\"title\":\"prod-web-1\",\"type\":\"metrics\",\"metrics\":["
        + "{\"label\":\"CPU\",\"value\":27.50,\"unit\":\"%\"},{\"label\":\"Status\",\"value\":\"healthy\",\"color\":\"green\"}]},"
        + "\"channels\":[\"ops\"]}");
  }

  @Test
  void endLiveActivityStreamWithoutBodySendsNoContent() throws Exception {
    reply("{\"success\":true,\"operation\":\"ended\",\"stream_key\":\"nightly-backup\",\"activity_id\":null,"
        + "\"timestamp\":\"2026-03-04T09:15:00Z\"}");

    var response = retrofit.create(LiveActivitiesApi.class).endLiveActivityStream("nightly-backup").execute();

    assertThat(response.body().activityId()).isNull();
    RecordedRequest sent = taken();
    assertThat(sent.getMethod()).isEqualTo("DELETE");
    assertThat(sent.getUrl().encodedPath()).isEqualTo("/api/live-activity/stream/nightly-backup");
    assertThat(sent.getBodySize()).isZero();
    assertThat(sent.getHeaders().get("Content-Type")).isNull();
  }

  @Test
  void endLiveActivityStreamWithBody() throws Exception {
    reply("{\"success\":true,\"operation\":\"ended\",\"stream_key\":\"k\",\"timestamp\":\"2026-03-04T09:15:00Z\"}");
    var body = LiveActivityStreamDeleteRequest.builder()
        .contentState(StreamContentState.builder().title("Backup").type(LiveActivityType.PROGRESS)
            .percentage(BigDecimal.valueOf(100)).autoDismissSeconds(30).build())
        .build();

    retrofit.create(LiveActivitiesApi.class).endLiveActivityStream("k", Optional.of(body)).execute();

    RecordedRequest sent = taken();
    assertThat(sent.getMethod()).isEqualTo("DELETE");
    assertJsonBody(sent, "{\"content_state\":{\"title\":\"Backup\",\"type\":\"progress\",\"percentage\":100,"
        + "\"auto_dismiss_seconds\":30}}");
  }

  @Test
  void updateMetricValueKeepsExactNumbersAndEncodesTheKey() throws Exception {
    reply("{\"success\":true}");
    var request = new MetricValueUpdateRequest(MetricValue.of(new BigDecimal("1234567890.123456789")),
        OffsetDateTime.parse("2026-03-04T09:00:00+01:00"));

    var response = retrofit.create(MetricsApi.class).updateMetricValue("api.uptime", request).execute();

    assertThat(response.body().success()).isTrue();
    RecordedRequest sent = taken();
    assertThat(sent.getMethod()).isEqualTo("POST");
    assertThat(sent.getUrl().encodedPath()).isEqualTo("/api/metrics/api.uptime/value");
    assertThat(sent.getBody().utf8()).isEqualTo(
        "{\"value\":1234567890.123456789,\"timestamp\":\"2026-03-04T08:00:00.000Z\"}");
  }

  @Test
  void pathParametersAreUrlEncoded() throws Exception {
    reply("{\"success\":true}");
    retrofit.create(MetricsApi.class).updateMetricValue("a b/c", new MetricValueUpdateRequest(MetricValue.of(1), null)).execute();
    assertThat(taken().getUrl().encodedPath()).isEqualTo("/api/metrics/a%20b%2Fc/value");
  }

  @Test
  void updateAppIconBadgeCount() throws Exception {
    reply("{\"success\":true,\"badge\":3,\"devices_notified\":1,\"users_notified\":1,"
        + "\"effective_channel_slugs\":null,\"timestamp\":\"2026-03-04T09:15:00Z\"}");

    var response = retrofit.create(BadgesApi.class)
        .updateAppIconBadgeCount(new AppIconBadgeCountUpdateRequest(3, new ChannelTarget(List.of("ops")))).execute();

    assertThat(response.body().badge()).isEqualTo(3);
    assertThat(response.body().effectiveChannelSlugs()).isNull();
    RecordedRequest sent = taken();
    assertThat(sent.getMethod()).isEqualTo("POST");
    assertThat(sent.getUrl().encodedPath()).isEqualTo("/api/badge");
    assertJsonBody(sent, "{\"badge\":3,\"target\":{\"channels\":[\"ops\"]}}");
  }
}
