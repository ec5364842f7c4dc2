package com.activitysmith;

import com.activitysmith.generated.model.LiveActivityEndResponse;
import com.activitysmith.generated.model.LiveActivityUpdateResponse;
import com.activitysmith.internal.call.Answer;
import java.time.OffsetDateTime;
import javax.annotation.Nullable;

/**
 * What the service reported after updating or ending a Live Activity. Immutable.
 *
 * @param activityId the activity that was changed
 * @param devicesQueued how many devices will get the change when they next can
 * @param devicesNotified how many devices got it now
 * @param timestamp when the service accepted it, or null if it did not say
 * @param rateLimit the rate-limit state the response reported
 */
public record UpdateResult(String activityId, int devicesQueued, int devicesNotified, @Nullable OffsetDateTime timestamp,
    RateLimitState rateLimit) {
  /** Checks the rate-limit state is present. */
  public UpdateResult {
    java.util.Objects.requireNonNull(rateLimit, "rateLimit == null");
  }

  static UpdateResult fromUpdate(String activityId, Answer<LiveActivityUpdateResponse> answer) {
    LiveActivityUpdateResponse response = answer.body();
    return new UpdateResult(response.activityId() != null ? response.activityId() : activityId,
        Results.count(response.devicesQueued()), Results.count(response.devicesNotified()), response.timestamp(), answer.rateLimit());
  }

  static UpdateResult fromEnd(String activityId, Answer<LiveActivityEndResponse> answer) {
    LiveActivityEndResponse response = answer.body();
    return new UpdateResult(response.activityId() != null ? response.activityId() : activityId,
        Results.count(response.devicesQueued()), Results.count(response.devicesNotified()), response.timestamp(), answer.rateLimit());
  }
}
