package com.activitysmith.internal.call;

import com.activitysmith.generated.Required;
import com.squareup.moshi.Json;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.annotation.Nullable;

/**
 * Checks that a decoded answer has every field its schema requires, as the generator marked them
 * ({@link Required} on the record component): a success that lacks one (an empty {@code {}}, a
 * proxy's {@code {"success":false}}) breaks the spec and must not read as a result of defaults.
 * Nested records are checked too, with their JSON path. Thread-safe.
 */
public final class ResponseCheck {
  /** Per record class, its components as read here: accessor, JSON name, whether required. */
  private static final Map<Class<?>, Slot[]> SLOTS = new ConcurrentHashMap<>();

  private record Slot(Method accessor, String jsonName, boolean required) {}

  private ResponseCheck() {}

  /** The first problem found, such as {@code "$.devices_notified is required but missing"}, or null. */
  public static @Nullable String problem(Object answer) {
    String missing = missing(answer, 0);
    return missing == null ? null : "$" + missing + " is required but missing";
  }

  /** The path below {@code value} of the first required field missing, or null; built only then. */
  private static @Nullable String missing(@Nullable Object value, int depth) {
    if (value == null || depth > 16) {
      return null;
    }
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        String missing = missing(list.get(i), depth + 1);
        if (missing != null) {
          return "[" + i + "]" + missing;
        }
      }
      return null;
    }
    Class<?> type = value.getClass();
    if (!type.isRecord()) {
      return null;
    }
    for (Slot slot : SLOTS.computeIfAbsent(type, ResponseCheck::slots)) {
      Object field;
      try {
        field = slot.accessor().invoke(value);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("Cannot read " + slot.accessor() + " of a generated model", e);
      }
      if (field == null && slot.required()) {
        return "." + slot.jsonName();
      }
      String missing = missing(field, depth + 1);
      if (missing != null) {
        return "." + slot.jsonName() + missing;
      }
    }
    return null;
  }

  private static Slot[] slots(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    Slot[] slots = new Slot[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      slots[i] = new Slot(c.getAccessor(), jsonName(c), c.isAnnotationPresent(Required.class));
    }
    return slots;
  }

  private static String jsonName(RecordComponent component) {
    // Moshi's @Json lands on the record's field, not on the component.
    try {
      Json json = component.getDeclaringRecord().getDeclaredField(component.getName()).getAnnotation(Json.class);
      return json != null ? json.name() : component.getName();
    } catch (NoSuchFieldException e) {
      return component.getName();
    }
  }
}
