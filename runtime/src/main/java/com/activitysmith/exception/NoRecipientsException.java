package com.activitysmith.exception;

import com.activitysmith.RateLimitState;
import java.util.List;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * No device matched the effective target: HTTP 422 on push, start, stream and badge (404 from older
 * deployments of the service, when the body is the service's JSON error). Immutable.
 *
 * <p>{@link #effectiveChannelSlugs()} names the channels the service resolved the target to, which
 * is usually what needs fixing.
 */
public class NoRecipientsException extends ApiException {
  private final List<String> effectiveChannelSlugs;

  /**
   * Creates the exception; see {@link ApiException#ApiException} for the common parameters.
   *
   * @param effectiveChannelSlugs the channels the target resolved to, empty when the body had none
   */
  public NoRecipientsException(String message, int statusCode, @Nullable String errorCode,
      @Nullable String serverMessage, @Nullable String requestId, String rawBody, int attempts,
      RateLimitState rateLimit,
      List<String> effectiveChannelSlugs) {
    super(message, statusCode, errorCode, serverMessage, requestId, rawBody, attempts, rateLimit);
    this.effectiveChannelSlugs = List.copyOf(Objects.requireNonNull(effectiveChannelSlugs, "effectiveChannelSlugs == null"));
  }

  /** The channel slugs the target resolved to; empty when the response did not list them. */
  public List<String> effectiveChannelSlugs() {
    return effectiveChannelSlugs;
  }
}
