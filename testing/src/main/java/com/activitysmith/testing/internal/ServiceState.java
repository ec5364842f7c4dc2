package com.activitysmith.testing.internal;

import com.activitysmith.generated.model.AppIconBadgeCountUpdateResponse;
import com.activitysmith.generated.model.LiveActivityEndResponse;
import com.activitysmith.generated.model.LiveActivityLimitError;
import com.activitysmith.generated.model.LiveActivityStartResponse;
import com.activitysmith.generated.model.LiveActivityStreamDeleteResponse;
import com.activitysmith.generated.model.LiveActivityStreamPutResponse;
import com.activitysmith.generated.model.LiveActivityUpdateResponse;
import com.activitysmith.generated.model.MetricValueUpdateResponse;
import com.activitysmith.generated.model.PushNotificationResponse;
import com.activitysmith.generated.model.StreamDeleteOperation;
import com.activitysmith.generated.model.StreamPutOperation;
import com.activitysmith.testing.LiveActivityCard;
import com.activitysmith.testing.MetricReading;
import com.activitysmith.testing.DeliveredPush;
import com.activitysmith.testing.internal.Audience.Recipients;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * The simulated account's state and what each operation does to it, once a request is
 * authenticated, within its rate limit and valid. Every method is synchronized: requests arrive
 * on the server's connection threads.
 */
public final class ServiceState {
  /** The limits and defaults the state applies. */
  public record Settings(
      int activityLimit,
      Duration activityLifetime,
      Duration defaultDismissal,
      @Nullable Set<String> knownMetrics,
      int historyLimit,
      long historyBytes,
      boolean legacy) {}

  /** Dismissals beyond this stay on screen "forever" for any test; capped so instants never overflow. */
  private static final Duration MAX_DISMISSAL = Duration.ofDays(365L * 1000);

  private static final String ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  private final Settings settings;
  private final Random random = new SecureRandom();
  private final Map<String, Activity> activities = new LinkedHashMap<>();
  private final Map<String, Stream> streams = new LinkedHashMap<>();
  private final History<DeliveredPush> pushes;
  private final Map<String, MetricReading> metrics = new LinkedHashMap<>();
  private @Nullable Integer badge;

  /** An empty account with these limits and defaults. */
  public ServiceState(Settings settings) {
    this.settings = settings;
    this.pushes = new History<>(settings.historyLimit(), settings.historyBytes());
  }

  private static final class Activity {
    final String id;
    final @Nullable String streamKey;
    String type;
    final Map<String, Object> state = new LinkedHashMap<>();
    @Nullable Map<String, Object> action;
    @Nullable Map<String, Object> secondaryAction;
    @Nullable Map<String, Object> alert;
    List<String> tags = List.of();
    final Map<String, Object> metadata = new LinkedHashMap<>();
    final @Nullable List<String> channels;
    final int devices;
    final Instant startedAt;
    @Nullable Instant endedAt;
    @Nullable Instant dismissAt;
    int changes;

    Activity(String id, @Nullable String streamKey, String type, @Nullable List<String> channels, int devices,
        Instant startedAt) {
      this.id = id;
      this.streamKey = streamKey;
      this.type = type;
      this.channels = channels;
      this.devices = devices;
      this.startedAt = startedAt;
    }

    boolean active() {
      return endedAt == null;
    }
  }

  private static final class Stream {
    @Nullable String activityId;
    @Nullable Map<String, Object> lastSent;
    boolean paused;
  }

  // ---- queries the request pipeline needs before it validates -------------------------------

  /** The type of a running activity, for validating a body that omits it; null when unknown or ended. */
  public synchronized @Nullable String typeOfActivity(@Nullable Object activityId, Instant now) {
    expire(now);
    Activity a = activityId instanceof String id ? activities.get(id) : null;
    return a != null && a.active() ? a.type : null;
  }

  /** The type of the activity a stream shows now; null when none is running. */
  public synchronized @Nullable String typeOfStream(String streamKey, Instant now) {
    expire(now);
    Activity a = current(streams.get(streamKey));
    return a == null ? null : a.type;
  }

