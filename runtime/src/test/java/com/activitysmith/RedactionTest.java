package com.activitysmith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.activitysmith.exception.ApiException;
import com.activitysmith.generated.model.PushNotificationRequest;
import com.activitysmith.payload.PushPayload;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The key never leaves through logs, messages, toString() or a redirect to another host. */
class RedactionTest {
  private static final PushPayload PUSH = PushPayload.of(PushNotificationRequest.builder().title("Hi").build());

  private final ApiServer api = new ApiServer();
  private final Logger logger = Logger.getLogger("com.activitysmith");
  private final List<String> logs = Collections.synchronizedList(new ArrayList<>());
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      logs.add(record.getLevel() + " " + record.getLoggerName() + " " + record.getMessage());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private Level previousLevel;

  @BeforeEach
  void captureDebugLogs() {
    previousLevel = logger.getLevel();
    logger.setLevel(Level.ALL);
    logger.addHandler(capture);
  }

  @AfterEach
  void restore() {
    logger.removeHandler(capture);
    logger.setLevel(previousLevel);
    api.close();
  }

  private static String everything(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return t + "\n" + out;
  }

  @Test
  void theKeyAppearsNowhereTheClientWrites() throws Exception {
    List<String> captured = new ArrayList<>();
    api.reply(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\"}");
    api.reply(ApiServer.json(503, "{\"error\":\"Unavailable\"}").setHeader("X-Request-Id", "req_1").build());
    api.reply(ApiServer.json(503, "{\"error\":\"Unavailable\"}").build());
    api.reply(ApiServer.json(503, "{\"error\":\"Unavailable\"}").build());
    // A server that echoes the key back must not get it into a message either.
    api.reply(401, "{\"error\":\"Unauthorized\",\"message\":\"Invalid API key " + ApiServer.KEY + "\"}");
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      closedPort = socket.getLocalPort();
    }

    ActivitySmith.Builder builder = api.builder();
    captured.add(builder.toString());
    try (ActivitySmith smith = builder.build();
        ActivitySmith unreachable = api.builder().baseUrl("http://127.0.0.1:" + closedPort + "/api").build()) {
      captured.add(smith.toString());
      captured.add(smith.notifications().send(PUSH).toString());
      captured.add(everything(catchThrowable(() -> smith.badges().set(1))));
      ApiException echoed = (ApiException) catchThrowable(() -> smith.badges().set(2));
      captured.add(everything(echoed));
      captured.add(echoed.rawBody());
      captured.add(everything(catchThrowable(() -> unreachable.notifications().send(PUSH))));
      captured.add(everything(catchThrowable(() -> smith.metrics().update("Bad Key", 1))));
    }
    captured.addAll(logs);

    assertThat(logs).as("debug lines were logged").isNotEmpty()
        .contains("FINE com.activitysmith sendPushNotification attempt 1/3: HTTP 200")
        .anyMatch(line -> line.startsWith("FINE com.activitysmith updateAppIconBadgeCount attempt 1/3: Unavailable "
            + "[HTTP 503, updateAppIconBadgeCount, request id req_1, 1 attempt]; retrying in 500 ms"))
        .anyMatch(line -> line.contains("attempt 3/3: ") && line.endsWith("not retried: all 3 attempts used"))
        .anyMatch(line -> line.contains("Invalid API key [REDACTED]"))
        .anyMatch(line -> line.contains("sendPushNotification attempt 1/3: Connection failed before the request was sent"));
    assertThat(String.join("\n", captured)).contains("[REDACTED]").doesNotContain(ApiServer.KEY);
    assertThat(api.take().getHeaders().get("Authorization")).as("the key was sent where it belongs")
        .isEqualTo("Bearer " + ApiServer.KEY);
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 303, 307, 308})
  void noRedirectToAnotherHostIsFollowedSoNeitherBodyNorKeyTravels(int status) throws Exception {
    try (MockWebServer other = new MockWebServer()) {
      other.start(InetAddress.getByName("127.0.0.1"), 0);
      other.enqueue(ApiServer.json(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"devices_notified\":0,\"users_notified\":0,\"devices_updated\":0,\"users_updated\":0,\"effective_channel_slugs\":[],\"badge\":1}").build());
      api.reply(new MockResponse.Builder().code(status).setHeader("Location", other.url("/elsewhere/push")).build());

      ApiException e;
      try (ActivitySmith smith = api.builder().build()) {
        e = catchThrowableOfType(ApiException.class, () -> smith.notifications().send(PUSH));
      }

      assertThat(e.statusCode()).isEqualTo(status);
      assertThat(e.attempts()).as("a redirect is not retried").isEqualTo(1);
      assertThat(e.getMessage()).contains("to " + other.url("/elsewhere/push")).contains("check the base URL");
      assertThat(api.requestCount()).isEqualTo(1);
      assertThat(other.getRequestCount()).as("nothing reached the other host").isZero();
    }
  }

  @Test
  void noRedirectWithinTheApiIsFollowedEither() {
    api.reply(new MockResponse.Builder().code(307).setHeader("Location", "/api/badge-v2").build());
    api.reply(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"devices_notified\":0,\"users_notified\":0,\"devices_updated\":0,\"users_updated\":0,\"effective_channel_slugs\":[],\"badge\":1}");

    ApiException e;
    try (ActivitySmith smith = api.oneShot()) {
      e = catchThrowableOfType(ApiException.class, () -> smith.badges().set(1));
    }

    assertThat(e.getMessage()).startsWith("Temporary Redirect to /api/badge-v2;");
    assertThat(api.requestCount()).isEqualTo(1);
  }
}
