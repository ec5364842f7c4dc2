package com.activitysmith.it.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The simulator as other languages use it: the -standalone jar started with java -jar. */
class StandaloneJarTest {
  private static final MediaType JSON = MediaType.get("application/json");
  private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(10)).build();

  @Test
  void servesTheApiAndTheControlApiFromJavaDashJar() throws Exception {
    Process process = new ProcessBuilder(javaBinary(), "-jar", standaloneJar().toString(),
        "--port", "0", "--api-key", "ask_standalone", "--channel", "ops:2")
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String first = out.readLine();
      assertThat(first).startsWith("ActivitySmith simulator listening on http://127.0.0.1:");
      String baseUrl = first.substring(first.lastIndexOf(' ') + 1);
      assertThat(out.readLine()).isEqualTo("API key: ask_standalone");

      try (Response push = call(new Request.Builder().url(baseUrl + "/push-notification")
          .header("Authorization", "Bearer ask_standalone")
          .post(RequestBody.create("{\"title\":\"From any language\",\"target\":{\"channels\":[\"ops\"]}}", JSON)))) {
        assertThat(push.code()).isEqualTo(200);
        assertThat(push.body().string()).contains("\"devices_notified\":2");
      }
      try (Response unauthorized = call(new Request.Builder().url(baseUrl + "/badge")
          .post(RequestBody.create("{\"badge\":1}", JSON)))) {
        assertThat(unauthorized.code()).isEqualTo(401);
      }
      String root = baseUrl.substring(0, baseUrl.length() - "/api".length());
      try (Response screen = call(new Request.Builder().url(root + "/_simulator/lock-screen"))) {
        assertThat(screen.body().string()).contains("\"title\":\"From any language\"");
      }
    } finally {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  @Test
  void exitsOnSigtermWhileARequestIsStillArriving() throws Exception {
    Process process = new ProcessBuilder(javaBinary(), "-Xmx96m", "-jar", standaloneJar().toString(), "--port", "0")
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String baseUrl = out.readLine().replaceFirst(".* ", "");
      java.net.URI uri = java.net.URI.create(baseUrl);
      // A body announced as 100 MB of which only a little arrives holds a connection thread in its read.
      try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
        socket.getOutputStream().write(("POST /api/push-notification HTTP/1.1\r\nHost: x\r\n"
            + "Authorization: Bearer ask_simulator_test_key\r\nContent-Type: application/json\r\n"
            + "Content-Length: 100000000\r\n\r\n{\"title\":\"").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        String root = baseUrl.substring(0, baseUrl.length() - "/api".length());
        try (Response screen = call(new Request.Builder().url(root + "/_simulator/lock-screen"))) {
          assertThat(screen.code()).isEqualTo(200);
        }

        process.destroy(); // SIGTERM

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the simulator exits on SIGTERM").isTrue();
      }
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void standaloneAnswers413ForAHugeBodyAndKeepsServing() throws Exception {
    Process process = new ProcessBuilder(javaBinary(), "-Xmx96m", "-jar", standaloneJar().toString(), "--port", "0",
        "--max-request-bytes", "65536")
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String baseUrl = out.readLine().replaceFirst(".* ", "");
      // 200 MB streamed in 64 KB chunks, so neither side needs it whole.
      RequestBody big = new RequestBody() {
        @Override
        public MediaType contentType() {
          return JSON;
        }

        @Override
        public long contentLength() {
          return 200L << 20;
        }

        @Override
        public void writeTo(okio.BufferedSink sink) throws IOException {
          byte[] chunk = new byte[64 << 10];
          java.util.Arrays.fill(chunk, (byte) 'x');
          for (int i = 0; i < (200 << 20) / chunk.length; i++) {
            sink.write(chunk);
          }
        }
      };
      try (Response huge = call(new Request.Builder().url(baseUrl + "/push-notification")
          .header("Authorization", "Bearer ask_simulator_test_key")
          .post(big))) {
        assertThat(huge.code()).isEqualTo(413);
      }
      try (Response push = call(new Request.Builder().url(baseUrl + "/push-notification")
          .header("Authorization", "Bearer ask_simulator_test_key")
          .post(RequestBody.create("{\"title\":\"after\"}", JSON)))) {
        assertThat(push.code()).isEqualTo(200);
      }
    } finally {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  private Response call(Request.Builder request) throws IOException {
    return http.newCall(request.build()).execute();
  }

  /** The jar the testing module's package phase built in this reactor. */
  private static Path standaloneJar() throws IOException {
    Path target = Paths.get("..", "testing", "target");
    try (Stream<Path> files = Files.list(target)) {
      List<Path> jars = files.filter(p -> p.getFileName().toString().matches("activitysmith-testing-.*-standalone\\.jar"))
          .toList();
      assertThat(jars).as("the standalone jar in %s; build the testing module first", target.toAbsolutePath())
          .hasSize(1);
      return jars.get(0);
    }
  }

  private static String javaBinary() {
    return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
  }
}
