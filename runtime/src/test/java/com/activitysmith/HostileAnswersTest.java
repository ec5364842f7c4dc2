package com.activitysmith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.activitysmith.exception.ActivitySmithException;
import com.activitysmith.exception.ApiConnectionException;
import com.activitysmith.exception.ApiException;
import com.activitysmith.exception.ResponseTooLargeException;
import com.activitysmith.exception.ServerException;
import com.activitysmith.generated.model.PushNotificationRequest;
import com.activitysmith.payload.PushPayload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Answers that break the contract or attack the client: each ends in a typed outcome, in bounded memory and time. */
class HostileAnswersTest {
  private static final PushPayload PUSH = PushPayload.of(PushNotificationRequest.builder().title("Hi").build());
  private static final String BADGE = "{\"success\":true,\"badge\":1,\"devices_notified\":1,\"users_notified\":1,"
      + "\"devices_updated\":1,\"users_updated\":1,\"effective_channel_slugs\":[],\"timestamp\":\"2026-03-04T09:00:00Z\"}";

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

  private static String printed(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", "{\"success\":false}", "{\"success\":true,\"devices_notified\":0}"})
  void aSuccessLackingRequiredFieldsIsAnApiExceptionNotZeroDeliveries(String body) {
    api.reply(200, body);

    ApiException e;
    try (ActivitySmith smith = api.builder().build()) {
      e = thrown(ApiException.class, () -> smith.notifications().send(PUSH));
    }

    assertThat(e.getClass()).isEqualTo(ApiException.class);
    assertThat(e.statusCode()).isEqualTo(200);
    assertThat(e.getMessage()).startsWith("The response breaks the API's contract: $.").contains("is required but missing");
    assertThat(api.requestCount()).as("a push is not repeated").isEqualTo(1);
  }

  @Test
  void requiredFieldsComeFromTheSpecForEveryOperation() {
    api.reply(200, "{\"success\":true,\"badge\":1,\"timestamp\":\"2026-03-04T09:00:00Z\"}");
    api.reply(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"operation\":\"ended\"}");

    try (ActivitySmith smith = api.oneShot()) {
      assertThat(thrown(ApiException.class, () -> smith.badges().set(1)).getMessage()).contains("is required but missing");
      assertThat(thrown(ApiException.class, () -> smith.liveActivities().endStream("k")).getMessage()).contains("$.stream_key is required");
    }
  }

  @Test
  void nullsInsideListsOfASuccessAreDroppedNotThrown() {
    api.reply(200, "{\"success\":true,\"devices_notified\":2,\"effective_channel_slugs\":[null,\"ops\"],\"tags\":[\"ci\",null],"
        + "\"timestamp\":\"2026-03-04T09:00:00Z\"}");

    try (ActivitySmith smith = api.oneShot()) {
      PushResult result = smith.notifications().send(PUSH);
      assertThat(result.devicesNotified()).isEqualTo(2);
      assertThat(result.effectiveChannelSlugs()).containsExactly("ops");
      assertThat(result.tags()).containsExactly("ci");
    }
  }

  @Test
  void aSuccessBodyPastTheCapIsResponseTooLargeAndNotRetried() {
    api.reply(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body("{\"success\":true,\"x\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}").build());

    ResponseTooLargeException e;
    try (ActivitySmith smith = api.builder().build()) {
      e = thrown(ResponseTooLargeException.class, () -> smith.badges().set(1));
    }

    assertThat(e.limitBytes()).isEqualTo(ActivitySmith.DEFAULT_MAX_RESPONSE_BYTES);
    assertThat(e.statusCode()).isEqualTo(200);
    assertThat(e.getMessage()).isEqualTo("The response body exceeds the client's limit of 1048576 bytes "
        + "(ActivitySmith.Builder.maxResponseBytes); it was not read [HTTP 200, updateAppIconBadgeCount, 1 attempt]");
    assertThat(api.requestCount()).isEqualTo(1);
  }

  @Test
  void aChunkedBodyWithoutLengthStopsAtTheCapToo() {
    api.reply(new MockResponse.Builder().code(200).chunkedBody("[" + "1,".repeat(3 * 1024 * 1024) + "1]", 64 * 1024).build());

    try (ActivitySmith smith = api.builder().maxResponseBytes(64 * 1024).retryPolicy(RetryPolicy.none()).build()) {
      assertThat(thrown(ResponseTooLargeException.class, () -> smith.badges().set(1)).limitBytes()).isEqualTo(64 * 1024);
    }
  }

  @Test
  void aGzipBombStopsAtTheCapCountedAfterDecoding() throws IOException {
    byte[] bomb = gzippedZeros(256L * 1024 * 1024);
    api.reply(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .setHeader("Content-Encoding", "gzip").body(new Buffer().write(bomb)).build());
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    ResponseTooLargeException e;
    long allocated;
    try (ActivitySmith smith = api.oneShot()) {
      long before = threads.getCurrentThreadAllocatedBytes();
      e = thrown(ResponseTooLargeException.class, () -> smith.badges().set(1));
      allocated = threads.getCurrentThreadAllocatedBytes() - before;
    }

    assertThat(bomb.length).as("compressed size").isLessThan(1024 * 1024);
    assertThat(e.limitBytes()).isEqualTo(1024 * 1024);
    // 256 MiB decoded would be read whole without the cap; the call allocates a few MiB at most.
    assertThat(allocated).as("bytes allocated by the call").isLessThan(16L * 1024 * 1024);
  }

