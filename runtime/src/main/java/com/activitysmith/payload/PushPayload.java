package com.activitysmith.payload;

import com.activitysmith.generated.model.PushNotificationRequest;
import java.util.Objects;

/**
 * A push notification ready to send.
 *
 * <p>Implemented by the DSL's finished payloads; {@link #of(PushNotificationRequest)} adapts a generated model.
 */
@FunctionalInterface
public interface PushPayload {
  /** Returns the request body to send. */
  PushNotificationRequest toPushRequest();

  /** Wraps a generated request model as it is. */
  static PushPayload of(PushNotificationRequest request) {
    Objects.requireNonNull(request, "request == null");
    return () -> request;
  }
}
