package com.activitysmith.testing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * What the phones paired with the simulated account show at one moment: Live Activity cards,
 * delivered pushes, widget metrics and the app icon badge. A snapshot; take a new one with
 * {@link Simulator#lockScreen()} after more requests.
 */
public final class LockScreen {
  private final Instant at;
  private final List<LiveActivityCard> activities;
  private final List<DeliveredPush> pushes;
  private final long pushesDropped;
  private final Map<String, MetricReading> metrics;
  private final @Nullable Integer badge;
  private final Set<String> pausedStreams;

  LockScreen(Instant at, List<LiveActivityCard> activities, List<DeliveredPush> pushes, long pushesDropped,
      Map<String, MetricReading> metrics,
      @Nullable Integer badge, Set<String> pausedStreams) {
    this.at = requireNonNull(at, "at == null");
    this.activities = List.copyOf(activities);
    this.pushes = List.copyOf(pushes);
    this.pushesDropped = pushesDropped;
    this.metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    this.badge = badge;
    this.pausedStreams = Set.copyOf(pausedStreams);
  }

  /**
   * When this snapshot was taken, by the simulator's clock.
   *
   * @return the snapshot's time
   */
  public Instant at() {
    return at;
  }

  /**
   * The Live Activity cards on the lock screen now, oldest first: running ones, and ended ones
   * whose dismissal time has not come yet.
   *
   * @return the cards shown, unmodifiable
   */
  public List<LiveActivityCard> liveActivities() {
    return activities.stream()
        .filter(a -> a.isActive() || (a.dismissAt() != null && a.dismissAt().isAfter(at)))
        .toList();
  }

  /**
   * The running Live Activities (those that count against the concurrent limit), oldest first.
   *
   * @return the running Live Activities, unmodifiable
   */
  public List<LiveActivityCard> activeLiveActivities() {
    return activities.stream().filter(LiveActivityCard::isActive).toList();
  }

  /**
   * Every Live Activity the simulator has seen, running or ended, oldest first.
   *
   * @return every Live Activity, unmodifiable
   */
  public List<LiveActivityCard> allLiveActivities() {
    return activities;
  }

  /**
   * The Live Activity with this id, running or ended.
   *
   * @param id the activity id the service handed out
   * @return the Live Activity, or empty when no such id was seen
   */
  public Optional<LiveActivityCard> liveActivity(String id) {
    return activities.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * The newest Live Activity a stream key has shown, running or ended.
   *
   * @param streamKey the stream's key
   * @return the Live Activity, or empty when the stream has shown none
   */
  public Optional<LiveActivityCard> stream(String streamKey) {
    LiveActivityCard newest = null;
    for (LiveActivityCard a : activities) {
      if (streamKey.equals(a.streamKey())) {
        newest = a;
      }
    }
    return Optional.ofNullable(newest);
  }

  /**
   * Every push delivered, oldest first.
   *
   * @return the delivered pushes, unmodifiable
   */
  public List<DeliveredPush> pushes() {
    return pushes;
  }

  /**
   * How many older pushes were dropped from {@link #pushes()} to keep the history within its bounds.
   *
   * @return the number of pushes dropped
   */
  public long pushesDropped() {
    return pushesDropped;
  }

  /**
   * The newest push, if any.
   *
   * @return the newest delivered push, or empty when none was
   */
  public Optional<DeliveredPush> lastPush() {
    return pushes.isEmpty() ? Optional.empty() : Optional.of(pushes.get(pushes.size() - 1));
  }

  /**
   * The latest value of each metric, by key, oldest write first; the simulator keeps as many keys
   * as its journal holds entries ({@code journalCapacity}) and forgets the least recently written.
   *
   * @return the metric readings by key, unmodifiable
   */
  public Map<String, MetricReading> metrics() {
    return metrics;
  }

  /**
   * The latest value of one metric.
   *
   * @param key the metric's key
   * @return its reading, or empty when it was never written
   */
  public Optional<MetricReading> metric(String key) {
    return Optional.ofNullable(metrics.get(key));
  }

  /**
   * The app icon badge count, if one was ever set.
   *
   * @return the badge count, or empty when never set
   */
  public OptionalInt badge() {
    return badge == null ? OptionalInt.empty() : OptionalInt.of(badge);
  }

  /**
   * Stream keys paused through the simulator's control API.
   *
   * @return the paused stream keys, unmodifiable
   */
  public Set<String> pausedStreams() {
    return pausedStreams;
  }

  /**
   * A few lines for people, as the example program prints them.
   *
   * @return the description, lines separated by {@code \n}
   */
  public String describe() {
    StringBuilder out = new StringBuilder("Lock screen:\n");
    List<LiveActivityCard> shown = liveActivities();
    if (shown.isEmpty()) {
      out.append("  no Live Activity\n");
    }
    for (LiveActivityCard a : shown) {
      out.append("  ").append(a.describe()).append('\n');
    }
    lastPush().ifPresent(p -> out.append("  last push: ").append(p.describe())
        .append(" (").append(pushes.size()).append(pushes.size() == 1 ? " push" : " pushes").append(")\n"));
    metrics.values().forEach(m -> out.append("  metric ").append(m.key()).append(" = ").append(m.text()).append('\n'));
    badge().ifPresent(b -> out.append("  badge: ").append(b).append('\n'));
    return out.toString();
  }

  @Override
  public String toString() {
    return describe();
  }
}
