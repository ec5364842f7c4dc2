package com.activitysmith.checker;

import com.activitysmith.dsl.Action;
import com.activitysmith.dsl.Badge;
import com.activitysmith.dsl.Dsl;
import com.activitysmith.dsl.Icon;
import com.activitysmith.dsl.Metadata;
import com.activitysmith.dsl.Metric;
import com.activitysmith.dsl.OpenUrl;
import com.activitysmith.dsl.Webhook;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * Stand-ins for arguments whose value is unknown at compile time. Each type has two different
 * ones: a chain is evaluated with the first, and a violation that changes when the second is used
 * depends on the unknown value, so it is left to the run-time check.
 */
final class Neutrals {
  private Neutrals() {}

  private static final java.util.Set<Class<?>> NUMBERS = java.util.Set.of(int.class, Integer.class, long.class,
      Long.class, short.class, Short.class, byte.class, Byte.class, double.class, Double.class, float.class, Float.class);

  /**
   * The stand-in number {@code which} (0 or 1) for a value of {@code type}, or null when this
   * type has none; {@code element} is the element type of a collection or array, if known.
   */
  static @Nullable Object of(Class<?> type, @Nullable Class<?> element, int which) {
    int n = which + 1;
    if (NUMBERS.contains(type)) {
      return ChainModel.coerce(n, type); // 1 or 2, as the parameter's type
    }
    if (type == char.class || type == Character.class) {
      return (char) ('a' + which);
    }
    if (type == boolean.class || type == Boolean.class) {
      return which == 0;
    }
    if (type == String.class || type == CharSequence.class) {
      return which == 0 ? "a" : "b";
    }
    if (type == BigDecimal.class || type == Number.class) {
      return BigDecimal.valueOf(n);
    }
    if (type == Duration.class) {
      return Duration.ofSeconds(n);
    }
    if (type == Instant.class) {
      return Instant.ofEpochSecond(n);
    }
    if (type.isEnum()) {
      List<Object> known = new ArrayList<>();
      for (Object constant : type.getEnumConstants()) {
        if (!((Enum<?>) constant).name().equals("UNKNOWN")) {
          known.add(constant);
        }
      }
      return known.size() > which ? known.get(which) : null;
    }
    if (type == Metric.class) {
      return Dsl.metric(which == 0 ? "a" : "b", (long) n);
    }
    if (type == Action.class || type == OpenUrl.class) {
      return new OpenUrl(which == 0 ? "a" : "b", "https://" + (which == 0 ? "a" : "b") + ".example");
    }
    if (type == Webhook.class) {
      return Dsl.webhook(which == 0 ? "a" : "b", "https://" + (which == 0 ? "a" : "b") + ".example");
    }
    if (type == Icon.class) {
      return Dsl.icon(which == 0 ? "a" : "b");
    }
    if (type == Badge.class) {
      return Dsl.badge(which == 0 ? "a" : "b");
    }
    if (type == Metadata.class) {
      return which == 0 ? Metadata.empty() : Metadata.empty().and("a", "a");
    }
    if (type == Map.class) {
      return which == 0 ? Map.of() : Map.of("a", 1);
    }
    if (type.isArray()) {
      return array(type.getComponentType(), which);
    }
    if (element != null && (type == List.class || type == Collection.class || type == Iterable.class || type == Set.class)) {
      Object first = of(element, null, 0);
      Object second = of(element, null, 1);
      if (first == null || second == null) {
        return null;
      }
      return which == 0 ? (type == Set.class ? Set.of(first) : List.of(first))
          : (type == Set.class ? Set.of(first, second) : List.of(first, second));
    }
    return null;
  }

  private static @Nullable Object array(Class<?> component, int which) {
    Object first = of(component, null, 0);
    Object second = of(component, null, 1);
    if (first == null || second == null) {
      return null;
    }
    Object array = Array.newInstance(component, which + 1);
    Array.set(array, 0, first);
    if (which == 1) {
      Array.set(array, 1, second);
    }
    return array;
  }
}
