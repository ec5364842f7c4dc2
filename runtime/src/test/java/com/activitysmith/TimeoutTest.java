package com.activitysmith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.activitysmith.exception.ApiConnectionException;
import com.activitysmith.generated.model.PushNotificationRequest;
import com.activitysmith.payload.PushPayload;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Read and call timeouts end an attempt as a timeout. The server stalls for far longer than the
 * timeouts allow, so these tests wait only as long as the (short) timeouts.
 */
class TimeoutTest {
  private static final MockResponse STALLED = new MockResponse.Builder().code(200)
      .body("{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"devices_notified\":0,\"users_notified\":0,\"devices_updated\":0,\"users_updated\":0,\"effective_channel_slugs\":[],\"badge\":1}").headersDelay(30, TimeUnit.SECONDS).build();

  private final ApiServer api = new ApiServer();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void aReadTimeoutIsAConnectionFailureMarkedAsTimeout() {
    api.reply(STALLED);

    ApiConnectionException e;
    try (ActivitySmith smith = api.builder().retryPolicy(RetryPolicy.none()).readTimeout(Duration.ofMillis(200)).build()) {
      e = catchThrowableOfType(ApiConnectionException.class,
          () -> smith.notifications().send(PushPayload.of(PushNotificationRequest.builder().title("Hi").build())));
    }

    assertThat(e.isTimeout()).isTrue();
    assertThat(e.requestSent()).isTrue();
    assertThat(e.getMessage()).startsWith("Connection timed out after the request was sent: ");
  }

  @Test
  void aCallTimeoutIsATimeoutToo() {
    api.reply(STALLED);

    ApiConnectionException e;
    try (ActivitySmith smith = api.builder().retryPolicy(RetryPolicy.none())
        .readTimeout(Duration.ZERO).callTimeout(Duration.ofMillis(200)).build()) {
      e = catchThrowableOfType(ApiConnectionException.class, () -> smith.badges().set(1));
    }

    assertThat(e.isTimeout()).isTrue();
  }

  @Test
  void timeoutsAreRetriedForOperationsThatSetState() {
    api.reply(STALLED);
    api.reply(ApiServer.json(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"devices_notified\":0,\"users_notified\":0,\"devices_updated\":0,\"users_updated\":0,\"effective_channel_slugs\":[],\"badge\":1}").build());

    try (ActivitySmith smith = api.builder().readTimeout(Duration.ofMillis(200)).build()) {
      assertThat(smith.badges().set(1).badge()).isEqualTo(1);
    }

    assertThat(api.requestCount()).isEqualTo(2);
    assertThat(api.time.sleeps()).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void timeoutsAreNotRetriedForPush() {
    api.reply(STALLED);
    api.reply(ApiServer.json(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\"}").build());

    try (ActivitySmith smith = api.builder().readTimeout(Duration.ofMillis(200)).build()) {
      ApiConnectionException e = catchThrowableOfType(ApiConnectionException.class,
          () -> smith.notifications().send(PushPayload.of(PushNotificationRequest.builder().title("Hi").build())));
      assertThat(e.attempts()).isEqualTo(1);
    }

    assertThat(api.requestCount()).isEqualTo(1);
  }
}
