package com.activitysmith.internal.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Reads each final response body into memory before Retrofit converts it, then records the attempt
 * as answered. A network failure while reading the body thus surfaces here as a connection
 * failure, and any later failure of the conversion is known to concern a complete response.
 * API responses are small JSON documents, so buffering costs nothing worth measuring.
 */
final class ResponseBuffering implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    ResponseBody body = response.body();
    byte[] bytes;
    try (body) {
      bytes = body.bytes();
    }
    AttemptState state = chain.request().tag(AttemptState.class);
    if (state != null) {
      state.markResponded(response.code());
    }
    return response.newBuilder().body(ResponseBody.create(bytes, body.contentType())).build();
  }
}
