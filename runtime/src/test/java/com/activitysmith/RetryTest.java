package com.activitysmith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.activitysmith.exception.ApiConnectionException;
import com.activitysmith.exception.ApiException;
import com.activitysmith.exception.LiveActivityLimitException;
import com.activitysmith.exception.RateLimitException;
import com.activitysmith.exception.ServerException;
import com.activitysmith.generated.model.ContentStateEnd;
import com.activitysmith.generated.model.ContentStateStart;
import com.activitysmith.generated.model.ContentStateUpdate;
import com.activitysmith.generated.model.LiveActivityEndRequest;
import com.activitysmith.generated.model.LiveActivityStartRequest;
import com.activitysmith.generated.model.LiveActivityStreamRequest;
import com.activitysmith.generated.model.LiveActivityType;
import com.activitysmith.generated.model.LiveActivityUpdateRequest;
import com.activitysmith.generated.model.PushNotificationRequest;
import com.activitysmith.generated.model.StreamContentState;
import com.activitysmith.payload.EndPayload;
import com.activitysmith.payload.PushPayload;
import com.activitysmith.payload.StartPayload;
import com.activitysmith.payload.StreamPayload;
import com.activitysmith.payload.UpdatePayload;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which failures each class of operation retries, how long it waits, and that it stops. */
class RetryTest {
  /** One operation, how to call it, and a success body for it. */
  record Op(String name, String success, Consumer<ActivitySmith> call) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final Op PUSH = new Op("push", "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\"}",
      smith -> smith.notifications().send(PushPayload.of(PushNotificationRequest.builder().title("Hi").build())));
  static final Op START = new Op("start", "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"activity_id\":\"act_1\"}",
      smith -> smith.liveActivities().start(StartPayload.of(LiveActivityStartRequest.builder()
          .contentState(ContentStateStart.builder().title("T").type(LiveActivityType.ALERT).message("m").build()).build())));
  static final Op UPDATE = new Op("update", "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"activity_id\":\"act_1\"}",
      smith -> smith.liveActivities().update("act_1", UpdatePayload.of(LiveActivityUpdateRequest.builder()
          .contentState(ContentStateUpdate.builder().title("T").build()).build())));
  static final Op END = new Op("end", "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"activity_id\":\"act_1\"}",
      smith -> smith.liveActivities().end("act_1", EndPayload.of(LiveActivityEndRequest.builder()
          .contentState(ContentStateEnd.builder().title("T").build()).build())));
  static final Op STREAM = new Op("stream", "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"operation\":\"updated\",\"stream_key\":\"k\"}",
      smith -> smith.liveActivities().stream("k", StreamPayload.of(LiveActivityStreamRequest.builder()
          .contentState(StreamContentState.builder().title("T").build()).build())));
  static final Op END_STREAM = new Op("endStream", "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"operation\":\"ended\",\"stream_key\":\"k\"}",
      smith -> smith.liveActivities().endStream("k"));
  static final Op METRIC = new Op("metric", "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\"}", smith -> smith.metrics().update("m", 1));
  static final Op BADGE = new Op("badge", "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"devices_notified\":0,\"users_notified\":0,\"devices_updated\":0,\"users_updated\":0,\"effective_channel_slugs\":[],\"badge\":1}", smith -> smith.badges().set(1));

  static Stream<Op> settingState() {
    return Stream.of(UPDATE, END, STREAM, END_STREAM, METRIC, BADGE);
  }

  static Stream<Op> delivering() {
    return Stream.of(PUSH, START);
  }

  static Stream<Op> all() {
    return Stream.concat(delivering(), settingState());
  }

  private final ApiServer api = new ApiServer();
  private final FakeTime time = api.time;

  @AfterEach
  void stop() {
    api.close();
  }

  private ActivitySmith client() {
    return api.builder().build();
  }

  private static MockResponse status(int code) {
    return ApiServer.json(code, "{\"error\":\"failure " + code + "\"}").build();
  }

