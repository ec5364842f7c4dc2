package com.activitysmith;

import com.activitysmith.generated.model.LiveActivityStreamPutResponse;
import com.activitysmith.internal.call.Answer;
import java.time.OffsetDateTime;
import java.util.List;
import javax.annotation.Nullable;

/**
 * What the service did with a stream's latest state. Immutable.
 *
 * @param operation started, updated, rotated, noop or paused
 * @param streamKey the stream's key
 * @param activityId the Live Activity now showing the stream, or null (a paused stream has none)
 * @param previousActivityId the activity a rotation ended, else null
 * @param devicesNotified how many devices got the state now
 * @param devicesQueued how many will get it when they next can
 * @param usersNotified how many users those devices belong to
 * @param effectiveChannelSlugs the channels the target resolved to; empty when none were reported
 * @param timestamp when the service accepted it, or null if it did not say
 * @param tags the tags stored with the stream; empty when none were reported
 * @param rateLimit the rate-limit state the response reported
 */
public record StreamResult(StreamOperation operation, String streamKey, @Nullable String activityId,
    @Nullable String previousActivityId, int devicesNotified, int devicesQueued, int usersNotified,
    List<String> effectiveChannelSlugs, @Nullable OffsetDateTime timestamp, List<String> tags,
    RateLimitState rateLimit) {
  /**
   * Copies the lists.
   *
   * @param operation started, updated, rotated, noop or paused
   * @param streamKey the stream's key
   * @param activityId the Live Activity now showing the stream, or null (a paused stream has none)
   * @param previousActivityId the activity a rotation ended, else null
   * @param devicesNotified how many devices got the state now
   * @param devicesQueued how many will get it when they next can
   * @param usersNotified how many users those devices belong to
   * @param effectiveChannelSlugs the channels the target resolved to; empty when none were reported
   * @param timestamp when the service accepted it, or null if it did not say
   * @param tags the tags stored with the stream; empty when none were reported
   * @param rateLimit the rate-limit state the response reported
   */
  public StreamResult {
    effectiveChannelSlugs = List.copyOf(effectiveChannelSlugs);
    tags = List.copyOf(tags);
    java.util.Objects.requireNonNull(rateLimit, "rateLimit == null");
  }

  static StreamResult from(String streamKey, Answer<LiveActivityStreamPutResponse> answer) {
    LiveActivityStreamPutResponse response = answer.body();
    return new StreamResult(StreamOperation.from(response.operation()),
        response.streamKey() != null ? response.streamKey() : streamKey, response.activityId(),
        response.previousActivityId(), Results.count(response.devicesNotified()),
        Results.count(response.devicesQueued()), Results.count(response.usersNotified()),
        Results.list(response.effectiveChannelSlugs()), response.timestamp(), Results.list(response.tags()), answer.rateLimit());
  }
}
