package com.activitysmith.dsl.internal;

import static java.util.Objects.requireNonNull;

import com.activitysmith.dsl.Badge;
import com.activitysmith.dsl.Color;
import com.activitysmith.dsl.Icon;
import com.activitysmith.dsl.Metadata;
import com.activitysmith.dsl.Metric;
import com.activitysmith.dsl.OpenUrl;
import com.activitysmith.dsl.Webhook;
import com.activitysmith.exception.ValidationException;
import com.activitysmith.exception.Violation;
import com.activitysmith.generated.ApiOperation;
import com.activitysmith.generated.JsonSupport;
import com.squareup.moshi.JsonDataException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns DSL values into the JSON tree of a request and the tree into the generated request
 * record. Called by the generated Live Activity steps and the push chain; not an API.
 *
 * <p>Trees are unmodifiable maps and lists of strings, numbers, booleans and maps, keyed by wire
 * name, so the record the client receives is exactly what the chain said. Values are not checked
 * here beyond null checks: the client validates every request against the spec before sending.
 */
public final class Wire {
  private Wire() {}

  /** Returns a copy of {@code tree} with {@code key} set to {@code value}. */
  public static Map<String, Object> with(Map<String, Object> tree, String key, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(tree);
    copy.put(key, value);
    return Collections.unmodifiableMap(copy);
  }

  /** A string parameter, null-checked. */
  public static String text(String value, String name) {
    return requireNonNull(value, () -> name + " == null");
  }

