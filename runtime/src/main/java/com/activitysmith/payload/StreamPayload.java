package com.activitysmith.payload;

import com.activitysmith.generated.model.LiveActivityStreamRequest;
import java.util.Objects;

/**
 * The latest state of a stream, ready to send.
 *
 * <p>Implemented by the DSL's finished payloads; {@link #of(LiveActivityStreamRequest)} adapts a generated model.
 */
@FunctionalInterface
public interface StreamPayload {
  /** Returns the request body to send. */
  LiveActivityStreamRequest toStreamRequest();

  /** Wraps a generated request model as it is. */
  static StreamPayload of(LiveActivityStreamRequest request) {
    Objects.requireNonNull(request, "request == null");
    return () -> request;
  }
}
