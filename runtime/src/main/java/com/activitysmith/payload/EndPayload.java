package com.activitysmith.payload;

import com.activitysmith.generated.model.LiveActivityEndRequest;
import java.util.Objects;

/**
 * The final content of a Live Activity; the client supplies the activity id.
 *
 * <p>Implemented by the DSL's finished payloads; {@link #of(LiveActivityEndRequest)} adapts a
 * generated model (whose own activity id is replaced by the one the call names).
 */
@FunctionalInterface
public interface EndPayload {
  /** Returns the request body to send for the given activity. */
  LiveActivityEndRequest toEndRequest(String activityId);

  /** Wraps a generated request model, taking the activity id from the call. */
  static EndPayload of(LiveActivityEndRequest request) {
    Objects.requireNonNull(request, "request == null");
    return activityId -> request.toBuilder().activityId(activityId).build();
  }
}