  /**
   * A JSON number for a {@code double}: whole numbers stay whole ({@code 42}, not {@code 42.0}).
   * NaN and the infinities stay doubles, so that {@link #record} names their field in a
   * {@link ValidationException}.
   */
  public static Object number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return value;
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return (long) value;
    }
    return BigDecimal.valueOf(value);
  }

  /** Whole or fractional seconds of a duration, as a JSON number. */
  public static Object seconds(Duration duration) {
    requireNonNull(duration, "duration == null");
    BigDecimal seconds = BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9))
        .stripTrailingZeros();
    return seconds.scale() <= 0 ? (Object) seconds.longValueExact() : seconds;
  }

  /** The wire form of a DSL value: a color's name, an icon's, badge's, metric's or action's object. */
  public static Object value(Object value, String name) {
    requireNonNull(value, () -> name + " == null");
    if (value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Color color) {
      return color.wireName();
    }
    if (value instanceof Metadata metadata) {
      return metadata.asMap();
    }
    if (value instanceof Icon icon) {
      return object("symbol", icon.symbol(), "color", icon.color() == null ? null : icon.color().wireName());
    }
    if (value instanceof Badge badge) {
      return object("title", badge.title(), "color", badge.color() == null ? null : badge.color().wireName());
    }
    if (value instanceof Metric metric) {
      Object v = metric.value() instanceof Number n ? decimal(n) : metric.value();
      return object("label", metric.label(), "value", v, "unit", metric.unit(),
          "color", metric.color() == null ? null : metric.color().wireName());
    }
    if (value instanceof OpenUrl open) {
      return object("title", open.title(), "type", "open_url", "url", open.url());
    }
    if (value instanceof Webhook hook) {
      return object("title", hook.title(), "type", "webhook", "url", hook.url(), "method", hook.method(),
          "body", hook.body());
    }
    throw new IllegalArgumentException(name + " has no wire form: " + value.getClass().getName());
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
  public static List<Object> list(java.util.Collection<?> items) {
    requireNonNull(items, "items == null");
    List<Object> out = new ArrayList<>(items.size());
    int i = 0;
    for (Object item : items) {
      out.add(value(item, "item " + i++));
    }
    return Collections.unmodifiableList(out);
  }

  /** {@code target: {channels: [...]}} from a collection computed at run time. */
  public static Map<String, Object> target(java.util.Collection<String> channels) {
    return object("channels", list(channels));
  }

  /** The banner ({@code alert}) that accompanies a Live Activity call. */
  public static Map<String, Object> banner(String title, String body) {
    return object("title", text(title, "title"), "body", text(body, "body"));
  }

  /** {@code target: {channels: [...]}}. */
  public static Map<String, Object> target(String channel, String[] more) {
    return object("channels", list(text(channel, "channel"), more));
  }

  /** A request tree: the activity id (when given), the content state, then the request-level keys, all of which it must accept. */
  public static Map<String, Object> request(Map<String, Object> state, Map<String, Object> request, String activityId,
      Set<String> accepted) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (activityId != null) {
      out.put("activity_id", activityId);
    }
    out.put("content_state", state);
    request.forEach((key, value) -> {
      if (!accepted.contains(key)) {
        // Each chain offers only its request's keys, so this means the generator and the spec disagree.
        throw new IllegalStateException(key + " is not part of this request, which takes " + accepted
            + "; the DSL would have dropped it");
      }
      out.put(key, value);
    });
    return Collections.unmodifiableMap(out);
  }

  /**
   * The generated request record a tree describes, read with the client's own Moshi.
   *
   * @throws ValidationException when the tree holds what JSON cannot carry (NaN, a key that is not
   *     a string, nesting deeper than {@link #MAX_DEPTH}) or what the record cannot hold (a string
   *     that is not a URI), naming the field
   */
  public static <T> T record(Class<T> type, Map<String, Object> tree) {
    List<Violation> violations = new ArrayList<>();
    jsonOnly(tree, "", 0, new int[] {MAX_VALUES}, violations);
    if (!violations.isEmpty()) {
      throw new ValidationException(operationOf(type), violations);
    }
    try {
      return JsonSupport.moshi().adapter(type).fromJsonValue(tree);
    } catch (AssertionError e) {
      // Moshi wraps a reader's IOException (a number JSON forbids) in an AssertionError.
      String message = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
      int at = message.lastIndexOf(" at path $");
      String path = at < 0 ? "" : message.substring(at + 10).replaceFirst("^\\.", "");
      throw new ValidationException(operationOf(type), List.of(new Violation(path, "type",
          (path.isEmpty() ? "" : path + ": ") + (at < 0 ? message : message.substring(0, at)))));
    } catch (JsonDataException e) {
      String message = String.valueOf(e.getMessage());
      int at = message.lastIndexOf(" at $");
      String path = at < 0 ? "" : message.substring(at + 5).replaceFirst("^\\.", "");
      String problem = at < 0 ? message : message.substring(0, at);
      throw new ValidationException(operationOf(type), List.of(new Violation(path, "type",
          (path.isEmpty() ? "" : path + ": ") + problem.replace("Expected a URI but was", "not a URI:"))));
    }
  }

  /**
   * How deeply a DSL tree may nest in all; the JSON writer stops at 255, and free-form values are
   * held to 200 levels by the compiled rules, which leaves room for the request around them.
   */
  public static final int MAX_DEPTH = 240;

  /** How many values one tree may hold in all (shared sub-lists could describe an enormous document). */
  public static final int MAX_VALUES = 100_000;

  private static void jsonOnly(Object value, String path, int depth, int[] budget, List<Violation> out) {
    if (!out.isEmpty()) {
      return;
    }
    if (--budget[0] < 0) {
      out.add(new Violation(path, "maxValues", "the request holds more than " + MAX_VALUES + " values; send less"));
    } else if (depth > MAX_DEPTH) {
      out.add(new Violation(path, "maxDepth", path + " nests deeper than " + MAX_DEPTH + " levels (or contains itself)"));
    } else if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (!Double.isFinite(d)) {
        out.add(new Violation(path, "type", path + " is " + value + ", which JSON cannot carry; give a finite number"));
      }
    } else if (value instanceof BigDecimal d && !Double.isFinite(d.doubleValue())) {
      // The tree becomes a record through Moshi's Object adapter, which holds free-form numbers as doubles.
      out.add(new Violation(path, "type", path + " is " + d + ", beyond the largest number a free-form value can hold"));
    } else if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String key)) {
          out.add(new Violation(path, "type", path + " has a key of type "
              + (e.getKey() == null ? "null" : e.getKey().getClass().getName()) + "; JSON object keys are strings"));
          return;
        }
        jsonOnly(e.getValue(), path.isEmpty() ? key : path + "." + key, depth + 1, budget, out);
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        jsonOnly(list.get(i), path + "[" + i + "]", depth + 1, budget, out);
      }
    }
  }

  /** The operation whose body is this record, for the exception. */
  private static String operationOf(Class<?> type) {
    for (ApiOperation op : ApiOperation.values()) {
      if (op.bodyType() == type) {
        return op.id();
      }
    }
    return type.getSimpleName();
  }

  private static Object decimal(Number n) {
    if (n instanceof Double || n instanceof Float) {
      return number(n.doubleValue());
    }
    return n instanceof BigDecimal ? n : new BigDecimal(n.toString());
  }

  /** An object of key-value pairs, leaving out null values. */
  private static Map<String, Object> object(Object... pairs) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i + 1] != null) {
        out.put((String) pairs[i], pairs[i + 1]);
      }
    }
    return Collections.unmodifiableMap(out);
  }
}
