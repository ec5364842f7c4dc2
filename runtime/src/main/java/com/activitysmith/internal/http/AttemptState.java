package com.activitysmith.internal.http;

import javax.annotation.Nullable;
import okhttp3.Headers;
import okhttp3.Request;

/**
 * What became of one attempt, recorded by the interceptors and read by the retry engine: whether
 * the request reached the point of being written to a connection, and whether a complete response
 * came back. Each attempt's request carries its own instance as a tag. Thread-safe.
 */
public final class AttemptState {
  private volatile boolean sent;
  private volatile int responseCode = -1;
  private volatile Headers headers = Headers.EMPTY;

  AttemptState() {}

  /** The state tagged on a request, or a fresh one (nothing sent) if it carries none. */
  public static AttemptState of(@Nullable Request request) {
    AttemptState state = request == null ? null : request.tag(AttemptState.class);
    return state != null ? state : new AttemptState();
  }

  void markSent() {
    sent = true;
  }

  void markResponded(int code, Headers headers) {
    this.headers = headers;
    responseCode = code;
  }

  /**
   * Whether a connection was established and the request handed to it; false means the service
   * cannot have received the request.
   */
  public boolean sent() {
    return sent;
  }

  /** Whether a complete response (status, headers and body) was received. */
  public boolean responded() {
    return responseCode != -1;
  }

  /** The status of the complete response received, or -1 without one. */
  public int responseCode() {
    return responseCode;
  }

  /** The headers of the response received (its status line and head at least), or none. */
  public Headers headers() {
    return headers;
  }
}
