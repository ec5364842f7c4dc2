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
