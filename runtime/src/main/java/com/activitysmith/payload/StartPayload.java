package com.activitysmith.payload;

import com.activitysmith.generated.model.LiveActivityStartRequest;
import java.util.Objects;

/**
 * A Live Activity start ready to send.
 *
 * <p>Implemented by the DSL's finished payloads; {@link #of(LiveActivityStartRequest)} adapts a generated model.
 */
@FunctionalInterface
public interface StartPayload {
  /** Returns the request body to send. */
  LiveActivityStartRequest toStartRequest();

  /** Wraps a generated request model as it is. */
  static StartPayload of(LiveActivityStartRequest request) {
    Objects.requireNonNull(request, "request == null");
    return () -> request;
  }
}
