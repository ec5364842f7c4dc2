package com.activitysmith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Creating, configuring and closing the client. */
class ActivitySmithTest {
  private final ApiServer api = new ApiServer();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void fromEnvReadsTheKeyFromTheEnvironment() {
    try (ActivitySmith smith = ActivitySmith.fromEnv(Map.of("ACTIVITYSMITH_API_KEY", ApiServer.KEY)::get)) {
      assertThat(smith.toString()).isEqualTo("ActivitySmith{baseUrl=https://activitysmith.com/api/, apiKey=[REDACTED], "
          + "retryPolicy=" + RetryPolicy.defaults() + ", requestBudget=RequestBudget.local()}");
    }
  }

  @Test
  void fromEnvExplainsAMissingOrBlankKey() {
    assertThatThrownBy(() -> ActivitySmith.fromEnv(name -> null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ACTIVITYSMITH_API_KEY is not set; set it to your ActivitySmith API key, "
            + "or pass the key with ActivitySmith.builder().apiKey(..)");
    assertThatThrownBy(() -> ActivitySmith.fromEnv(name -> "  "))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("ACTIVITYSMITH_API_KEY is blank;");
  }

  @Test
  void theKeyIsRequiredAndChecked() {
    assertThatThrownBy(() -> ActivitySmith.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("apiKey is required: call apiKey(..) or use ActivitySmith.fromEnv()");
    assertThatThrownBy(() -> ActivitySmith.builder().apiKey(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("apiKey == null");
    assertThatThrownBy(() -> ActivitySmith.builder().apiKey(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("apiKey is blank");
    assertThatThrownBy(() -> ActivitySmith.builder().apiKey("ask_secret\nX-Injected: 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("apiKey contains a character not allowed in an HTTP header at index 10");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://activitysmith.com/api", "https://eu.example.com:8443/v1/", "http://127.0.0.1:9999/api",
      "http://localhost/api", "http://[::1]:8080/api"})
  void acceptsHttpsAndLoopbackHttpBaseUrls(String url) {
    ActivitySmith.builder().baseUrl(url);
  }

  @Test
  void refusesBaseUrlsThatWouldExposeTheKey() {
    assertThatThrownBy(() -> ActivitySmith.builder().baseUrl("http://activitysmith.com/api"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseUrl must use https (plain http is allowed only on 127.0.0.1, ::1 and localhost) "
            + "but was 'http://activitysmith.com/api'");
    assertThatThrownBy(() -> ActivitySmith.builder().baseUrl("http://10.0.0.7/api")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ActivitySmith.builder().baseUrl("ftp://activitysmith.com/api"))
        .hasMessage("baseUrl must be an absolute https URL but was 'ftp://activitysmith.com/api'");
    assertThatThrownBy(() -> ActivitySmith.builder().baseUrl("activitysmith.com/api")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ActivitySmith.builder().baseUrl("https://activitysmith.com/api?key=1"))
        .hasMessageContaining("must not have a query or fragment");
    assertThatThrownBy(() -> ActivitySmith.builder().baseUrl(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("baseUrl == null");
  }

  @Test
  void aBaseUrlWithAPathPrefixIsKept() {
    api.reply(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"devices_notified\":0,\"users_notified\":0,\"devices_updated\":0,\"users_updated\":0,\"effective_channel_slugs\":[],\"badge\":1}");

    try (ActivitySmith smith = api.builder().baseUrl("http://127.0.0.1:" + api.server.getPort() + "/proxy/api/").build()) {
      smith.badges().set(1);
    }

    assertThat(api.take().getUrl().encodedPath()).isEqualTo("/proxy/api/badge");
  }

  @Test
  void timeoutsMustNotBeNegative() {
    assertThatThrownBy(() -> ActivitySmith.builder().connectTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("connectTimeout must not be negative but was PT-1S");
    assertThatThrownBy(() -> ActivitySmith.builder().readTimeout(null)).hasMessage("readTimeout == null");
    assertThatThrownBy(() -> ActivitySmith.builder().callTimeout(Duration.ofMillis(-5)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ActivitySmith.builder().retryPolicy(null)).hasMessage("retryPolicy == null");
  }

  @Test
  void timeoutsReachTheHttpClient() {
    try (ActivitySmith defaults = api.builder().build();
        ActivitySmith custom = api.builder().connectTimeout(Duration.ofSeconds(3)).readTimeout(Duration.ofSeconds(4))
            .callTimeout(Duration.ofSeconds(5)).build()) {
      assertThat(defaults.httpClient().connectTimeoutMillis()).isEqualTo(10_000);
      assertThat(defaults.httpClient().readTimeoutMillis()).isEqualTo(30_000);
      assertThat(defaults.httpClient().callTimeoutMillis()).isEqualTo(60_000);
      assertThat(custom.httpClient().connectTimeoutMillis()).isEqualTo(3_000);
      assertThat(custom.httpClient().readTimeoutMillis()).isEqualTo(4_000);
      assertThat(custom.httpClient().callTimeoutMillis()).isEqualTo(5_000);
      assertThat(defaults.httpClient().retryOnConnectionFailure()).as("OkHttp's silent retries").isFalse();
      assertThat(defaults.httpClient().followSslRedirects()).isFalse();
    }
  }

  @Test
  void tlsSettingsAreOkHttpsDefaults() {
    OkHttpClient defaults = new OkHttpClient();
    try (ActivitySmith smith = ActivitySmith.builder().apiKey(ApiServer.KEY).build()) {
      OkHttpClient client = smith.httpClient();
      assertThat(client.hostnameVerifier()).isSameAs(defaults.hostnameVerifier());
      assertThat(client.certificatePinner()).isEqualTo(defaults.certificatePinner());
      assertThat(client.connectionSpecs()).isEqualTo(defaults.connectionSpecs());
      assertThat(client.x509TrustManager().getClass()).isEqualTo(defaults.x509TrustManager().getClass());
    }
  }

  @Test
  void anApplicationsOwnOkHttpClientIsUsedAndLeftRunning() {
    List<String> seen = new ArrayList<>();
    OkHttpClient own = new OkHttpClient.Builder()
        .readTimeout(Duration.ofSeconds(7))
        .addInterceptor(chain -> {
          seen.add(chain.request().url().encodedPath());
          return chain.proceed(chain.request());
        })
        .build();
    api.reply(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"devices_notified\":0,\"users_notified\":0,\"devices_updated\":0,\"users_updated\":0,\"effective_channel_slugs\":[],\"badge\":1}");
    api.reply(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"devices_notified\":0,\"users_notified\":0,\"devices_updated\":0,\"users_updated\":0,\"effective_channel_slugs\":[],\"badge\":2}");

    ActivitySmith smith = api.builder().okHttpClient(own).build();
    assertThat(smith.httpClient().readTimeoutMillis()).isEqualTo(7_000);
    assertThat(smith.httpClient().connectionPool()).isSameAs(own.connectionPool());
    smith.badges().set(1);
    smith.close();

    assertThat(seen).containsExactly("/api/badge");
    assertThat(own.dispatcher().executorService().isShutdown()).isFalse();
    assertThat(api.take().getHeaders().get("Authorization")).isEqualTo("Bearer " + ApiServer.KEY);
    own.connectionPool().evictAll();
    own.dispatcher().executorService().shutdown();
  }

  @Test
  void asyncCallsRunOnAnApplicationsExecutor() throws Exception {
    List<Runnable> ran = new ArrayList<>();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    Executor counting = task -> {
      ran.add(task);
      pool.execute(task);
    };
    api.reply(200, "{\"success\":true,\"timestamp\":\"2026-03-04T09:00:00Z\",\"devices_notified\":0,\"users_notified\":0,\"devices_updated\":0,\"users_updated\":0,\"effective_channel_slugs\":[],\"badge\":1}");

    try (ActivitySmith smith = api.builder().executor(counting).build()) {
      assertThat(smith.badges().setAsync(1).get().badge()).isEqualTo(1);
    }

    assertThat(ran).hasSize(1);
    assertThat(pool.isShutdown()).as("left running").isFalse();
    pool.shutdown();
  }

  @Test
  void aClosedClientRefusesCallsAndClosingTwiceIsHarmless() {
    ActivitySmith smith = api.builder().build();
    smith.close();
    smith.close();

    assertThatThrownBy(() -> smith.badges().set(1)).isInstanceOf(IllegalStateException.class)
        .hasMessage("ActivitySmith client is closed");
    assertThatThrownBy(() -> smith.metrics().updateAsync("m", 1)).isInstanceOf(IllegalStateException.class);
    assertThat(api.requestCount()).isZero();
  }

  @Test
  void theBuilderDoesNotShowTheKey() {
    ActivitySmith.Builder builder = ActivitySmith.builder();
    assertThat(builder.toString()).isEqualTo("ActivitySmith.Builder{baseUrl=https://activitysmith.com/api, apiKey=unset}");
    builder.apiKey(ApiServer.KEY);
    assertThat(builder.toString()).doesNotContain(ApiServer.KEY).contains("apiKey=[REDACTED]");
  }
}
