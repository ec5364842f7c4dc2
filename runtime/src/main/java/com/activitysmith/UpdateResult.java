package com.activitysmith;

import com.activitysmith.generated.model.LiveActivityEndResponse;
import com.activitysmith.generated.model.LiveActivityUpdateResponse;
import java.time.OffsetDateTime;
import javax.annotation.Nullable;

/**
 * What the service reported after updating or ending a Live Activity. Immutable.
 *
 * @param activityId the activity that was changed
 * @param devicesQueued how many devices will get the change when they next can
 * @param devicesNotified how many devices got it now
 * @param timestamp when the service accepted it, or null if it did not say
 */
public record UpdateResult(String activityId, int devicesQueued, int devicesNotified, @Nullable OffsetDateTime timestamp) {
  static UpdateResult from(String activityId, LiveActivityUpdateResponse response) {
    return new UpdateResult(response.activityId() != null ? response.activityId() : activityId,
        Results.count(response.devicesQueued()), Results.count(response.devicesNotified()), response.timestamp());
  }

  static UpdateResult from(String activityId, LiveActivityEndResponse response) {
    return new UpdateResult(response.activityId() != null ? response.activityId() : activityId,
        Results.count(response.devicesQueued()), Results.count(response.devicesNotified()), response.timestamp());
  }
}
