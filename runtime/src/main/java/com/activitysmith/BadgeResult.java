package com.activitysmith;

import com.activitysmith.generated.model.AppIconBadgeCountUpdateResponse;
import com.activitysmith.internal.call.Answer;
import java.time.OffsetDateTime;
import java.util.List;
import javax.annotation.Nullable;

/**
 * What the service reported after setting the app icon badge. Immutable.
 *
 * @param badge the count now shown
 * @param devicesNotified how many devices got it
 * @param usersNotified how many users those devices belong to
 * @param effectiveChannelSlugs the channels the target resolved to; empty when none were reported
 * @param timestamp when the service accepted it, or null if it did not say
 * @param rateLimit the rate-limit state the response reported
 */
public record BadgeResult(int badge, int devicesNotified, int usersNotified, List<String> effectiveChannelSlugs,
    @Nullable OffsetDateTime timestamp, RateLimitState rateLimit) {
  /**
   * Copies the list.
   *
   * @param badge the count now shown
   * @param devicesNotified how many devices got it
   * @param usersNotified how many users those devices belong to
   * @param effectiveChannelSlugs the channels the target resolved to; empty when none were reported
   * @param timestamp when the service accepted it, or null if it did not say
   * @param rateLimit the rate-limit state the response reported
   */
  public BadgeResult {
    effectiveChannelSlugs = List.copyOf(effectiveChannelSlugs);
    java.util.Objects.requireNonNull(rateLimit, "rateLimit == null");
  }

  static BadgeResult from(int requested, Answer<AppIconBadgeCountUpdateResponse> answer) {
    AppIconBadgeCountUpdateResponse response = answer.body();
    return new BadgeResult(response.badge() != null ? response.badge() : requested,
        Results.count(response.devicesNotified()), Results.count(response.usersNotified()),
        Results.list(response.effectiveChannelSlugs()), response.timestamp(), answer.rateLimit());
  }
}