  /** Whether a PUT for this key now would start a new activity (none running and not paused). */
  public synchronized boolean streamPutStarts(String streamKey, Instant now) {
    expire(now);
    Stream s = streams.get(streamKey);
    return (s == null || !s.paused) && current(s) == null;
  }

  // ---- the operations ------------------------------------------------------------------------

  /** {@code POST /push-notification}. */
  public synchronized Reply push(Map<String, Object> body, long size, Recipients to, Instant now) {
    pushes.add(new DeliveredPush(now, frozenMap(body), to.effectiveChannels(), to.devices()), size);
    // The push's badge has no bounds in the spec; only a count the app icon can show is kept.
    if (body.get("badge") instanceof BigDecimal count && Numbers.isIntegerIn(count, 0, Integer.MAX_VALUE)) {
      badge = count.intValue();
    }
    return Reply.ok(PushNotificationResponse.builder()
        .success(true)
        .devicesNotified(to.devices())
        .usersNotified(to.users())
        .effectiveChannelSlugs(to.effectiveChannels())
        .timestamp(time(now))
        .tags(JsonTree.strings(body, "tags"))
        .build(), true);
  }

  /** {@code POST /live-activity/start}. */
  public synchronized Reply start(Map<String, Object> body, Recipients to, Instant now) {
    expire(now);
    Reply limited = checkLimit(to);
    if (limited != null) {
      return limited;
    }
    Activity a = create(null, body, to, now);
    return Reply.ok(LiveActivityStartResponse.builder()
        .success(true)
        .devicesNotified(to.devices())
        .usersNotified(to.users())
        .activityId(a.id)
        .effectiveChannelSlugs(to.effectiveChannels())
        .timestamp(time(now))
        .tags(a.tags.isEmpty() && !body.containsKey("tags") ? null : a.tags)
        .build(), true);
  }

  /** {@code POST /live-activity/update}. */
  public synchronized Reply update(Map<String, Object> body, Instant now) {
    expire(now);
    String id = JsonTree.string(body, "activity_id");
    Activity a = id == null ? null : activities.get(id);
    if (a == null) {
      return Reply.error(403, "Forbidden", "This API key cannot update this Live Activity");
    }
    if (!a.active()) {
      return Reply.error(403, "Forbidden", "Live Activity " + id + " has ended and can no longer be updated");
    }
    apply(a, body);
    a.changes++;
    return Reply.ok(LiveActivityUpdateResponse.builder()
        .success(true).activityId(a.id).devicesQueued(0).devicesNotified(a.devices).timestamp(time(now)).build(), true);
  }

  /** {@code POST /live-activity/end}; ending an ended activity again changes nothing and succeeds. */
  public synchronized Reply end(Map<String, Object> body, Instant now) {
    expire(now);
    String id = JsonTree.string(body, "activity_id");
    Activity a = id == null ? null : activities.get(id);
    if (a == null) {
      return Reply.error(403, "Forbidden", "This API key cannot end this Live Activity");
    }
    boolean wasActive = a.active();
    if (wasActive) {
      apply(a, body);
      finish(a, now, dismissal(JsonTree.object(body, "content_state")));
      Stream s = a.streamKey == null ? null : streams.get(a.streamKey);
      if (s != null && a.id.equals(s.activityId)) {
        s.activityId = null;
        s.lastSent = null;
      }
    }
    return Reply.ok(LiveActivityEndResponse.builder()
        .success(true).activityId(a.id).devicesQueued(0).devicesNotified(wasActive ? a.devices : 0)
        .timestamp(time(now)).build(), wasActive);
  }

