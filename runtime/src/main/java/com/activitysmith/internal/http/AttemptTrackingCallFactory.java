package com.activitysmith.internal.http;

import static java.util.Objects.requireNonNull;

import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Retrofit's call factory: tags each new call's request with a fresh {@link AttemptState}, which
 * Retrofit's {@code Call.request()} then exposes to the retry engine.
 */
final class AttemptTrackingCallFactory implements Call.Factory {
  private final OkHttpClient client;

  AttemptTrackingCallFactory(OkHttpClient client) {
    this.client = requireNonNull(client, "client == null");
  }

  @Override
  public Call newCall(Request request) {
    return client.newCall(request.newBuilder().tag(AttemptState.class, new AttemptState()).build());
  }
}
