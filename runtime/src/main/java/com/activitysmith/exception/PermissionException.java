package com.activitysmith.exception;

import com.activitysmith.RateLimitState;
import javax.annotation.Nullable;

/** The key may not do this, for instance target a channel outside its scope (HTTP 403). Immutable. */
public class PermissionException extends ApiException {
  /** Creates the exception; see {@link ApiException#ApiException} for the parameters. */
  public PermissionException(String message, int statusCode, @Nullable String errorCode,
      @Nullable String serverMessage, @Nullable String requestId, String rawBody, int attempts,
      RateLimitState rateLimit) {
    super(message, statusCode, errorCode, serverMessage, requestId, rawBody, attempts, rateLimit);
  }
}