  /** {@code PUT /live-activity/stream/{stream_key}}. */
  public synchronized Reply streamPut(String streamKey, Map<String, Object> body, Recipients to, Instant now) {
    expire(now);
    Stream s = streams.computeIfAbsent(streamKey, k -> new Stream());
    LiveActivityStreamPutResponse.Builder response = LiveActivityStreamPutResponse.builder()
        .success(true).streamKey(streamKey).timestamp(time(now));
    if (s.paused) {
      return Reply.ok(response.operation(StreamPutOperation.PAUSED).build(), false).with("activity_id", null);
    }
    Map<String, Object> state = JsonTree.object(body, "content_state");
    Activity current = current(s);
    String previousId = null;
    StreamPutOperation operation;
    if (current == null) {
      Activity previous = s.activityId == null ? null : activities.get(s.activityId);
      Reply limited = checkLimit(to);
      if (limited != null) {
        return limited;
      }
      // The stream's activity ran out its lifetime: the service replaces it and says so.
      previousId = previous == null ? null : previous.id;
      operation = previous == null ? StreamPutOperation.STARTED : StreamPutOperation.ROTATED;
      current = create(streamKey, body, to, now);
    } else if (state.get("type") instanceof String type && !type.equals(current.type)) {
      finish(current, now, Duration.ZERO);
      previousId = current.id;
      operation = StreamPutOperation.ROTATED;
      current = create(streamKey, body, to, now);
    } else if (JsonTree.same(comparable(body, current.type), s.lastSent)) {
      return Reply.ok(response.operation(StreamPutOperation.NOOP).activityId(current.id).build(), false);
    } else {
      apply(current, body);
      current.changes++;
      operation = StreamPutOperation.UPDATED;
    }
    s.activityId = current.id;
    s.lastSent = comparable(body, current.type);
    return Reply.ok(response
        .operation(operation)
        .activityId(current.id)
        .previousActivityId(previousId)
        .devicesNotified(current.devices)
        .devicesQueued(0)
        .usersNotified(to.users())
        .effectiveChannelSlugs(current.channels)
        .tags(current.tags.isEmpty() && !body.containsKey("tags") ? null : current.tags)
        .build(), true);
  }

  /** {@code DELETE /live-activity/stream/{stream_key}}; body may be null. */
  public synchronized Reply streamDelete(String streamKey, @Nullable Map<String, Object> body, Instant now) {
    expire(now);
    Stream s = streams.get(streamKey);
    if (s == null) {
      return Reply.error(404, "Live Activity stream not found", "No Live Activity stream found for stream_key: " + streamKey);
    }
    Activity current = current(s);
    LiveActivityStreamDeleteResponse.Builder response = LiveActivityStreamDeleteResponse.builder()
        .success(true).operation(StreamDeleteOperation.ENDED).streamKey(streamKey).timestamp(time(now));
    s.activityId = null;
    s.lastSent = null;
    if (current == null) {
      return Reply.ok(response.build(), false).with("activity_id", null);
    }
    if (body != null) {
      apply(current, body);
    }
    finish(current, now, dismissal(body == null ? null : JsonTree.object(body, "content_state")));
    return Reply.ok(response.activityId(current.id).devicesQueued(0).devicesNotified(current.devices).build(), true);
  }

