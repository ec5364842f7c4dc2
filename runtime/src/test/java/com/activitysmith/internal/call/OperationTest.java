package com.activitysmith.internal.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.activitysmith.generated.JsonSupport;
import com.activitysmith.generated.api.BadgesApi;
import com.activitysmith.generated.api.LiveActivitiesApi;
import com.activitysmith.generated.api.MetricsApi;
import com.activitysmith.generated.api.PushNotificationsApi;
import com.activitysmith.generated.model.AppIconBadgeCountUpdateRequest;
import com.activitysmith.generated.model.LiveActivityEndRequest;
import com.activitysmith.generated.model.LiveActivityStartRequest;
import com.activitysmith.generated.model.LiveActivityStreamDeleteRequest;
import com.activitysmith.generated.model.LiveActivityStreamRequest;
import com.activitysmith.generated.model.LiveActivityUpdateRequest;
import com.activitysmith.generated.model.MetricValueUpdateRequest;
import com.activitysmith.generated.model.PushNotificationRequest;
import java.util.Optional;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import retrofit2.Retrofit;

/** The operation, its idempotency and its 404 meaning are read from the generated methods. */
class OperationTest {
  private final Retrofit retrofit = new Retrofit.Builder().baseUrl("https://activitysmith.com/api/")
      .addConverterFactory(JsonSupport.converterFactory()).build();
  private final LiveActivitiesApi live = retrofit.create(LiveActivitiesApi.class);

  @Test
  void pushAndStartAreNotIdempotentAndTakeATarget() {
    PushNotificationRequest push = PushNotificationRequest.builder().title("t").build();
    Operation send = Operation.of(retrofit.create(PushNotificationsApi.class).sendPushNotification(push).request());
    Operation start = Operation.of(live.startLiveActivity(LiveActivityStartRequest.builder().build()).request());

    assertThat(send).isEqualTo(new Operation("sendPushNotification", false, true, push));
    assertThat(start.idempotent()).isFalse();
    assertThat(start.targetable()).isTrue();
  }

  @Test
  void operationsThatSetStateAreIdempotent() {
    assertThat(Operation.of(live.updateLiveActivity(LiveActivityUpdateRequest.builder().build()).request()))
        .extracting(Operation::id, Operation::idempotent, Operation::targetable)
        .containsExactly("updateLiveActivity", true, false);
    assertThat(Operation.of(live.endLiveActivity(LiveActivityEndRequest.builder().build()).request()).idempotent()).isTrue();
    Operation stream = Operation.of(live.reconcileLiveActivityStream("k", LiveActivityStreamRequest.builder().build()).request());
    assertThat(stream.idempotent()).isTrue();
    assertThat(stream.targetable()).isTrue();
    Operation metric = Operation.of(retrofit.create(MetricsApi.class)
        .updateMetricValue("m", MetricValueUpdateRequest.builder().build()).request());
    assertThat(metric.idempotent()).isTrue();
    assertThat(metric.targetable()).isFalse();
    Operation badge = Operation.of(retrofit.create(BadgesApi.class)
        .updateAppIconBadgeCount(AppIconBadgeCountUpdateRequest.builder().build()).request());
    assertThat(badge.idempotent()).isTrue();
    assertThat(badge.targetable()).isTrue();
  }

  @Test
  void endStreamHasABodyOnlyWhenGivenOne() {
    Operation bare = Operation.of(live.endLiveActivityStream("k").request());
    LiveActivityStreamDeleteRequest last = LiveActivityStreamDeleteRequest.builder().build();
    Operation withState = Operation.of(live.endLiveActivityStream("k", Optional.of(last)).request());

    assertThat(bare).isEqualTo(new Operation("endLiveActivityStream", true, false, null));
    assertThat(withState.body()).isSameAs(last);
  }

  @Test
  void refusesRequestsNotMadeByAGeneratedInterface() {
    Request handMade = new Request.Builder().url("https://activitysmith.com/api/badge").build();

    assertThatThrownBy(() -> Operation.of(handMade)).isInstanceOf(IllegalStateException.class)
        .hasMessage("Request GET /api/badge was not made by a generated Retrofit interface");
  }
}
