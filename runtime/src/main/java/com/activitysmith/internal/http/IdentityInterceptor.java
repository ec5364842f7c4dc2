package com.activitysmith.internal.http;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds the bearer key and the SDK's identity headers to every request for the API's origin.
 *
 * <p>An application interceptor on purpose: OkHttp drops the {@code Authorization} header of such
 * requests when it follows a redirect to another host, which a network interceptor would re-add.
 */
final class IdentityInterceptor implements Interceptor {
  private final HttpUrl baseUrl;
  private final String authorization;
  private final String sdkHeader;
  private final String userAgent;

  IdentityInterceptor(HttpUrl baseUrl, String apiKey, String version) {
    this.baseUrl = requireNonNull(baseUrl, "baseUrl == null");
    this.authorization = "Bearer " + requireNonNull(apiKey, "apiKey == null");
    this.sdkHeader = "java-v" + version;
    this.userAgent = "activitysmith-java/" + version;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Request.Builder builder = request.newBuilder()
        .header("X-ActivitySmith-SDK", sdkHeader)
        .header("User-Agent", userAgent);
    if (request.header("Accept") == null) {
      builder.header("Accept", "application/json");
    }
    if (BaseUrl.sameOrigin(request.url(), baseUrl)) {
      builder.header("Authorization", authorization);
    }
    return chain.proceed(builder.build());
  }

  @Override
  public String toString() {
    return "IdentityInterceptor{" + baseUrl + "}";
  }
}
