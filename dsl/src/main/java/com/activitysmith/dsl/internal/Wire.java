package com.activitysmith.dsl.internal;

import static java.util.Objects.requireNonNull;

import com.activitysmith.generated.model.AlertPayload;
import com.activitysmith.generated.model.ChannelTarget;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.StringJoiner;

/**
 * Normalises the arguments of DSL methods into the values a chain holds (null-checked strings,
 * exact numbers, unmodifiable lists of the DSL's value classes); {@link Records} makes the
 * request records from them. Called by the generated Live Activity steps and the push chain;
 * not an API.
 *
 * <p>Values are not checked here beyond null checks: the client validates every request against
 * the spec before sending.
 */
public final class Wire {
  private Wire() {}

  /** A string parameter, null-checked. */
  public static String text(String value, String name) {
    return requireNonNull(value, () -> name + " == null");
  }

  /**
   * A number for a {@code double}, exactly as written: whole numbers stay whole ({@code 42}, not
   * {@code 42.0}). NaN and the infinities stay doubles, so that {@link Records} names their field
   * in a {@link com.activitysmith.exception.ValidationException}.
   */
  public static Object number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return value;
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return BigDecimal.valueOf((long) value);
    }
    return BigDecimal.valueOf(value);
  }

  /** Whole or fractional seconds of a duration. */
  public static BigDecimal seconds(Duration duration) {
    requireNonNull(duration, "duration == null");
    BigDecimal seconds = BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9))
        .stripTrailingZeros();
    return seconds.scale() < 0 ? seconds.setScale(0) : seconds;
  }

  /** A DSL value (a color, icon, badge, metric, action, metadata, string or boolean), null-checked. */
  public static Object value(Object value, String name) {
    return requireNonNull(value, () -> name + " == null");
  }

  /** A list of at least one item: {@code first} and then {@code more}. */
  public static List<Object> list(Object first, Object[] more) {
    requireNonNull(more, "more == null");
    List<Object> out = new ArrayList<>(1 + more.length);
    out.add(value(first, "first item"));
    for (Object item : more) {
      out.add(value(item, "item"));
    }
    return Collections.unmodifiableList(out);
  }

  /** A list of any length, possibly empty. */
  public static List<Object> list(Object[] items) {
    requireNonNull(items, "items == null");
    List<Object> out = new ArrayList<>(items.length);
    for (Object item : items) {
      out.add(value(item, "item"));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * A list of any length from a collection computed at run time, in its iteration order; its
   * size is checked by the client's validators like any other list's.
   */
  public static List<Object> list(Collection<?> items) {
    requireNonNull(items, "items == null");
    List<Object> out = new ArrayList<>(items.size());
    for (Object item : items) {
      if (item == null) {
        throw new NullPointerException("item " + out.size() + " == null");
      }
      out.add(item);
    }
    return Collections.unmodifiableList(out);
  }

  /** {@code target: {channels: [...]}} from a collection computed at run time. */
  @SuppressWarnings("unchecked")
  public static ChannelTarget target(Collection<String> channels) {
    return new ChannelTarget((List<String>) (List<?>) list(channels));
  }

  /** The banner ({@code alert}) that accompanies a Live Activity call. */
  public static AlertPayload banner(String title, String body) {
    return new AlertPayload(text(title, "title"), text(body, "body"));
  }

  /** {@code target: {channels: [...]}}. */
  @SuppressWarnings("unchecked")
  public static ChannelTarget target(String channel, String[] more) {
    return new ChannelTarget((List<String>) (List<?>) list(text(channel, "channel"), more));
  }

  /**
   * A chain's {@code toString}: its name and the values it was given, by wire name.
   *
   * @param name the chain's name
   * @param names the wire name of each slot
   * @param slots the chain's values, null where unset
   * @return {@code Name{key=value, ...}}
   */
  public static String describe(String name, String[] names, Object[] slots) {
    StringJoiner out = new StringJoiner(", ", name + "{", "}");
    for (int i = 0; i < slots.length; i++) {
      if (slots[i] != null) {
        out.add(names[i] + "=" + slots[i]);
      }
    }
    return out.toString();
  }
}
