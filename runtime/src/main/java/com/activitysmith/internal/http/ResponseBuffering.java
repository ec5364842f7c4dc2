package com.activitysmith.internal.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Reads each final response body into memory, at most a capped number of bytes, before Retrofit
 * converts it, then records the attempt as answered. A network failure while reading the body thus
 * surfaces here as a connection failure, and any later failure of the conversion is known to concern
 * a complete response.
 *
 * <p>The cap counts decoded bytes (OkHttp has already undone gzip here), so a compressed bomb stops
 * at the cap too. A success body past it fails the attempt with {@link BodyTooLargeException}; an
 * error body past it is cut at the cap, since its status alone decides the exception.
 */
final class ResponseBuffering implements Interceptor {
  private final long maxBytes;

  ResponseBuffering(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    ResponseBody body = response.body();
    AttemptState state = chain.request().tag(AttemptState.class);
    byte[] bytes;
    try (body) {
      long declared = body.contentLength();
      if (response.isSuccessful() && declared > maxBytes) {
        throw tooLarge(state, response);
      }
      BufferedSource source = body.source();
      source.request(maxBytes + 1);
      Buffer buffer = source.getBuffer();
      if (buffer.size() > maxBytes) {
        if (response.isSuccessful()) {
          throw tooLarge(state, response);
        }
        bytes = buffer.readByteArray(maxBytes);
      } else {
        bytes = buffer.readByteArray();
      }
    }
    if (state != null) {
      state.markResponded(response.code(), response.headers());
    }
    return response.newBuilder().body(ResponseBody.create(bytes, body.contentType())).build();
  }

  private BodyTooLargeException tooLarge(AttemptState state, Response response) {
    if (state != null) {
      state.markResponded(response.code(), response.headers());
    }
    return new BodyTooLargeException(maxBytes);
  }
}