  @Test
  void anErrorBodyPastTheCapIsCutAndStillMapsByStatus() {
    api.reply(new MockResponse.Builder().code(503).setHeader("Content-Type", "text/html")
        .body("<html><body>" + "<p>busy</p>".repeat(300_000) + "</body></html>").build());

    try (ActivitySmith smith = api.oneShot()) {
      ServerException e = thrown(ServerException.class, () -> smith.badges().set(1));
      assertThat(e.rawBody().length()).isEqualTo(1024 * 1024);
      assertThat(e.getMessage()).startsWith("Service Unavailable (response body is not JSON: \"busy busy busy");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"<", "<a", "<script>", "</", "<style", "\t <"})
  void pathologicalErrorBodiesAreSummarisedInOnePass(String unit) {
    // Quadratic snippet extraction took minutes on bodies like these; one pass takes milliseconds.
    api.reply(new MockResponse.Builder().code(500).setHeader("Content-Type", "text/html").body(unit.repeat(200_000)).build());

    try (ActivitySmith smith = api.oneShot()) {
      ServerException e = thrown(ServerException.class, () -> smith.badges().set(1));
      assertThat(e.getMessage()).contains("(response body is not JSON: \"").hasSizeLessThan(400);
    }
  }

  @Test
  void theBudgetBoundsAServerDrippingTheStatusLine() {
    // One byte every 50 ms never trips the 30 s read timeout; only maxElapsed (1 s) ends the call.
    try (HostileServer drip = new HostileServer(out -> {
      byte[] line = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n".getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 2_000; i++) {
        out.write(line[i % line.length]);
        out.flush();
        Thread.sleep(50);
      }
    }); ActivitySmith smith = ActivitySmith.builder().apiKey(ApiServer.KEY).baseUrl(drip.baseUrl())
        .retryPolicy(RetryPolicy.builder().maxElapsed(Duration.ofSeconds(1)).build()).build()) {
      ApiConnectionException e = thrown(ApiConnectionException.class, () -> smith.notifications().send(PUSH));

      assertThat(e.isTimeout()).isTrue();
      assertThat(e.requestSent()).isTrue();
      assertThat(drip.requestCount()).isEqualTo(1);
    }
  }

  @Test
  void aKeyEchoedInTheStatusLineAppearsNowhereInTheCauseChain() {
    try (HostileServer echo = new HostileServer(out -> out.write(("HTTP/1.1 2x0 " + ApiServer.KEY + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII)));
         ActivitySmith smith = ActivitySmith.builder().apiKey(ApiServer.KEY).baseUrl(echo.baseUrl())
             .retryPolicy(RetryPolicy.none()).build()) {
      ApiConnectionException e = thrown(ApiConnectionException.class, () -> smith.notifications().send(PUSH));

      assertThat(printed(e)).doesNotContain(ApiServer.KEY).contains("[REDACTED]").contains("java.net.ProtocolException");
      assertThat(e.getCause()).isNotNull();
    }
  }

  @Test
  void aKeyEchoedInAFieldThatFailsToParseAppearsNowhereInTheCauseChain() {
    api.reply(200, "{\"success\":true,\"timestamp\":\"" + ApiServer.KEY + "\"}");

    try (ActivitySmith smith = api.oneShot()) {
      ApiException e = thrown(ApiException.class, () -> smith.notifications().send(PUSH));
      assertThat(printed(e)).doesNotContain(ApiServer.KEY);
      for (Throwable t = e; t != null; t = t.getCause()) {
        assertThat(String.valueOf(t.getMessage())).doesNotContain(ApiServer.KEY);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://user:pass@activitysmith.com/api", "https://ask_live_secret@activitysmith.com/api",
      "http://a:b@127.0.0.1:8080/api", "https://u:p@@activitysmith.com", "https://:p@activitysmith.com/api?x=1"})
  void credentialsInTheBaseUrlAreRefusedWithoutShowingThem(String url) {
    assertThatThrownBy(() -> ActivitySmith.builder().baseUrl(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not contain credentials")
        .hasMessageContaining("***@")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("user:pass@").doesNotContain("ask_live_secret")
            .doesNotContain("a:b@").doesNotContain("u:p@").doesNotContain(":p@"));
    ActivitySmith.Builder builder = ActivitySmith.builder();
    try {
      builder.baseUrl(url);
    } catch (IllegalArgumentException expected) {
      // The builder keeps its previous URL.
    }
    assertThat(builder.toString()).contains("baseUrl=https://activitysmith.com/api");
  }

  @Test
  void aCleanBaseUrlStillWorks() {
    api.reply(200, BADGE);
    try (ActivitySmith smith = api.oneShot()) {
      assertThat(smith.badges().set(1).badge()).isEqualTo(1);
      assertThat(smith.toString()).doesNotContain("@");
    }
  }

  @Test
  void theBodyCapIsChecked() {
    assertThatThrownBy(() -> ActivitySmith.builder().maxResponseBytes(10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxResponseBytes must be from 1024 to 1073741824 but was 10");
    assertThat(ActivitySmithException.class).isAssignableFrom(ResponseTooLargeException.class);
  }

  private static byte[] gzippedZeros(long size) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] zeros = new byte[1024 * 1024];
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      for (long written = 0; written < size; written += zeros.length) {
        gzip.write(zeros);
      }
    }
    return bytes.toByteArray();
  }
}
