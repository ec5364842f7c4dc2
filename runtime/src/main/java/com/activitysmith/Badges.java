package com.activitysmith;

import com.activitysmith.generated.api.BadgesApi;
import com.activitysmith.generated.model.AppIconBadgeCountUpdateRequest;
import com.activitysmith.generated.model.AppIconBadgeCountUpdateResponse;
import com.activitysmith.internal.call.ApiCaller;
import com.activitysmith.internal.validation.Arguments;
import com.activitysmith.internal.validation.ChannelTargets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;

/**
 * Sets the number on the ActivitySmith app icon. Obtain it from {@link ActivitySmith#badges()};
 * immutable and thread-safe.
 *
 * <pre>{@code
 * smith.badges().set(3);
 * smith.badges().channels("ops").set(0); // clear it on the ops channel's devices
 * }</pre>
 *
 * <p>Setting a count is idempotent and retried on any transient failure.
 */
public final class Badges {
  private static final String SET = "updateAppIconBadgeCount";

  private final ApiCaller caller;
  private final BadgesApi api;
  private final List<String> channels;

  Badges(ApiCaller caller, BadgesApi api, List<String> channels) {
    this.caller = caller;
    this.api = api;
    this.channels = channels;
  }

  /** Returns a view that sets the badge only on the devices subscribed to these channels ({@code target.channels}). */
  public Badges channels(String first, String... more) {
    return new Badges(caller, api, Arguments.channels(first, more));
  }

  /**
   * Sets the badge count and waits for the service's answer.
   *
   * @param count 0 (clears the badge) or more
   * @throws com.activitysmith.exception.ValidationException if the count is negative; nothing is sent
   * @throws com.activitysmith.exception.ApiException if the service answers with an error
   * @throws com.activitysmith.exception.ApiConnectionException if no answer arrives
   */
  public BadgeResult set(int count) {
    return BadgeResult.from(count, caller.call(prepare(count)));
  }

  /** Sets the badge count without blocking; invalid input throws at once, other failures complete the future. */
  public CompletableFuture<BadgeResult> setAsync(int count) {
    return caller.callAsync(prepare(count)).thenApply(response -> BadgeResult.from(count, response));
  }

  private Call<AppIconBadgeCountUpdateResponse> prepare(int count) {
    AppIconBadgeCountUpdateRequest request = AppIconBadgeCountUpdateRequest.builder()
        .badge(count)
        .target(ChannelTargets.merge(SET, channels, null, null))
        .build();
    return api.updateAppIconBadgeCount(request);
  }
}
