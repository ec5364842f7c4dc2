package com.activitysmith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.activitysmith.exception.ApiException;
import com.activitysmith.exception.AuthenticationException;
import com.activitysmith.exception.InvalidRequestException;
import com.activitysmith.exception.LiveActivityLimitException;
import com.activitysmith.exception.NoRecipientsException;
import com.activitysmith.exception.NotFoundException;
import com.activitysmith.exception.PermissionException;
import com.activitysmith.exception.RateLimitException;
import com.activitysmith.exception.ServerException;
import com.activitysmith.generated.model.ContentStateStart;
import com.activitysmith.generated.model.ContentStateUpdate;
import com.activitysmith.generated.model.LiveActivityStartRequest;
import com.activitysmith.generated.model.LiveActivityStreamRequest;
import com.activitysmith.generated.model.LiveActivityType;
import com.activitysmith.generated.model.LiveActivityUpdateRequest;
import com.activitysmith.generated.model.PushNotificationRequest;
import com.activitysmith.generated.model.StreamContentState;
import com.activitysmith.payload.PushPayload;
import com.activitysmith.payload.StartPayload;
import com.activitysmith.payload.StreamPayload;
import com.activitysmith.payload.UpdatePayload;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every error status and body shape, mapped to the exception for its meaning. */
class ErrorMappingTest {
  private static final PushPayload PUSH = PushPayload.of(PushNotificationRequest.builder().title("Hi").build());
  private static final StartPayload START = StartPayload.of(LiveActivityStartRequest.builder()
      .contentState(ContentStateStart.builder().title("Deploy").type(LiveActivityType.ALERT).message("go").build())
      .build());
  private static final StreamPayload STREAM = StreamPayload.of(LiveActivityStreamRequest.builder()
      .contentState(StreamContentState.builder().title("Backup").build()).build());

  private final ApiServer api = new ApiServer();
  private final ActivitySmith smith = api.oneShot();

  @AfterEach
  void stop() {
    smith.close();
    api.close();
  }

  private <T extends Throwable> T thrown(Class<T> type, Executable call) {
    T exception = catchThrowableOfType(type, call::execute);
    assertThat(exception).as("expected %s", type.getSimpleName()).isNotNull();
    return exception;
  }