  private static MockResponse droppedAfterReadingRequest() {
    return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("all")
  void everyOperationRetriesARateLimitAndThenSucceeds(Op op) {
    api.reply(ApiServer.json(429, "{\"error\":\"Rate limit exceeded\"}").build());
    api.reply(200, op.success());

    try (ActivitySmith smith = client()) {
      op.call().accept(smith);
    }

    assertThat(api.requestCount()).isEqualTo(2);
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("settingState")
  void operationsThatSetStateRetryServerErrorsWithExponentialBackoff(Op op) {
    api.reply(status(503));
    api.reply(status(500));
    api.reply(200, op.success());

    try (ActivitySmith smith = client()) {
      op.call().accept(smith);
    }

    assertThat(api.requestCount()).isEqualTo(3);
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("delivering")
  void pushAndStartDoNotRetryServerErrors(Op op) {
    api.reply(status(503));
    api.reply(200, op.success());

    ServerException e;
    try (ActivitySmith smith = client()) {
      e = catchThrowableOfType(ServerException.class, () -> op.call().accept(smith));
    }

    assertThat(e.attempts()).isEqualTo(1);
    assertThat(api.requestCount()).isEqualTo(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("settingState")
  void operationsThatSetStateRetryAConnectionLostAfterSending(Op op) {
    api.reply(droppedAfterReadingRequest());
    api.reply(200, op.success());

    try (ActivitySmith smith = client()) {
      op.call().accept(smith);
    }

    assertThat(api.requestCount()).isEqualTo(2);
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("delivering")
  void pushAndStartDoNotRetryAConnectionLostAfterSending(Op op) {
    api.reply(droppedAfterReadingRequest());
    api.reply(200, op.success());

    ApiConnectionException e;
    try (ActivitySmith smith = client()) {
      e = catchThrowableOfType(ApiConnectionException.class, () -> op.call().accept(smith));
    }

    assertThat(e.requestSent()).isTrue();
    assertThat(e.isTimeout()).isFalse();
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.getMessage()).startsWith("Connection failed after the request was sent: ");
    assertThat(api.requestCount()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("all")
  void everyOperationRetriesAConnectionThatFailedBeforeSending(Op op) throws Exception {
    AtomicInteger lookups = new AtomicInteger();
    OkHttpClient flakyDns = new OkHttpClient.Builder().dns(host -> {
      if (lookups.incrementAndGet() == 1) {
        throw new UnknownHostException("lookup of " + host + " failed");
      }
      return List.of(InetAddress.getByName("127.0.0.1"));
    }).build();
    api.reply(200, op.success());

    try (ActivitySmith smith = api.builder().baseUrl("http://localhost:" + api.server.getPort() + "/api")
        .okHttpClient(flakyDns).build()) {
      op.call().accept(smith);
    } finally {
      flakyDns.connectionPool().evictAll();
    }

    assertThat(lookups).hasValue(2);
    assertThat(api.requestCount()).isEqualTo(1);
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void aRefusedConnectionIsRetriedEvenForPushButOnlyUpToTheLimit() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      closedPort = socket.getLocalPort();
    }

    ApiConnectionException e;
    try (ActivitySmith smith = api.builder().baseUrl("http://127.0.0.1:" + closedPort + "/api").build()) {
      e = catchThrowableOfType(ApiConnectionException.class, () -> PUSH.call().accept(smith));
    }

    assertThat(e.requestSent()).isFalse();
    assertThat(e.attempts()).isEqualTo(3);
    assertThat(e.getMessage()).startsWith("Connection failed before the request was sent: ").endsWith("[sendPushNotification, 3 attempts]");
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
  }

  @Test
  void retryAfterInSecondsIsObeyed() {
    api.reply(ApiServer.json(429, "{}").setHeader("Retry-After", "7").build());
    api.reply(200, PUSH.success());

    try (ActivitySmith smith = client()) {
      PUSH.call().accept(smith);
    }

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void retryAfterAsAnHttpDateIsObeyed() {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(FakeTime.START.plusSeconds(12).atOffset(ZoneOffset.UTC));
    api.reply(ApiServer.json(429, "{}").setHeader("Retry-After", date).build());
    api.reply(200, STREAM.success());

    try (ActivitySmith smith = client()) {
      STREAM.call().accept(smith);
    }

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void retryAfterOnAServerErrorIsObeyedForOperationsThatSetState() {
    api.reply(ApiServer.json(503, "{}").setHeader("Retry-After", "3").build());
    api.reply(200, BADGE.success());

    try (ActivitySmith smith = client()) {
      BADGE.call().accept(smith);
    }

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void aRetryAfterLongerThanTheCapEndsTheCallAtOnce() {
    api.reply(ApiServer.json(429, "{}").setHeader("Retry-After", "31").build());
    api.reply(200, METRIC.success());

    RateLimitException e;
    try (ActivitySmith smith = client()) {
      e = catchThrowableOfType(RateLimitException.class, () -> METRIC.call().accept(smith));
    }

    assertThat(e.retryAfter()).contains(Duration.ofSeconds(31));
    assertThat(api.requestCount()).isEqualTo(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void attemptsAreBounded() {
    for (int i = 0; i < 5; i++) {
      api.reply(status(500));
    }

    ServerException e;
    try (ActivitySmith smith = client()) {
      e = catchThrowableOfType(ServerException.class, () -> BADGE.call().accept(smith));
    }

    assertThat(e.attempts()).isEqualTo(3);
    assertThat(e.getMessage()).endsWith("[HTTP 500, updateAppIconBadgeCount, 3 attempts]");
    assertThat(api.requestCount()).isEqualTo(3);
  }

  @Test
  void totalTimeIsBounded() {
    for (int i = 0; i < 10; i++) {
      api.reply(status(502));
    }

    ServerException e;
    try (ActivitySmith smith = api.builder()
        .retryPolicy(time.policy().maxAttempts(10).maxElapsed(Duration.ofMillis(1200)).build()).build()) {
      e = catchThrowableOfType(ServerException.class, () -> UPDATE.call().accept(smith));
    }

    // 500 ms, then 1 s would end at 1.5 s, past the 1.2 s budget.
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500));
    assertThat(e.attempts()).isEqualTo(2);
  }

  @Test
  void backoffDoublesUpToItsCap() {
    for (int i = 0; i < 6; i++) {
      api.reply(status(503));
    }

    try (ActivitySmith smith = api.builder().retryPolicy(time.policy().maxAttempts(6)
        .initialBackoff(Duration.ofSeconds(1)).maxBackoff(Duration.ofSeconds(3)).build()).build()) {
      catchThrowableOfType(ServerException.class, () -> STREAM.call().accept(smith));
    }

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3),
        Duration.ofSeconds(3), Duration.ofSeconds(3));
  }

  @Test
  void theLiveActivityLimitIsNotRetried() {
    api.reply(429, "{\"error\":\"Live Activity limit reached\",\"limit\":4,\"active\":4}");
    api.reply(200, STREAM.success());

    try (ActivitySmith smith = client()) {
      catchThrowableOfType(LiveActivityLimitException.class, () -> STREAM.call().accept(smith));
    }

    assertThat(api.requestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 422})
  void clientErrorsAreNotRetried(int code) {
    api.reply(status(code));
    api.reply(200, BADGE.success());

    ApiException e;
    try (ActivitySmith smith = client()) {
      e = catchThrowableOfType(ApiException.class, () -> BADGE.call().accept(smith));
    }

    assertThat(e.statusCode()).isEqualTo(code);
    assertThat(api.requestCount()).isEqualTo(1);
  }

  @Test
  void retriesCanBeSwitchedOff() {
    api.reply(status(429));
    api.reply(200, BADGE.success());

    RateLimitException e;
    try (ActivitySmith smith = api.builder().retryPolicy(RetryPolicy.none()).build()) {
      e = catchThrowableOfType(RateLimitException.class, () -> BADGE.call().accept(smith));
    }

    assertThat(e.attempts()).isEqualTo(1);
    assertThat(api.requestCount()).isEqualTo(1);
  }

  @Test
  void anInterruptedWaitEndsTheCallWithTheLastFailure() {
    api.reply(status(503));
    api.reply(200, BADGE.success());
    RetryPolicy interrupted = RetryPolicy.builder().clock(time).sleeper(d -> {
      throw new InterruptedException("shutting down");
    }).build();

    ServerException e;
    boolean flagged;
    try (ActivitySmith smith = api.builder().retryPolicy(interrupted).build()) {
      e = catchThrowableOfType(ServerException.class, () -> BADGE.call().accept(smith));
    } finally {
      flagged = Thread.interrupted();
    }

    assertThat(flagged).as("interrupt flag restored").isTrue();
    assertThat(e.getSuppressed()).hasOnlyElementsOfType(InterruptedException.class).hasSize(1);
    assertThat(api.requestCount()).isEqualTo(1);
  }

  @Test
  void asyncCallsRetryToo() throws Exception {
    api.reply(status(429));
    api.reply(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"devices_notified\":0,\"users_notified\":0,\"devices_updated\":0,\"users_updated\":0,\"effective_channel_slugs\":[],\"badge\":2}");

    try (ActivitySmith smith = client()) {
      assertThat(smith.badges().setAsync(2).get().badge()).isEqualTo(2);
    }

    assertThat(api.requestCount()).isEqualTo(2);
  }
}
