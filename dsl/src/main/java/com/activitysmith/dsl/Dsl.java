package com.activitysmith.dsl;

import static java.util.Objects.requireNonNull;

import com.activitysmith.dsl.internal.Wire;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The entry points of the payload language, for static import:
 * <pre>{@code
 * import static com.activitysmith.dsl.Dsl.*;
 *
 * activitySmith.notifications().send(push("Build failed").message("CI failed on main"));
 * activitySmith.liveActivities().start(liveActivity("Deploy").segmented(4).step(1).color(YELLOW));
 * activitySmith.liveActivities().stream("nightly-backup", liveActivityStream("Nightly backup").progress(42));
 * }</pre>
 *
 * <p>Every value is immutable and thread-safe; every chain method returns a new value. The
 * compiler enforces what each Live Activity type requires per phase; the client checks the
 * values themselves (ranges, URL schemes, list sizes) against the spec before sending.
 */
public final class Dsl {
  /** Lime. */
  public static final Color LIME = Color.LIME;
  /** Green. */
  public static final Color GREEN = Color.GREEN;
  /** Cyan. */
  public static final Color CYAN = Color.CYAN;
  /** Blue, the service's default. */
  public static final Color BLUE = Color.BLUE;
  /** Purple. */
  public static final Color PURPLE = Color.PURPLE;
  /** Magenta. */
  public static final Color MAGENTA = Color.MAGENTA;
  /** Red. */
  public static final Color RED = Color.RED;
  /** Orange. */
  public static final Color ORANGE = Color.ORANGE;
  /** Yellow. */
  public static final Color YELLOW = Color.YELLOW;
  /** Gray. */
  public static final Color GRAY = Color.GRAY;

  private Dsl() {}

  /**
   * A push notification with its title, already complete: {@code push("Build failed").message("...")}.
   *
   * @param title the notification's title
   * @return a complete push that takes further options
   */
  public static Push push(String title) {
    return new PushChain.Plain(PushChain.titled(title));
  }

  /**
   * A Live Activity start; pick the type next and give the title anywhere in the chain:
   * {@code liveActivity().segmented(4).step(1).color(YELLOW).title("Deploy")}.
   *
   * @return the choice of type
   */
  public static UntitledLiveActivityStart liveActivity() {
    return LiveActivityDsl.liveActivity();
  }

  /**
   * A Live Activity start with its title: {@code liveActivity("Deploy").segmented(4).step(1)}.
   *
   * @param title the Live Activity's title
   * @return the choice of type
   */
  public static LiveActivityStart liveActivity(String title) {
    return LiveActivityDsl.liveActivity(title);
  }

  /**
   * New content for a running Live Activity; the type's update requirements apply.
   *
   * @return the choice of type
   */
  public static UntitledLiveActivityUpdate liveActivityUpdate() {
    return LiveActivityDsl.liveActivityUpdate();
  }

  /**
   * New content for a running Live Activity, with its title.
   *
   * @param title the Live Activity's title
   * @return the choice of type
   */
  public static LiveActivityUpdate liveActivityUpdate(String title) {
    return LiveActivityDsl.liveActivityUpdate(title);
  }

  /**
   * The final content of a Live Activity; takes {@code autoDismissMinutes}.
   *
   * @return the choice of type
   */
  public static UntitledLiveActivityEnd liveActivityEnd() {
    return LiveActivityDsl.liveActivityEnd();
  }

  /**
   * The final content of a Live Activity, with its title.
   *
   * @param title the Live Activity's title
   * @return the choice of type
   */
  public static LiveActivityEnd liveActivityEnd(String title) {
    return LiveActivityDsl.liveActivityEnd(title);
  }

  /**
   * The latest state of a stream, for {@code stream(key, ..)}; it always names its type.
   *
   * @return the choice of type
   */
  public static UntitledLiveActivityStream liveActivityStream() {
    return LiveActivityDsl.liveActivityStream();
  }

  /**
   * The latest state of a stream, with its title.
   *
   * @param title the Live Activity's title
   * @return the choice of type
   */
  public static LiveActivityStream liveActivityStream(String title) {
    return LiveActivityDsl.liveActivityStream(title);
  }

  /**
   * The final state of a stream, for {@code endStream(key, ..)}; it offers exactly what ending a
   * stream takes (no channels).
   *
   * @return the choice of type
   */
  public static UntitledLiveActivityStreamEnd liveActivityStreamEnd() {
    return LiveActivityDsl.liveActivityStreamEnd();
  }