  /** {@code POST /metrics/{key}/value}. */
  public synchronized Reply metric(String key, Map<String, Object> body, Instant now) {
    if (settings.knownMetrics() != null && !settings.knownMetrics().contains(key)) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("error", "Metric not found");
      return new Reply(404, error, Map.of(), false);
    }
    Instant measuredAt = now;
    if (body.get("timestamp") instanceof String t) {
      try {
        measuredAt = OffsetDateTime.parse(t).toInstant();
      } catch (DateTimeParseException e) {
        // RFC 3339 allows forms java.time does not read (a leap second, say); keep the receipt time.
      }
    }
    // The most recently written keys, at most as many as the history keeps: a caller inventing a
    // new key per request cannot grow the simulator without bound.
    metrics.remove(key);
    if (metrics.size() >= Math.max(1, settings.historyLimit())) {
      metrics.remove(metrics.keySet().iterator().next());
    }
    metrics.put(key, new MetricReading(key, body.get("value"), measuredAt));
    return Reply.ok(MetricValueUpdateResponse.builder().success(true).build(), true);
  }

  /** {@code POST /badge}. */
  public synchronized Reply badge(Map<String, Object> body, Recipients to, Instant now) {
    if (!(body.get("badge") instanceof BigDecimal count) || !Numbers.isIntegerIn(count, 0, Integer.MAX_VALUE)) {
      // The spec's rules should have refused it; a 400 beats a crash if a rule ever lets one through.
      return Reply.error(400, "Invalid request", "badge must be a whole number from 0 to " + Integer.MAX_VALUE);
    }
    badge = count.intValueExact();
    return Reply.ok(AppIconBadgeCountUpdateResponse.builder()
        .success(true)
        .badge(badge)
        .devicesUpdated(to.devices())
        .usersUpdated(to.users())
        .devicesNotified(to.devices())
        .usersNotified(to.users())
        .effectiveChannelSlugs(to.effectiveChannels())
        .timestamp(time(now))
        .build(), true)
        // Today's answer lists the channels (empty without a target) and names the counts anew.
        .with("effective_channel_slugs", to.effectiveChannels() == null ? List.of() : to.effectiveChannels())
        .with("devices_updated", to.devices())
        .with("users_updated", to.users());
  }

  // ---- control -------------------------------------------------------------------------------

  /** Pauses a stream as the dashboard does: its activity ends, later PUTs answer {@code paused}. */
  public synchronized void pauseStream(String streamKey, Instant now) {
    expire(now);
    Stream s = streams.computeIfAbsent(streamKey, k -> new Stream());
    Activity current = current(s);
    if (current != null) {
      finish(current, now, Duration.ZERO);
    }
    s.activityId = null;
    s.lastSent = null;
    s.paused = true;
  }

  /** Resumes a paused stream; its next PUT starts a new activity. */
  public synchronized void resumeStream(String streamKey) {
    Stream s = streams.get(streamKey);
    if (s != null) {
      s.paused = false;
    }
  }

  /** Forgets everything. */
  public synchronized void reset() {
    activities.clear();
    streams.clear();
    pushes.clear();
    metrics.clear();
    badge = null;
  }

  /** A consistent copy of what the lock screen shows, for {@code LockScreen}. */
  public record Snapshot(List<LiveActivityCard> activities, List<DeliveredPush> pushes, long pushesDropped,
      Map<String, MetricReading> metrics,
      @Nullable Integer badge, Set<String> pausedStreams) {}

  /** Takes a snapshot at {@code now}. */
  public synchronized Snapshot snapshot(Instant now) {
    expire(now);
    List<LiveActivityCard> views = new ArrayList<>();
    for (Activity a : activities.values()) {
      views.add(new LiveActivityCard(a.id, a.streamKey, a.type,
          a.active() ? LiveActivityCard.Status.ACTIVE : LiveActivityCard.Status.ENDED,
          frozenMap(a.state), frozenOrNull(a.action), frozenOrNull(a.secondaryAction), frozenOrNull(a.alert),
          List.copyOf(a.tags), frozenMap(a.metadata), a.channels, a.devices, a.startedAt, a.endedAt, a.dismissAt, a.changes));
    }
    Set<String> paused = new LinkedHashSet<>();
    streams.forEach((k, s) -> {
      if (s.paused) {
        paused.add(k);
      }
    });
    return new Snapshot(views, pushes.items(), pushes.dropped(), new LinkedHashMap<>(metrics), badge, paused);
  }

  // ---- helpers -------------------------------------------------------------------------------

  private @Nullable Reply checkLimit(Recipients to) {
    int limit = settings.activityLimit();
    if (limit <= 0) {
      return null;
    }
    int active = (int) activities.values().stream().filter(Activity::active).count();
    if (active < limit) {
      return null;
    }
    Reply reply = new Reply(429, JsonTree.toTree(LiveActivityLimitError.builder()
        .error("Live Activity limit reached")
        .message("Only " + limit + " concurrent Live Activities are allowed per account")
        .limit(limit)
        .active(active)
        .build()), Map.of(), false);
    // The limit is the account's, so every targeted device is blocked by it.
    return settings.legacy() ? reply
        : reply.with("blocked_devices", to.devices()).with("targeted_devices", to.devices());
  }

  private Activity create(@Nullable String streamKey, Map<String, Object> body, Recipients to, Instant now) {
    Map<String, Object> state = JsonTree.object(body, "content_state");
    Activity a = new Activity(newId(), streamKey, (String) state.get("type"), to.effectiveChannels(), to.devices(), now);
    apply(a, body);
    activities.put(a.id, a);
    forgetOldEnded();
    return a;
  }

  /** Merges a request into an activity: content-state fields, buttons, alert and tags it names. */
  @SuppressWarnings("unchecked")
  private static void apply(Activity a, Map<String, Object> body) {
    Map<String, Object> state = JsonTree.object(body, "content_state");
    if (state != null) {
      state.forEach((k, v) -> a.state.put(k, JsonTree.copy(v)));
      if (state.get("type") instanceof String type) {
        a.type = type;
      }
      a.state.put("type", a.type);
    }
    if (body.get("action") instanceof Map<?, ?> action) {
      a.action = (Map<String, Object>) JsonTree.copy(action);
    }
    if (body.get("secondary_action") instanceof Map<?, ?> action) {
      a.secondaryAction = (Map<String, Object>) JsonTree.copy(action);
    }
    if (body.get("alert") instanceof Map<?, ?> alert) {
      a.alert = (Map<String, Object>) JsonTree.copy(alert);
    }
    List<String> tags = JsonTree.strings(body, "tags");
    if (tags != null) {
      a.tags = List.copyOf(tags);
    }
    // Omitted metadata keeps what is stored, {} clears it, other entries merge over it.
    Map<String, Object> metadata = JsonTree.object(body, "metadata");
    if (metadata != null) {
      if (metadata.isEmpty()) {
        a.metadata.clear();
      } else {
        metadata.forEach((k, v) -> a.metadata.put(k, JsonTree.copy(v)));
      }
    }
  }

  private Duration dismissal(@Nullable Map<String, Object> state) {
    if (state != null && state.get("auto_dismiss_seconds") instanceof BigDecimal seconds) {
      return Duration.ofSeconds(Math.min(Numbers.saturatedLong(seconds), MAX_DISMISSAL.getSeconds()));
    }
    if (state != null && state.get("auto_dismiss_minutes") instanceof BigDecimal minutes) {
      return Duration.ofMinutes(Math.min(Numbers.saturatedLong(minutes), MAX_DISMISSAL.toMinutes()));
    }
    return settings.defaultDismissal();
  }

  /** Drops the oldest ended activities past the history limit, but none a stream still points at. */
  private void forgetOldEnded() {
    long ended = activities.values().stream().filter(a -> !a.active()).count();
    if (ended <= settings.historyLimit()) {
      return;
    }
    Set<String> referenced = new LinkedHashSet<>();
    streams.values().forEach(s -> referenced.add(s.activityId));
    for (var it = activities.values().iterator(); it.hasNext() && ended > settings.historyLimit(); ) {
      Activity a = it.next();
      if (!a.active() && !referenced.contains(a.id)) {
        it.remove();
        ended--;
      }
    }
  }

  private static void finish(Activity a, Instant at, Duration dismissAfter) {
    a.endedAt = at;
    a.dismissAt = at.plus(dismissAfter);
  }

  /** Ends activities that outlived their lifetime; their streams rotate on the next PUT. */
  private void expire(Instant now) {
    for (Activity a : activities.values()) {
      Instant deadline = a.startedAt.plus(settings.activityLifetime());
      if (a.active() && !deadline.isAfter(now)) {
        finish(a, deadline, Duration.ZERO);
      }
    }
  }

  private @Nullable Activity current(@Nullable Stream s) {
    if (s == null || s.activityId == null) {
      return null;
    }
    Activity a = activities.get(s.activityId);
    return a != null && a.active() ? a : null;
  }

  /** What decides a noop: the state (with its type filled in) and the buttons, as last sent. */
  private static Map<String, Object> comparable(Map<String, Object> body, String type) {
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> state = new LinkedHashMap<>(JsonTree.object(body, "content_state"));
    state.putIfAbsent("type", type);
    out.put("content_state", state);
    out.put("action", body.get("action"));
    out.put("secondary_action", body.get("secondary_action"));
    return out;
  }

  private String newId() {
    StringBuilder id = new StringBuilder(32);
    for (int i = 0; i < 32; i++) {
      id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
    }
    return id.toString();
  }

  private static OffsetDateTime time(Instant now) {
    return now.atOffset(ZoneOffset.UTC);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> frozenMap(Map<String, Object> map) {
    return (Map<String, Object>) JsonTree.frozen(map);
  }

  private static @Nullable Map<String, Object> frozenOrNull(@Nullable Map<String, Object> map) {
    return map == null ? null : frozenMap(map);
  }
}
