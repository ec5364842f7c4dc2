package com.activitysmith;

import com.activitysmith.generated.model.LiveActivityStreamDeleteResponse;
import java.time.OffsetDateTime;
import javax.annotation.Nullable;

/**
 * What the service reported after ending a stream. Immutable.
 *
 * @param streamKey the stream's key; a later {@code stream(..)} with it starts anew
 * @param activityId the Live Activity that ended, or null if the service did not say
 * @param devicesQueued how many devices will get the end when they next can
 * @param devicesNotified how many got it now
 * @param timestamp when the service accepted it, or null if it did not say
 */
public record StreamEndResult(String streamKey, @Nullable String activityId, int devicesQueued,
    int devicesNotified, @Nullable OffsetDateTime timestamp) {
  static StreamEndResult from(String streamKey, LiveActivityStreamDeleteResponse response) {
    return new StreamEndResult(response.streamKey() != null ? response.streamKey() : streamKey,
        response.activityId(), Results.count(response.devicesQueued()),
        Results.count(response.devicesNotified()), response.timestamp());
  }
}