  /**
   * The final state of a stream, with its title:
   * {@code endStream("nightly-backup", liveActivityStreamEnd("Nightly backup").progress(100))}.
   *
   * @param title the Live Activity's title
   * @return the choice of type
   */
  public static LiveActivityStreamEnd liveActivityStreamEnd(String title) {
    return LiveActivityDsl.liveActivityStreamEnd(title);
  }

  /**
   * A metric with a whole-number value: {@code metric("Jobs", 12)}.
   *
   * @param label the short name shown with the value
   * @param value the whole-number value, at least 0
   * @return the metric, which takes a unit and a color
   */
  public static Metric metric(String label, long value) {
    return new Metric(label, value, null, null);
  }

  /**
   * A metric with a decimal value: {@code metric("CPU", 27.5).unit("%")}.
   *
   * @param label the short name shown with the value
   * @param value the decimal value, at least 0
   * @return the metric, which takes a unit and a color
   */
  public static Metric metric(String label, double value) {
    return new Metric(label, Wire.number(value), null, null);
  }

  /**
   * A metric with an exact decimal value.
   *
   * @param label the short name shown with the value
   * @param value the exact value, at least 0
   * @return the metric, which takes a unit and a color
   */
  public static Metric metric(String label, BigDecimal value) {
    return new Metric(label, requireNonNull(value, "value == null"), null, null);
  }

  /**
   * A metric with a text value of 1 to 64 characters: {@code metric("Status", "healthy")}.
   *
   * @param label the short name shown with the value
   * @param value the text, 1 to 64 characters
   * @return the metric, which takes a unit and a color
   */
  public static Metric metric(String label, String value) {
    return new Metric(label, requireNonNull(value, "value == null"), null, null);
  }

  /**
   * A button opening an {@code https://} (or {@code shortcuts://}) link on the device.
   *
   * @param title the button's label
   * @param url the link to open
   * @return the button
   */
  public static OpenUrl openUrl(String title, String url) {
    return new OpenUrl(title, url);
  }

  /**
   * A button running the named Apple Shortcut: {@code shortcuts://run-shortcut?name=...}.
   *
   * @param title the button's label
   * @param name the Shortcut's name, as in the Shortcuts app
   * @return the button
   */
  public static OpenUrl shortcut(String title, String name) {
    requireNonNull(name, "name == null");
    return new OpenUrl(title, "shortcuts://run-shortcut?name="
        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
  }

  /**
   * A button making the backend call {@code url}; refine with {@code .get()} or {@code .post(body)}.
   *
   * @param title the button's label
   * @param url the {@code https://} endpoint
   * @return the button, which takes a method
   */
  public static Webhook webhook(String title, String url) {
    return new Webhook(title, url, null, null);
  }

  /**
   * An SF Symbol for a Live Activity: {@code icon("server.rack").color(GREEN)}.
   *
   * @param symbol the SF Symbol name
   * @return the icon, which takes a tint
   */
  public static Icon icon(String symbol) {
    return new Icon(symbol, null);
  }

  /**
   * Metadata with one text entry; add more with {@code .and(key, value)}.
   *
   * @param key the entry's key
   * @param value its text
   * @return metadata holding this one entry
   */
  public static Metadata metadata(String key, String value) {
    return Metadata.empty().and(key, value);
  }

  /**
   * Metadata with one whole-number entry: {@code metadata("build", 812)}.
   *
   * @param key the entry's key
   * @param value its whole number
   * @return metadata holding this one entry
   */
  public static Metadata metadata(String key, long value) {
    return Metadata.empty().and(key, value);
  }

  /**
   * Metadata with one number entry, which must be finite.
   *
   * @param key the entry's key
   * @param value its number, finite
   * @return metadata holding this one entry
   */
  public static Metadata metadata(String key, double value) {
    return Metadata.empty().and(key, value);
  }

  /**
   * Metadata with one exact decimal entry.
   *
   * @param key the entry's key
   * @param value its exact decimal
   * @return metadata holding this one entry
   */
  public static Metadata metadata(String key, BigDecimal value) {
    return Metadata.empty().and(key, value);
  }

  /**
   * Metadata with one boolean entry: {@code metadata("canary", true)}.
   *
   * @param key the entry's key
   * @param value its boolean
   * @return metadata holding this one entry
   */
  public static Metadata metadata(String key, boolean value) {
    return Metadata.empty().and(key, value);
  }

  /**
   * A badge for a Live Activity: {@code badge("PROD").color(RED)}.
   *
   * @param title the capsule's text
   * @return the badge, which takes a color
   */
  public static Badge badge(String title) {
    return new Badge(title, null);
  }
}
