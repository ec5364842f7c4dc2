package com.activitysmith.exception;

import com.activitysmith.RateLimitState;
import javax.annotation.Nullable;

/** The named thing does not exist (HTTP 404 on end-stream: no such stream; on metrics: no such metric key). Immutable. */
public class NotFoundException extends ApiException {
  /** Creates the exception; see {@link ApiException#ApiException} for the parameters. */
  public NotFoundException(String message, int statusCode, @Nullable String errorCode,
      @Nullable String serverMessage, @Nullable String requestId, String rawBody, int attempts,
      RateLimitState rateLimit) {
    super(message, statusCode, errorCode, serverMessage, requestId, rawBody, attempts, rateLimit);
  }
}
