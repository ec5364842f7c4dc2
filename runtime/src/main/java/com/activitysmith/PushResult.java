package com.activitysmith;

import com.activitysmith.generated.model.PushNotificationResponse;
import com.activitysmith.internal.call.Answer;
import java.time.OffsetDateTime;
import java.util.List;
import javax.annotation.Nullable;

/**
 * What the service reported after accepting a push notification. Immutable.
 *
 * @param devicesNotified how many devices it was sent to
 * @param usersNotified how many users those devices belong to
 * @param effectiveChannelSlugs the channels the target resolved to; empty when none were reported
 * @param timestamp when the service accepted it, or null if it did not say
 * @param tags the tags stored with the notification; empty when none were reported
 * @param rateLimit the rate-limit state the response reported
 */
public record PushResult(int devicesNotified, int usersNotified, List<String> effectiveChannelSlugs,
    @Nullable OffsetDateTime timestamp, List<String> tags, RateLimitState rateLimit) {
  /**
   * Copies the lists.
   *
   * @param devicesNotified how many devices it was sent to
   * @param usersNotified how many users those devices belong to
   * @param effectiveChannelSlugs the channels the target resolved to; empty when none were reported
   * @param timestamp when the service accepted it, or null if it did not say
   * @param tags the tags stored with the notification; empty when none were reported
   * @param rateLimit the rate-limit state the response reported
   */
  public PushResult {
    effectiveChannelSlugs = List.copyOf(effectiveChannelSlugs);
    tags = List.copyOf(tags);
    java.util.Objects.requireNonNull(rateLimit, "rateLimit == null");
  }

  static PushResult from(Answer<PushNotificationResponse> answer) {
    PushNotificationResponse response = answer.body();
    return new PushResult(Results.count(response.devicesNotified()), Results.count(response.usersNotified()),
        Results.list(response.effectiveChannelSlugs()), response.timestamp(), Results.list(response.tags()), answer.rateLimit());
  }
}
