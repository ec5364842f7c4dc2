package com.activitysmith.internal.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Network interceptor that records, per attempt, that a connection was established and the request
 * is about to be written. A failure before this point means the service never saw the request, the
 * one case in which push and start may be retried after a network error.
 */
final class SendMarker implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    AttemptState state = chain.request().tag(AttemptState.class);
    if (state != null) {
      state.markSent();
    }
    return chain.proceed(chain.request());
  }
}
