package com.activitysmith.payload;

import com.activitysmith.generated.model.LiveActivityStreamDeleteRequest;
import java.util.Objects;

/**
 * The final state for ending a stream, ready to send.
 *
 * <p>Implemented by the DSL's finished payloads; {@link #of(LiveActivityStreamDeleteRequest)} adapts a generated model.
 */
@FunctionalInterface
public interface StreamEndPayload {
  /** Returns the request body to send. */
  LiveActivityStreamDeleteRequest toStreamDeleteRequest();

  /** Wraps a generated request model as it is. */
  static StreamEndPayload of(LiveActivityStreamDeleteRequest request) {
    Objects.requireNonNull(request, "request == null");
    return () -> request;
  }
}
