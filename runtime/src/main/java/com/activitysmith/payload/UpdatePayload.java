package com.activitysmith.payload;

import com.activitysmith.generated.model.LiveActivityUpdateRequest;
import java.util.Objects;

/**
 * New content for a running Live Activity; the client supplies the activity id.
 *
 * <p>Implemented by the DSL's finished payloads; {@link #of(LiveActivityUpdateRequest)} adapts a
 * generated model (whose own activity id is replaced by the one the call names).
 */
@FunctionalInterface
public interface UpdatePayload {
  /** Returns the request body to send for the given activity. */
  LiveActivityUpdateRequest toUpdateRequest(String activityId);

  /** Wraps a generated request model, taking the activity id from the call. */
  static UpdatePayload of(LiveActivityUpdateRequest request) {
    Objects.requireNonNull(request, "request == null");
    return activityId -> request.toBuilder().activityId(activityId).build();
  }
}
