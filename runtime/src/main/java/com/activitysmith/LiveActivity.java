package com.activitysmith;

import static java.util.Objects.requireNonNull;

import com.activitysmith.generated.model.LiveActivityStartResponse;
import com.activitysmith.payload.EndPayload;
import com.activitysmith.payload.UpdatePayload;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.annotation.Nullable;

/**
 * A Live Activity that {@link LiveActivities#start} started: its id, what the start reported, and
 * the calls that update and end it. Immutable and thread-safe; keep it, or keep {@link
 * #activityId()} and use {@link LiveActivities#update} later.
 *
 * <pre>{@code
 * LiveActivity deploy = smith.liveActivities().start(payload);
 * deploy.update(nextStep);
 * deploy.end(done);
 * }</pre>
 */
public final class LiveActivity {
  private final LiveActivities liveActivities;
  private final String activityId;
  private final int devicesNotified;
  private final int usersNotified;
  private final List<String> effectiveChannelSlugs;
  private final @Nullable OffsetDateTime timestamp;
  private final List<String> tags;
  private final RateLimitState rateLimit;

  LiveActivity(LiveActivities liveActivities, LiveActivityStartResponse started, RateLimitState rateLimit) {
    this.rateLimit = requireNonNull(rateLimit, "rateLimit == null");
    this.liveActivities = requireNonNull(liveActivities, "liveActivities == null");
    this.activityId = requireNonNull(started.activityId(), "activityId == null");
    this.devicesNotified = Results.count(started.devicesNotified());
    this.usersNotified = Results.count(started.usersNotified());
    this.effectiveChannelSlugs = Results.list(started.effectiveChannelSlugs());
    this.timestamp = started.timestamp();
    this.tags = Results.list(started.tags());
  }

  /** The rate-limit state the start's response reported. */
  public RateLimitState rateLimit() {
    return rateLimit;
  }

  /** The id the service gave the activity, such as {@code act_7Yp2QmV9}. */
  public String activityId() {
    return activityId;
  }

  /** How many devices the start reached. */
  public int devicesNotified() {
    return devicesNotified;
  }

  /** How many users those devices belong to. */
  public int usersNotified() {
    return usersNotified;
  }

  /** The channels the start's target resolved to; empty when none were reported. */
  public List<String> effectiveChannelSlugs() {
    return effectiveChannelSlugs;
  }

  /** When the service started it, or null if it did not say. */
  public @Nullable OffsetDateTime timestamp() {
    return timestamp;
  }

  /** The tags stored with it; empty when none were reported. */
  public List<String> tags() {
    return tags;
  }

  /** Replaces its content; see {@link LiveActivities#update}. */
  public UpdateResult update(UpdatePayload payload) {
    return liveActivities.update(activityId, payload);
  }

  /** Replaces its content without blocking; see {@link LiveActivities#updateAsync}. */
  public CompletableFuture<UpdateResult> updateAsync(UpdatePayload payload) {
    return liveActivities.updateAsync(activityId, payload);
  }

  /** Shows a final state and ends it; see {@link LiveActivities#end}. */
  public UpdateResult end(EndPayload payload) {
    return liveActivities.end(activityId, payload);
  }

  /** Ends it without blocking; see {@link LiveActivities#endAsync}. */
  public CompletableFuture<UpdateResult> endAsync(EndPayload payload) {
    return liveActivities.endAsync(activityId, payload);
  }

  /** Names the activity by its id. */
  @Override
  public String toString() {
    return "LiveActivity{activityId=" + activityId + ", devicesNotified=" + devicesNotified + "}";
  }
}
