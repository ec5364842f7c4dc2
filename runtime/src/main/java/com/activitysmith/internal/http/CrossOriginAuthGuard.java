package com.activitysmith.internal.http;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Last line of defence for the key: strips {@code Authorization} from any request about to go to
 * another origin than the API's, however it got there (a redirect, an application's own
 * interceptor).
 */
final class CrossOriginAuthGuard implements Interceptor {
  private final HttpUrl baseUrl;

  CrossOriginAuthGuard(HttpUrl baseUrl) {
    this.baseUrl = requireNonNull(baseUrl, "baseUrl == null");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (request.header("Authorization") != null && !BaseUrl.sameOrigin(request.url(), baseUrl)) {
      request = request.newBuilder().removeHeader("Authorization").build();
    }
    return chain.proceed(request);
  }
}
