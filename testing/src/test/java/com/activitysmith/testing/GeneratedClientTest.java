package com.activitysmith.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.activitysmith.generated.JsonSupport;
import com.activitysmith.generated.api.BadgesApi;
import com.activitysmith.generated.api.LiveActivitiesApi;
import com.activitysmith.generated.api.MetricsApi;
import com.activitysmith.generated.api.PushNotificationsApi;
import com.activitysmith.generated.model.AppIconBadgeCountUpdateRequest;
import com.activitysmith.generated.model.AppIconBadgeCountUpdateResponse;
import com.activitysmith.generated.model.ContentStateEnd;
import com.activitysmith.generated.model.ContentStateStart;
import com.activitysmith.generated.model.ContentStateUpdate;
import com.activitysmith.generated.model.LiveActivityEndRequest;
import com.activitysmith.generated.model.LiveActivityEndResponse;
import com.activitysmith.generated.model.LiveActivityStartRequest;
import com.activitysmith.generated.model.LiveActivityStartResponse;
import com.activitysmith.generated.model.LiveActivityStreamDeleteResponse;
import com.activitysmith.generated.model.LiveActivityStreamPutResponse;
import com.activitysmith.generated.model.LiveActivityStreamRequest;
import com.activitysmith.generated.model.LiveActivityType;
import com.activitysmith.generated.model.LiveActivityUpdateRequest;
import com.activitysmith.generated.model.LiveActivityUpdateResponse;
import com.activitysmith.generated.model.MetricValue;
import com.activitysmith.generated.model.MetricValueUpdateRequest;
import com.activitysmith.generated.model.PushNotificationRequest;
import com.activitysmith.generated.model.PushNotificationResponse;
import com.activitysmith.generated.model.StreamContentState;
import com.activitysmith.generated.model.StreamDeleteOperation;
import com.activitysmith.generated.model.StreamPutOperation;
import java.math.BigDecimal;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import retrofit2.Response;
import retrofit2.Retrofit;

/** The generated Retrofit client reads every simulator answer into the spec's response models. */
class GeneratedClientTest {
  private final Simulator simulator = Simulator.start();
  private final Retrofit retrofit = new Retrofit.Builder()
      .baseUrl(simulator.baseUrl() + "/")
      .client(new OkHttpClient.Builder()
          .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
              .header("Authorization", "Bearer " + simulator.apiKey()).build()))
          .build())
      .addConverterFactory(JsonSupport.converterFactory())
      .build();

  @AfterEach
  void close() {
    simulator.close();
  }

  @Test
  void allEightOperationsRoundTrip() throws Exception {
    PushNotificationResponse push = retrofit.create(PushNotificationsApi.class)
        .sendPushNotification(PushNotificationRequest.builder().title("Build Failed 🚨").message("on main").build())
        .execute().body();
    assertThat(push.success()).isTrue();
    assertThat(push.devicesNotified()).isEqualTo(1);
    assertThat(push.timestamp()).isNotNull();

    LiveActivitiesApi live = retrofit.create(LiveActivitiesApi.class);
    LiveActivityStartResponse started = live.startLiveActivity(LiveActivityStartRequest.builder()
        .contentState(ContentStateStart.builder().title("Deploy").type(LiveActivityType.SEGMENTED_PROGRESS)
            .numberOfSteps(4).currentStep(1).build())
        .build()).execute().body();
    String id = started.activityId();
    assertThat(id).isNotBlank();

    LiveActivityUpdateResponse updated = live.updateLiveActivity(LiveActivityUpdateRequest.builder().activityId(id)
        .contentState(ContentStateUpdate.builder().title("Deploy").currentStep(2).build()).build()).execute().body();
    assertThat(updated.activityId()).isEqualTo(id);

    LiveActivityEndResponse ended = live.endLiveActivity(LiveActivityEndRequest.builder().activityId(id)
        .contentState(ContentStateEnd.builder().title("Deploy").currentStep(4).autoDismissMinutes(0).build()).build())
        .execute().body();
    assertThat(ended.devicesNotified()).isEqualTo(1);

    LiveActivityStreamPutResponse streamed = live.reconcileLiveActivityStream("backup", LiveActivityStreamRequest.builder()
        .contentState(StreamContentState.builder().title("Backup").type(LiveActivityType.PROGRESS)
            .percentage(new BigDecimal("42.5")).build()).build()).execute().body();
    assertThat(streamed.operation()).isEqualTo(StreamPutOperation.STARTED);

    simulator.pauseStream("backup");
    LiveActivityStreamPutResponse paused = live.reconcileLiveActivityStream("backup", LiveActivityStreamRequest.builder()
        .contentState(StreamContentState.builder().title("Backup").percentage(new BigDecimal(50)).build()).build())
        .execute().body();
    assertThat(paused.operation()).isEqualTo(StreamPutOperation.PAUSED);
    assertThat(paused.activityId()).isNull();

    Response<LiveActivityStreamDeleteResponse> deleted = live.endLiveActivityStream("backup").execute();
    assertThat(deleted.body().operation()).isEqualTo(StreamDeleteOperation.ENDED);
    assertThat(deleted.body().activityId()).isNull();

    assertThat(retrofit.create(MetricsApi.class).updateMetricValue("api.uptime",
        MetricValueUpdateRequest.builder().value(MetricValue.of(new BigDecimal("99.95"))).build()).execute().body().success())
        .isTrue();

    AppIconBadgeCountUpdateResponse badge = retrofit.create(BadgesApi.class)
        .updateAppIconBadgeCount(AppIconBadgeCountUpdateRequest.builder().badge(5).build()).execute().body();
    assertThat(badge.badge()).isEqualTo(5);
    assertThat(badge.effectiveChannelSlugs()).isEmpty();

    LockScreen screen = simulator.lockScreen();
    assertThat(screen.liveActivity(id).orElseThrow().number("current_step")).contains(new BigDecimal(4));
    assertThat(screen.metric("api.uptime").orElseThrow().text()).isEqualTo("99.95");
    assertThat(screen.badge()).hasValue(5);
    assertThat(simulator.journal().entries()).allSatisfy(e -> assertThat(e.status()).isEqualTo(200));
  }
}
