package com.activitysmith.internal.call;

import com.activitysmith.generated.Required;
import com.squareup.moshi.Json;
import java.lang.reflect.InvocationTargetException;
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
  private static final Map<Class<?>, RecordComponent[]> REQUIRED = new ConcurrentHashMap<>();

  private ResponseCheck() {}

  /** The first problem found, such as {@code "$.devices_notified is required but missing"}, or null. */
  public static @Nullable String problem(Object answer) {
    return problem(answer, "$", 0);
  }

  private static @Nullable String problem(@Nullable Object value, String path, int depth) {
    if (value == null || depth > 16) {
      return null;
    }
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        String problem = problem(list.get(i), path + "[" + i + "]", depth + 1);
        if (problem != null) {
          return problem;
        }
      }
      return null;
    }
    Class<?> type = value.getClass();
    if (!type.isRecord()) {
      return null;
    }
    for (RecordComponent component : REQUIRED.computeIfAbsent(type, Class::getRecordComponents)) {
      Object field;
      try {
        field = component.getAccessor().invoke(value);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("Cannot read " + component + " of a generated model", e);
      }
      String fieldPath = path + "." + jsonName(component);
      if (field == null && component.isAnnotationPresent(Required.class)) {
        return fieldPath + " is required but missing";
      }
      String nested = problem(field, fieldPath, depth + 1);
      if (nested != null) {
        return nested;
      }
    }
    return null;
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
