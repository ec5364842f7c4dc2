package com.activitysmith.exception;

import com.activitysmith.RateLimitState;
import javax.annotation.Nullable;

/** The API key is missing or not valid (HTTP 401). Immutable. */
public class AuthenticationException extends ApiException {
  /** Creates the exception; see {@link ApiException#ApiException} for the parameters. */
  public AuthenticationException(String message, int statusCode, @Nullable String errorCode,
      @Nullable String serverMessage, @Nullable String requestId, String rawBody, int attempts,
      RateLimitState rateLimit) {
    super(message, statusCode, errorCode, serverMessage, requestId, rawBody, attempts, rateLimit);
  }
}
