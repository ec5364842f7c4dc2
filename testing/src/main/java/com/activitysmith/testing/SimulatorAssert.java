package com.activitysmith.testing;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions over a {@link Simulator}: the Live Activities its lock screen shows, the pushes it
 * delivered, its badge and metrics. Each assertion reads a fresh {@link LockScreen} snapshot.
 * Obtain it with {@link SimulatorAssertions#assertThat(Simulator)}.
 */
public final class SimulatorAssert extends AbstractAssert<SimulatorAssert, Simulator> {
  SimulatorAssert(Simulator actual) {
    super(actual, SimulatorAssert.class);
  }

  /**
   * Checks that a Live Activity with this title is on the lock screen now (running, or ended and
   * not yet dismissed) and returns assertions over it; the newest one when several share the title.
   *
   * @param title the title to look for
   * @return assertions over that Live Activity
   */
  public LiveActivityCardAssert showsLiveActivity(String title) {
    requireNonNull(title, "title == null");
    isNotNull();
    LockScreen screen = actual.lockScreen();
    List<LiveActivityCard> matching = screen.liveActivities().stream().filter(a -> a.title().equals(title)).toList();
    if (matching.isEmpty()) {
      failWithMessage("Expected a Live Activity titled <%s> on the lock screen, but it shows:%n%s", title, cards(screen));
    }
    return new LiveActivityCardAssert(matching.get(matching.size() - 1));
  }

  /**
   * Checks that no Live Activity titled so is on the lock screen now.
   *
   * @param title the title that must not be shown
   * @return this assertion, for more checks
   */
  public SimulatorAssert doesNotShowLiveActivity(String title) {
    requireNonNull(title, "title == null");
    isNotNull();
    LockScreen screen = actual.lockScreen();
    if (screen.liveActivities().stream().anyMatch(a -> a.title().equals(title))) {
      failWithMessage("Expected no Live Activity titled <%s> on the lock screen, but it shows:%n%s", title, cards(screen));
    }
    return this;
  }

  /**
   * Checks how many Live Activity cards the lock screen shows now.
   *
   * @param count the expected number of cards
   * @return this assertion, for more checks
   */
  public SimulatorAssert showsLiveActivities(int count) {
    isNotNull();
    LockScreen screen = actual.lockScreen();
    if (screen.liveActivities().size() != count) {
      failWithMessage("Expected %s Live Activities on the lock screen, but it shows %s:%n%s",
          count, screen.liveActivities().size(), cards(screen));
    }
    return this;
  }

  /**
   * Checks that the lock screen shows no Live Activity.
   *
   * @return this assertion, for more checks
   */
  public SimulatorAssert showsNoLiveActivity() {
    return showsLiveActivities(0);
  }

  /**
   * Returns assertions over the Live Activity with this id, running or ended.
   *
   * @param activityId the activity id the service handed out
   * @return assertions over that Live Activity
   */
  public LiveActivityCardAssert liveActivity(String activityId) {
    requireNonNull(activityId, "activityId == null");
    isNotNull();
    LockScreen screen = actual.lockScreen();
    return new LiveActivityCardAssert(screen.liveActivity(activityId).orElseGet(() -> {
      failWithMessage("Expected a Live Activity with id <%s>, but the simulator has:%n%s", activityId, all(screen));
      return null;
    }));
  }

  /**
   * Returns assertions over the newest Live Activity of a stream, running or ended.
   *
   * @param streamKey the stream's key
   * @return assertions over its newest Live Activity
   */
  public LiveActivityCardAssert stream(String streamKey) {
    requireNonNull(streamKey, "streamKey == null");
    isNotNull();
    LockScreen screen = actual.lockScreen();
    return new LiveActivityCardAssert(screen.stream(streamKey).orElseGet(() -> {
      failWithMessage("Expected a Live Activity for stream <%s>, but the simulator has:%n%s", streamKey, all(screen));
      return null;
    }));
  }

  /**
   * Checks that exactly {@code times} pushes with this title were delivered.
   *
   * @param title the push title
   * @param times the expected number of deliveries
   * @return this assertion, for more checks
   */
  public SimulatorAssert sentPushes(String title, int times) {
    requireNonNull(title, "title == null");
    isNotNull();
    List<DeliveredPush> pushes = actual.lockScreen().pushes();
    long count = pushes.stream().filter(p -> p.title().equals(title)).count();
    if (count != times) {
      failWithMessage("Expected %s push(es) titled <%s>, but %s were delivered; all pushes:%n%s",
          times, title, count, pushes(pushes));
    }
    return this;
  }

  /**
   * Checks that exactly one push with this title was delivered.
   *
   * @param title the push title
   * @return this assertion, for more checks
   */
  public SimulatorAssert sentExactlyOnePush(String title) {
    return sentPushes(title, 1);
  }

  /**
   * Checks that at least one push with this title was delivered.
   *
   * @param title the push title
   * @return this assertion, for more checks
   */
  public SimulatorAssert sentPush(String title) {
    requireNonNull(title, "title == null");
    isNotNull();
    List<DeliveredPush> pushes = actual.lockScreen().pushes();
    if (pushes.stream().noneMatch(p -> p.title().equals(title))) {
      failWithMessage("Expected a push titled <%s>, but the pushes were:%n%s", title, pushes(pushes));
    }
    return this;
  }

  /**
   * Checks that the newest push titled so carried exactly these tags, in order.
   *
   * @param title the push title
   * @param tags the expected tags, in order
   * @return this assertion, for more checks
   */
  public SimulatorAssert sentPushWithTags(String title, String... tags) {
    DeliveredPush push = newestPush(title);
    if (push != null && !push.tags().equals(List.of(tags))) {
      failWithMessage("Expected push <%s> to carry tags %s but it carried %s", title, List.of(tags), push.tags());
    }
    return this;
  }

  /**
   * Checks one metadata entry of the newest push titled so (numbers compare by value).
   *
   * @param title the push title
   * @param key the metadata key
   * @param expected the value it should hold
   * @return this assertion, for more checks
   */
  public SimulatorAssert sentPushWithMetadata(String title, String key, Object expected) {
    requireNonNull(key, "key == null");
    DeliveredPush push = newestPush(title);
    if (push != null && !Values.same(push.metadata().get(key), expected)) {
      failWithMessage("Expected push <%s> to carry metadata %s <%s> but its metadata is %s", title, key, expected,
          push.metadata());
    }
    return this;
  }

  private DeliveredPush newestPush(String title) {
    requireNonNull(title, "title == null");
    isNotNull();
    List<DeliveredPush> pushes = actual.lockScreen().pushes();
    List<DeliveredPush> matching = pushes.stream().filter(p -> p.title().equals(title)).toList();
    if (matching.isEmpty()) {
      failWithMessage("Expected a push titled <%s>, but the pushes were:%n%s", title, pushes(pushes));
      return null;
    }
    return matching.get(matching.size() - 1);
  }

  /**
   * Checks that no push with this title was delivered.
   *
   * @param title the push title
   * @return this assertion, for more checks
   */
  public SimulatorAssert sentNoPush(String title) {
    return sentPushes(title, 0);
  }

  /**
   * Checks how many pushes were delivered in all.
   *
   * @param count the expected number of pushes
   * @return this assertion, for more checks
   */
  public SimulatorAssert sentPushCount(int count) {
    isNotNull();
    List<DeliveredPush> pushes = actual.lockScreen().pushes();
    if (pushes.size() != count) {
      failWithMessage("Expected %s push(es) in all, but %s were delivered:%n%s", count, pushes.size(), pushes(pushes));
    }
    return this;
  }

  /**
   * Checks the app icon badge count.
   *
   * @param count the expected badge count
   * @return this assertion, for more checks
   */
  public SimulatorAssert hasBadge(int count) {
    isNotNull();
    LockScreen screen = actual.lockScreen();
    if (screen.badge().isEmpty() || screen.badge().getAsInt() != count) {
      failWithMessage("Expected the badge to be <%s> but was <%s>", count,
          screen.badge().isPresent() ? screen.badge().getAsInt() : "never set");
    }
    return this;
  }

  /**
   * Checks a metric's latest value: a number (compared by value, so 1 equals 1.0) or a text.
   *
   * @param key the metric's key
   * @param expected the number or text it should hold
   * @return this assertion, for more checks
   */
  public SimulatorAssert hasMetric(String key, Object expected) {
    requireNonNull(key, "key == null");
    requireNonNull(expected, "expected == null");
    isNotNull();
    MetricReading reading = actual.lockScreen().metric(key).orElse(null);
    if (reading == null) {
      failWithMessage("Expected metric <%s> to be <%s> but it was never set; metrics: %s",
          key, expected, actual.lockScreen().metrics().keySet());
    } else if (!Values.same(reading.value(), expected)) {
      failWithMessage("Expected metric <%s> to be <%s> but was <%s>", key, expected, reading.text());
    }
    return this;
  }

  /**
   * Returns assertions over the journal as it is now.
   *
   * @return assertions over a snapshot of the journal
   */
  public JournalAssert journal() {
    isNotNull();
    return new JournalAssert(actual.journal());
  }

  private static String cards(LockScreen screen) {
    return screen.liveActivities().isEmpty() ? "  (no Live Activity)"
        : screen.liveActivities().stream().map(a -> "  " + a.describe()).collect(Collectors.joining("\n"));
  }

  private static String all(LockScreen screen) {
    return screen.allLiveActivities().isEmpty() ? "  (no Live Activity)"
        : screen.allLiveActivities().stream().map(a -> "  " + a.id() + " " + a.describe()).collect(Collectors.joining("\n"));
  }

  private static String pushes(List<DeliveredPush> pushes) {
    return pushes.isEmpty() ? "  (none)" : pushes.stream().map(p -> "  " + p.describe()).collect(Collectors.joining("\n"));
  }

  /** Loose equality between stored JSON values and what a test writes. */
  static final class Values {
    private Values() {}

    static boolean same(Object stored, Object expected) {
      if (stored instanceof BigDecimal number) {
        BigDecimal wanted = decimal(expected);
        return wanted != null && number.compareTo(wanted) == 0;
      }
      return stored != null && stored.equals(expected);
    }

    static BigDecimal decimal(Object value) {
      if (value instanceof BigDecimal d) {
        return d;
      }
      if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
        return BigDecimal.valueOf(((Number) value).longValue());
      }
      if (value instanceof Number n) {
        return new BigDecimal(n.toString());
      }
      return null;
    }
  }
}
