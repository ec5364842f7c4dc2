package com.activitysmith;

import com.activitysmith.generated.model.LiveActivityStreamDeleteResponse;
import com.activitysmith.internal.call.Answer;
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
 * @param rateLimit the rate-limit state the response reported
 */
public record StreamEndResult(String streamKey, @Nullable String activityId, int devicesQueued,
    int devicesNotified, @Nullable OffsetDateTime timestamp, RateLimitState rateLimit) {
  /** Checks the rate-limit state is present. */
  public StreamEndResult {
    java.util.Objects.requireNonNull(rateLimit, "rateLimit == null");
  }

  static StreamEndResult from(String streamKey, Answer<LiveActivityStreamDeleteResponse> answer) {
    LiveActivityStreamDeleteResponse response = answer.body();
    return new StreamEndResult(response.streamKey() != null ? response.streamKey() : streamKey,
        response.activityId(), Results.count(response.devicesQueued()),
        Results.count(response.devicesNotified()), response.timestamp(), answer.rateLimit());
  }
}
