package com.activitysmith.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.activitysmith.generated.ApiOperation;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The simulator's operations are the spec's: same ids, and routes and limits read from it. */
class EndpointTest {
  @Test
  void coversExactlyTheSpecsOperations() {
    assertThat(Arrays.stream(Endpoint.values()).map(Endpoint::operationId))
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(ApiOperation.values()).map(ApiOperation::id).toList());
  }

  @Test
  void routesAndLimitsComeFromTheSpec() {
    assertThat(Endpoint.END_STREAM.method()).isEqualTo("DELETE");
    assertThat(Endpoint.METRIC.pathTemplate()).isEqualTo("/metrics/{key}/value");
    assertThat(Arrays.stream(Endpoint.values()).filter(Endpoint::rateLimitedByDefault))
        .containsExactlyInAnyOrder(Endpoint.PUSH, Endpoint.STREAM, Endpoint.END_STREAM, Endpoint.METRIC);
  }

  @Test
  void aStreamPathAllowsPutAndDelete() throws Exception {
    try (Simulator simulator = Simulator.start()) {
      okhttp3.OkHttpClient client = new okhttp3.OkHttpClient();
      try (okhttp3.Response response = client.newCall(new okhttp3.Request.Builder()
          .url(simulator.baseUrl() + "/live-activity/stream/backup")
          .header("Authorization", "Bearer " + simulator.apiKey())
          .post(okhttp3.RequestBody.create("{}", okhttp3.MediaType.get("application/json")))
          .build()).execute()) {
        assertThat(response.code()).isEqualTo(405);
        assertThat(response.header("Allow")).isEqualTo("PUT, DELETE");
      }
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }
}
