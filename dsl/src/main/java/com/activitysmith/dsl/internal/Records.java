package com.activitysmith.dsl.internal;

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
import com.activitysmith.generated.model.ActionType;
import com.activitysmith.generated.model.ActivityMetric;
import com.activitysmith.generated.model.LiveActivityAction;
import com.activitysmith.generated.model.LiveActivityBadge;
import com.activitysmith.generated.model.LiveActivityColor;
import com.activitysmith.generated.model.LiveActivityIcon;
import com.activitysmith.generated.model.LiveActivityType;
import com.activitysmith.generated.model.LiveActivityValue;
import com.activitysmith.generated.model.MetadataValue;
import com.activitysmith.generated.model.MetricValue;
import com.activitysmith.generated.model.PushNotificationAction;
import com.activitysmith.generated.model.WebhookMethod;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the generated request records from the values a DSL chain holds, one request at a time.
 * Called by the generated Live Activity steps and the push chain; not an API.
 *
 * <p>A chain keeps what it was told (strings, numbers, the DSL's value classes); its payload
 * method makes the records in one pass, with no intermediate map or JSON. What no record can
 * hold (a number JSON cannot carry, a link that is not a URI) is collected here with the path of
 * its field and thrown as one {@link ValidationException} by {@link #done}. Everything else, the
 * values' ranges and sizes included, is the client's validators' to judge before sending.
 */
public final class Records {
  private List<Violation> violations;

  /** A maker for one request. */
  public Records() {}

  /**
   * The finished request, or the problems met while making it.
   *
   * @param request the request record made with this maker's conversions
   * @param <T> the request record's type
   * @return {@code request}
   * @throws ValidationException naming each field no record could hold
   */
  public <T> T done(T request) {
    if (violations != null) {
      throw new ValidationException(operationOf(request.getClass()), violations);
    }
    return request;
  }

  // ---- scalars

  /**
   * A JSON number as the records hold it, exactly.
   *
   * @param value a {@link Number} the chain was given, or null
   * @param path where it goes, for a problem's message
   * @return the decimal, or null when absent or when it cannot be one (then a problem is noted)
   */
  public BigDecimal bigDecimal(Object value, String path) {
    if (value == null || value instanceof BigDecimal) {
      return (BigDecimal) value;
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (!Double.isFinite(d)) {
        note(path, "type", path + " is " + value + ", which JSON cannot carry; give a finite number");
        return null;
      }
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? BigDecimal.valueOf((long) d) : BigDecimal.valueOf(d);
    }
    if (value instanceof BigInteger big) {
      return new BigDecimal(big);
    }
    try {
      return new BigDecimal(value.toString());
    } catch (NumberFormatException e) {
      note(path, "type", path + " is " + value + " (a " + value.getClass().getName() + "), which is not a number JSON can carry");
      return null;
    }
  }

  /**
   * A link as a URI.
   *
   * @param value the text the chain was given, or null
   * @param path where it goes
   * @return the URI, or null when absent or not a URI (then a problem is noted)
   */
  public URI uri(Object value, String path) {
    if (value == null) {
      return null;
    }
    try {
      return new URI((String) value);
    } catch (URISyntaxException e) {
      note(path, "type", path + " is not a URI (" + e.getReason() + " at index " + e.getIndex()
          + "): \"" + value + "\"; give a link such as https://example.com/path");
      return null;
    }
  }

  /**
   * A Live Activity type from its wire name, as the generated entry methods fix it.
   *
   * @param value the wire name, or null
   * @param path where it goes
   * @return the type, or null when absent
   */
  public LiveActivityType liveActivityType(Object value, String path) {
    if (value == null) {
      return null;
    }
    for (LiveActivityType type : LiveActivityType.values()) {
      if (value.equals(type.wireValue())) {
        return type;
      }
    }
    throw new IllegalStateException(path + " is " + value + ", which no generated type is; the DSL and the model disagree");
  }

  /**
   * A content value (progress, value type): a number or a text.
   *
   * @param value a {@link Number} or a {@link String}, or null
   * @param path where it goes
   * @return the value, or null when absent or not a number JSON can carry
   */
  public LiveActivityValue liveActivityValue(Object value, String path) {
    if (value == null) {
      return null;
    }
    if (value instanceof String text) {
      return LiveActivityValue.of(text);
    }
    BigDecimal number = bigDecimal(value, path);
    return number == null ? null : LiveActivityValue.of(number);
  }

  // ---- the DSL's value classes

  /**
   * A color.
   *
   * @param value a {@link Color}, or null
   * @param path where it goes
   * @return the model's color, or null when absent
   */
  public LiveActivityColor liveActivityColor(Object value, String path) {
    return value == null ? null : color((Color) value);
  }

  /**
   * A list of colors.
   *
   * @param value a list of {@link Color}s, or null
   * @param path where it goes
   * @return the model's colors, or null when absent
   */
  public List<LiveActivityColor> liveActivityColors(Object value, String path) {
    if (value == null) {
      return null;
    }
    List<?> in = (List<?>) value;
    List<LiveActivityColor> out = new ArrayList<>(in.size());
    for (Object item : in) {
      out.add(color((Color) item));
    }
    return out;
  }

  /**
   * An icon.
   *
   * @param value an {@link Icon}, or null
   * @param path where it goes
   * @return the model's icon, or null when absent
   */
  public LiveActivityIcon liveActivityIcon(Object value, String path) {
    if (value == null) {
      return null;
    }
    Icon icon = (Icon) value;
    return new LiveActivityIcon(icon.symbol(), icon.color() == null ? null : color(icon.color()));
  }

  /**
   * A badge.
   *
   * @param value a {@link Badge}, or null
   * @param path where it goes
   * @return the model's badge, or null when absent
   */
  public LiveActivityBadge liveActivityBadge(Object value, String path) {
    if (value == null) {
      return null;
    }
    Badge badge = (Badge) value;
    return new LiveActivityBadge(badge.title(), badge.color() == null ? null : color(badge.color()));
  }

  /**
   * Metrics, in order.
   *
   * @param value a list of {@link Metric}s, or null
   * @param path where it goes
   * @return the model's metrics, or null when absent
   */
  public List<ActivityMetric> activityMetrics(Object value, String path) {
    if (value == null) {
      return null;
    }
    List<?> in = (List<?>) value;
    List<ActivityMetric> out = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      Metric metric = (Metric) in.get(i);
      MetricValue v;
      if (metric.value() instanceof String text) {
        v = MetricValue.of(text);
      } else {
        BigDecimal number = bigDecimal(metric.value(), path + "[" + i + "].value");
        v = number == null ? null : MetricValue.of(number);
      }
      out.add(new ActivityMetric(metric.label(), v, metric.unit(), metric.color() == null ? null : color(metric.color())));
    }
    return out;
  }

  /**
   * A Live Activity's button.
   *
   * @param value an {@link OpenUrl} or a {@link Webhook}, or null
   * @param path where it goes
   * @return the model's action, or null when absent
   */
  public LiveActivityAction liveActivityAction(Object value, String path) {
    if (value == null) {
      return null;
    }
    if (value instanceof Webhook hook) {
      return new LiveActivityAction(hook.title(), ActionType.WEBHOOK, uri(hook.url(), path + ".url"), method(hook),
          hook.body());
    }
    OpenUrl open = (OpenUrl) value;
    return new LiveActivityAction(open.title(), ActionType.OPEN_URL, uri(open.url(), path + ".url"), null, null);
  }

  /**
   * A push notification's buttons, in order.
   *
   * @param value a list of {@link OpenUrl}s and {@link Webhook}s, or null
   * @param path where it goes
   * @return the model's actions, or null when absent
   */
  public List<PushNotificationAction> pushNotificationActions(Object value, String path) {
    if (value == null) {
      return null;
    }
    List<?> in = (List<?>) value;
    List<PushNotificationAction> out = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      String at = path + "[" + i + "].url";
      if (in.get(i) instanceof Webhook hook) {
        out.add(new PushNotificationAction(hook.title(), ActionType.WEBHOOK, uri(hook.url(), at), method(hook), hook.body()));
      } else {
        OpenUrl open = (OpenUrl) in.get(i);
        out.add(new PushNotificationAction(open.title(), ActionType.OPEN_URL, uri(open.url(), at), null, null));
      }
    }
    return out;
  }

  /**
   * Metadata entries, in the order they were added.
   *
   * @param value a {@link Metadata} or an empty map (which clears what the service stored), or null
   * @param path where it goes
   * @return the model's entries, or null when absent
   */
  public Map<String, MetadataValue> metadataValues(Object value, String path) {
    if (value == null) {
      return null;
    }
    Map<String, Object> in = value instanceof Metadata metadata ? metadata.asMap() : Map.of();
    Map<String, MetadataValue> out = new LinkedHashMap<>(in.size() * 2);
    in.forEach((key, v) -> {
      if (v instanceof String text) {
        out.put(key, MetadataValue.of(text));
      } else if (v instanceof Boolean flag) {
        out.put(key, MetadataValue.of(flag));
      } else {
        BigDecimal number = bigDecimal(v, path + "." + key);
        if (number != null) {
          out.put(key, MetadataValue.of(number));
        }
      }
    });
    return out;
  }

  private static LiveActivityColor color(Color color) {
    return COLORS[color.ordinal()];
  }

  private static final LiveActivityColor[] COLORS = colors();

  private static LiveActivityColor[] colors() {
    Color[] dsl = Color.values();
    LiveActivityColor[] out = new LiveActivityColor[dsl.length];
    for (Color c : dsl) {
      for (LiveActivityColor m : LiveActivityColor.values()) {
        if (c.wireName().equals(m.wireValue())) {
          out[c.ordinal()] = m;
        }
      }
      if (out[c.ordinal()] == null) {
        throw new IllegalStateException("the model has no color " + c.wireName() + "; the DSL and the spec disagree");
      }
    }
    return out;
  }

  private static WebhookMethod method(Webhook hook) {
    if (hook.method() == null) {
      return null;
    }
    return hook.method().equals("GET") ? WebhookMethod.GET : WebhookMethod.POST;
  }

  private void note(String path, String rule, String message) {
    if (violations == null) {
      violations = new ArrayList<>(2);
    }
    violations.add(new Violation(path, rule, message));
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
}