  @Test
  void badRequestIsInvalidRequest() {
    api.reply(json(400, "{\"error\":\"Invalid channel targeting\",\"message\":\"channels must contain at least one channel\"}")
        .setHeader("X-Request-Id", "req_81f2").build());

    InvalidRequestException e = thrown(InvalidRequestException.class, () -> smith.notifications().send(PUSH));

    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.errorCode()).contains("Invalid channel targeting");
    assertThat(e.serverMessage()).contains("channels must contain at least one channel");
    assertThat(e.requestId()).contains("req_81f2");
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.rawBody()).contains("\"error\":\"Invalid channel targeting\"");
    assertThat(e.getMessage()).isEqualTo("Invalid channel targeting: channels must contain at least one channel "
        + "[HTTP 400, sendPushNotification, request id req_81f2, 1 attempt]");
  }

  @Test
  void unauthorizedIsAuthentication() {
    api.reply(401, "{\"error\":\"Unauthorized\",\"message\":\"Invalid API key\"}");

    AuthenticationException e = thrown(AuthenticationException.class, () -> smith.badges().set(1));

    assertThat(e.statusCode()).isEqualTo(401);
    assertThat(e.requestId()).isEmpty();
    assertThat(e.getMessage()).startsWith("Unauthorized: Invalid API key [HTTP 401, updateAppIconBadgeCount");
  }

  @Test
  void forbiddenIsPermission() {
    api.reply(403, "{\"error\":\"Invalid channel targeting\",\"message\":\"This API key may only target the channels it is scoped to\"}");

    PermissionException e = thrown(PermissionException.class, () -> smith.liveActivities().channels("finance").start(START));

    assertThat(e.statusCode()).isEqualTo(403);
    assertThat(e.serverMessage()).contains("This API key may only target the channels it is scoped to");
  }

  @Test
  void notFoundOnPushStartStreamAndBadgeMeansNoRecipients() {
    String body = "{\"error\":\"No recipients\",\"message\":\"No devices are paired for the selected channels\","
        + "\"effective_channel_slugs\":[\"ops\"]}";
    for (Executable call : new Executable[] {
        () -> smith.notifications().send(PUSH),
        () -> smith.liveActivities().start(START),
        () -> smith.liveActivities().stream("backup", STREAM),
        () -> smith.badges().set(2)}) {
      api.reply(404, body);

      NoRecipientsException e = thrown(NoRecipientsException.class, call);

      assertThat(e.effectiveChannelSlugs()).containsExactly("ops");
      assertThat(e.getMessage()).contains("No devices are paired for the selected channels (effective channels: ops)");
    }
  }

  @Test
  void noRecipientsWithoutChannelListStillMapsByOperation() {
    api.reply(404, "{\"error\":\"No recipients\"}");

    NoRecipientsException e = thrown(NoRecipientsException.class, () -> smith.notifications().send(PUSH));

    assertThat(e.effectiveChannelSlugs()).isEmpty();
  }

  @Test
  void notFoundOnEndStreamMetricsAndUpdateMeansNotFound() {
    api.reply(404, "{\"error\":\"Not found\",\"message\":\"No active stream with this key\"}");
    NotFoundException stream = thrown(NotFoundException.class, () -> smith.liveActivities().endStream("gone"));
    assertThat(stream.getMessage()).startsWith("Not found: No active stream with this key [HTTP 404, endLiveActivityStream");

    api.reply(404, "{\"error\":\"Metric not found\"}");
    NotFoundException metric = thrown(NotFoundException.class, () -> smith.metrics().update("nope", 1));
    assertThat(metric.errorCode()).contains("Metric not found");
    assertThat(metric.serverMessage()).isEmpty();

    api.reply(404, "");
    thrown(NotFoundException.class, () -> smith.liveActivities().update("act_x", UpdatePayload.of(
        LiveActivityUpdateRequest.builder().contentState(ContentStateUpdate.builder().title("T").build()).build())));
  }

  @Test
  void aNotFoundPageFromSomethingElseIsNotNoRecipients() {
    // A wrong base URL or a gateway answers 404 with its own page: not the service's "no recipients".
    api.reply(404, "<html><body><h1>404 Not Found</h1></body></html>");
    NotFoundException page = thrown(NotFoundException.class, () -> smith.notifications().send(PUSH));
    assertThat(page).isNotInstanceOf(NoRecipientsException.class);
    assertThat(page.getMessage()).contains("404");

    api.reply(404, "");
    assertThat(thrown(NotFoundException.class, () -> smith.badges().set(1))).isNotInstanceOf(NoRecipientsException.class);
  }

  @Test
  void plainTooManyRequestsIsRateLimitWithRetryAfter() {
    api.reply(json(429, "{\"error\":\"Rate limit exceeded\",\"message\":\"Too many requests, please try again later.\"}")
        .setHeader("Retry-After", "45").build());

    RateLimitException e = thrown(RateLimitException.class, () -> smith.notifications().send(PUSH));

    assertThat(e).isNotInstanceOf(LiveActivityLimitException.class);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(45));
    assertThat(e.getMessage()).startsWith("Rate limit exceeded: Too many requests, please try again later. (Retry-After 45 s)");
  }

  @Test
  void rateLimitWithAnEmptyBodyAndNoHeader() {
    api.reply(new MockResponse.Builder().code(429).build());

    RateLimitException e = thrown(RateLimitException.class, () -> smith.liveActivities().stream("k", STREAM));

    assertThat(e.retryAfter()).isEmpty();
    assertThat(e.rawBody()).isEmpty();
    assertThat(e.getMessage()).isEqualTo("Too Many Requests (empty response body) [HTTP 429, reconcileLiveActivityStream, 1 attempt]");
  }

  @Test
  void tooManyRequestsWithLimitAndActiveIsTheLiveActivityLimit() {
    api.reply(429, "{\"error\":\"Live Activity limit reached\",\"message\":\"At most 4 Live Activities may run at once\","
        + "\"limit\":4,\"active\":4}");

    LiveActivityLimitException e = thrown(LiveActivityLimitException.class, () -> smith.liveActivities().start(START));

    assertThat(e).isNotInstanceOf(RateLimitException.class);
    assertThat(e.limit()).hasValue(4);
    assertThat(e.active()).hasValue(4);
    assertThat(e.getMessage()).startsWith("Live Activity limit reached: At most 4 Live Activities may run at once (limit 4, active 4)");
  }

  @Test
  void serverErrorsAreServerExceptions() {
    api.reply(500, "{\"error\":\"Internal error\"}");
    ServerException e = thrown(ServerException.class, () -> smith.badges().set(1));
    assertThat(e.statusCode()).isEqualTo(500);
    assertThat(e.errorCode()).contains("Internal error");

    api.reply(503, "{}");
    ServerException unavailable = thrown(ServerException.class, () -> smith.badges().set(1));
    assertThat(unavailable.getMessage()).startsWith("Service Unavailable [HTTP 503");
  }

  @Test
  void aProxysHtmlPageStillMapsWithAReadableMessage() {
    api.reply(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
        .body("<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n"
            + "<hr><center>nginx</center>\n</body>\n</html>\n").build());

    ServerException e = thrown(ServerException.class, () -> smith.metrics().update("api.uptime", 1));

    assertThat(e.errorCode()).isEmpty();
    assertThat(e.rawBody()).startsWith("<html>");
    assertThat(e.getMessage()).isEqualTo("Bad Gateway (response body is not JSON: \"502 Bad Gateway 502 Bad Gateway nginx\") "
        + "[HTTP 502, updateMetricValue, 1 attempt]");
  }

  @Test
  void anHtmlPageOnA429IsStillARateLimit() {
    api.reply(new MockResponse.Builder().code(429).setHeader("Content-Type", "text/html")
        .body("<html><body>Slow down</body></html>").build());

    RateLimitException e = thrown(RateLimitException.class, () -> smith.notifications().send(PUSH));

    assertThat(e.getMessage()).contains("(response body is not JSON: \"Slow down\")");
  }

  @Test
  void truncatedJsonIsReportedAsNotJson() {
    api.reply(400, "{\"error\":\"Invalid request\",\"message\":\"title is requi");

    InvalidRequestException e = thrown(InvalidRequestException.class, () -> smith.notifications().send(PUSH));

    assertThat(e.errorCode()).isEmpty();
    assertThat(e.rawBody()).isEqualTo("{\"error\":\"Invalid request\",\"message\":\"title is requi");
    assertThat(e.getMessage()).isEqualTo("Bad Request (response body is not JSON: "
        + "\"{\"error\":\"Invalid request\",\"message\":\"title is requi\") [HTTP 400, sendPushNotification, 1 attempt]");
  }

  @Test
  void statusesWithoutAMeaningOfTheirOwnArePlainApiExceptions() {
    api.reply(409, "{\"error\":\"Conflict\",\"message\":\"stream is being rotated\"}");

    ApiException e = thrown(ApiException.class, () -> smith.notifications().send(PUSH));

    assertThat(e.getClass()).isEqualTo(ApiException.class);
    assertThat(e.statusCode()).isEqualTo(409);
  }

  @Test
  void jsonThatIsNotAnObjectIsNotAnErrorBody() {
    api.reply(400, "[\"not\",\"an\",\"object\"]");

    InvalidRequestException e = thrown(InvalidRequestException.class, () -> smith.notifications().send(PUSH));

    assertThat(e.getMessage()).startsWith("Bad Request (response body is not JSON: ");
  }

  @Test
  void anUnreadableSuccessBodyIsAnApiExceptionAndNotRetriedWhereRepeatingCouldDeliverTwice() {
    ActivitySmith retrying = api.builder().build();
    api.reply(200, "<html>maintenance</html>");

    ApiException e = thrown(ApiException.class, () -> retrying.notifications().send(PUSH));

    assertThat(e.statusCode()).isEqualTo(200);
    assertThat(e.getMessage()).startsWith("Could not read the response body");
    assertThat(e.getCause()).isNotNull();
    assertThat(api.requestCount()).isEqualTo(1);
    retrying.close();
  }

  @Test
  void anUnreadableSuccessBodyOfAnIdempotentCallIsAskedAgain() {
    ActivitySmith retrying = api.builder().build();
    api.reply(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"devices_notified\":0,\"users_notified\":0,\"devices_updated\":0,\"users_updated\":0,\"effective_channel_slugs\":[],\"badge\":");
    api.reply(200, "{\"success\":true,\"devices_updated\":0,\"users_updated\":0,\"badge\":1,\"devices_notified\":1,\"users_notified\":1,"
        + "\"effective_channel_slugs\":[],\"timestamp\":\"2026-03-04T09:15:00Z\"}");

    BadgeResult result = retrying.badges().set(1);

    assertThat(result.badge()).isEqualTo(1);
    assertThat(api.requestCount()).isEqualTo(2);
    retrying.close();
  }

  @Test
  void aSuccessWithoutContentIsAnApiExceptionNotZeroDeliveries() {
    api.reply(new mockwebserver3.MockResponse.Builder().code(204).build());

    ApiException e = thrown(ApiException.class, () -> smith.badges().set(2));

    assertThat(e.statusCode()).isEqualTo(204);
    assertThat(e.getMessage()).contains("had no response body");
  }

  @Test
  void aSuccessBodyOfTheWrongShapeIsAnApiException() {
    api.reply(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"devices_notified\":\"many\"}");

    ApiException e = thrown(ApiException.class, () -> smith.notifications().send(PUSH));

    assertThat(e.getMessage()).contains("devices_notified");
  }

  @Test
  void aStartWithoutAnActivityIdIsReported() {
    api.reply(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\"}");

    ApiException e = thrown(ApiException.class, () -> smith.liveActivities().start(START));

    assertThat(e.getMessage()).isEqualTo("The response breaks the API's contract: $.activity_id is required but missing "
        + "[HTTP 200, startLiveActivity, 1 attempt]");
  }

  @Test
  void asyncCallsCompleteExceptionallyWithTheSameTypes() {
    api.reply(json(429, "{\"error\":\"Rate limit exceeded\"}").setHeader("Retry-After", "5").build());

    CompletionException e = thrown(CompletionException.class, () -> smith.notifications().sendAsync(PUSH).join());

    assertThat(e.getCause()).isInstanceOf(RateLimitException.class);
    assertThat(((RateLimitException) e.getCause()).retryAfter()).contains(Duration.ofSeconds(5));
  }

  private static MockResponse.Builder json(int code, String body) {
    return ApiServer.json(code, body);
  }
}
