package com.activitysmith.exception;

import com.activitysmith.RateLimitState;
import javax.annotation.Nullable;

/** The service failed (HTTP 5xx). Operations that set state are retried on it; push and start are not, because the service may have acted. Immutable. */
public class ServerException extends ApiException {
  /** Creates the exception; see {@link ApiException#ApiException} for the parameters. */
  public ServerException(String message, int statusCode, @Nullable String errorCode,
      @Nullable String serverMessage, @Nullable String requestId, String rawBody, int attempts,
      RateLimitState rateLimit) {
    super(message, statusCode, errorCode, serverMessage, requestId, rawBody, attempts, rateLimit);
  }
}
