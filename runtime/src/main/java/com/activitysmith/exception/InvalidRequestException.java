package com.activitysmith.exception;

import com.activitysmith.RateLimitState;
import javax.annotation.Nullable;

/** The request was malformed or broke a rule the client could not check (HTTP 400). Immutable. */
public class InvalidRequestException extends ApiException {
  /** Creates the exception; see {@link ApiException#ApiException} for the parameters. */
  public InvalidRequestException(String message, int statusCode, @Nullable String errorCode,
      @Nullable String serverMessage, @Nullable String requestId, String rawBody, int attempts,
      RateLimitState rateLimit) {
    super(message, statusCode, errorCode, serverMessage, requestId, rawBody, attempts, rateLimit);
  }
}
