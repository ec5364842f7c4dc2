package com.activitysmith.cli;

import com.activitysmith.generated.JsonSupport;
import com.squareup.moshi.Json;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.annotation.Nullable;

/**
 * Fits JSON trees from the command line to the generated request records: keys may be the spec's
 * snake_case names or the records' camelCase component names (both read from the records and their
 * {@code @Json} annotations), unknown keys and enum values the spec does not list are rejected,
 * then Moshi builds the record.
 */
final class RequestShape {
  private static final Pattern MOSHI_PATH = Pattern.compile("(.*) at (?:path )?\\$\\.?(\\S*)$", Pattern.DOTALL);
  private static final Map<Class<?>, Map<String, Field>> FIELDS = new ConcurrentHashMap<>();
  private static final Moshi MOSHI = JsonSupport.moshi().newBuilder().add(new ExactJsonValues()).build();

  private RequestShape() {}

  /**
   * Returns a copy of the value with every object key in the spec's spelling, checked against the
   * type the value is for.
   *
   * @param type the generated type at this place: a record, a list of them, an enum or a scalar
   * @param path the JSON path of the value in the request
   * @param sources which option gave which part of the request, for naming the flag in problems
   * @param problems where problems are added
   */
  static @Nullable Object normalize(Type type, @Nullable Object value, String path, FlagSources sources, List<Problem> problems) {
    if (value == null) {
      return null;
    }
    Class<?> raw = rawType(type);
    if (raw.isRecord()) {
      if (!(value instanceof Map<?, ?> map)) {
        problems.add(problem(sources, path, "type", "must be a JSON object but was " + describe(value)));
        return value;
      }
      Map<String, Field> fields = fields(raw);
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String key = String.valueOf(entry.getKey());
        Field field = fields.get(key);
        String childPath = path.isEmpty() ? key : path + "." + key;
        if (field == null) {
          problems.add(problem(sources, childPath, "additionalProperties", "unknown field \"" + key + "\""
              + (path.isEmpty() ? "" : " in " + path) + "; allowed: " + allowed(raw)));
          continue;
        }
        String fieldPath = path.isEmpty() ? field.jsonName : path + "." + field.jsonName;
        if (out.containsKey(field.jsonName)) {
          problems.add(problem(sources, fieldPath, "duplicate", "given twice (as " + field.jsonName + " and "
              + field.componentName + "); give it once"));
          continue;
        }
        out.put(field.jsonName, normalize(field.type, entry.getValue(), fieldPath, sources, problems));
      }
      return out;
    }
    if (raw == List.class && type instanceof ParameterizedType p) {
      if (!(value instanceof List<?> list)) {
        problems.add(problem(sources, path, "type", "must be a JSON array but was " + describe(value)));
        return value;
      }
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        out.add(normalize(p.getActualTypeArguments()[0], list.get(i), path + "[" + i + "]", sources, problems));
      }
      return out;
    }
    if ((Number.class.isAssignableFrom(raw) || isPrimitiveNumber(raw)) && !(value instanceof Number)) {
      problems.add(problem(sources, path, "type", "must be a number but was " + describe(value)));
      return value;
    }
    if ((raw == Boolean.class || raw == boolean.class) && !(value instanceof Boolean)) {
      problems.add(problem(sources, path, "type", "must be true or false but was " + describe(value)));
      return value;
    }
    if (raw == String.class && !(value instanceof String)) {
      problems.add(problem(sources, path, "type", "must be a string but was " + describe(value)));
      return value;
    }
    if (raw.isEnum()) {
      List<String> names = enumNames(raw);
      if (!(value instanceof String text) || !names.contains(text)) {
        problems.add(problem(sources, path, "enum", "must be one of " + String.join(", ", names)
            + " but was " + describe(value)));
      }
    }
    return value;
  }

  /**
   * Normalizes a whole request body and builds the record.
   *
   * @throws InvalidInputException for every problem found; nothing is built
   */
  static <T> T decode(Class<T> type, Map<String, Object> body, FlagSources sources) {
    List<Problem> problems = new ArrayList<>();
    Object normalized = normalize(type, body, "", sources, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    try {
      T decoded = MOSHI.adapter(type).fromJsonValue(normalized);
      if (decoded == null) {
        throw new IllegalStateException("decoded " + type.getSimpleName() + " is null");
      }
      return decoded;
    } catch (JsonDataException | IllegalArgumentException e) {
      String message = String.valueOf(e.getMessage());
      Matcher m = MOSHI_PATH.matcher(message);
      String path = m.matches() ? m.group(2) : "";
      String what = m.matches() ? m.group(1) : message;
      throw new InvalidInputException(problem(sources, path, "type", what));
    }
  }

  /** Both spellings of every field of a record, mapped to the field. */
  static Map<String, Field> fields(Class<?> record) {
    return FIELDS.computeIfAbsent(record, r -> {
      Map<String, Field> map = new LinkedHashMap<>();
      for (RecordComponent c : r.getRecordComponents()) {
        Json json = c.getAnnotation(Json.class);
        if (json == null) {
          json = c.getAccessor().getAnnotation(Json.class);
        }
        String jsonName = json != null ? json.name() : c.getName();
        Field field = new Field(jsonName, c.getName(), c.getGenericType());
        map.put(jsonName, field);
        map.putIfAbsent(c.getName(), field);
      }
      return Map.copyOf(map);
    });
  }

  private static String allowed(Class<?> record) {
    return Arrays.stream(record.getRecordComponents())
        .map(c -> fields(record).get(c.getName()).jsonName)
        .collect(Collectors.joining(", "));
  }

  static List<String> enumNames(Class<?> enumType) {
    List<String> names = new ArrayList<>();
    for (java.lang.reflect.Field constant : enumType.getFields()) {
      if (!constant.isEnumConstant() || constant.getName().equals("UNKNOWN")) {
        continue;
      }
      Json json = constant.getAnnotation(Json.class);
      names.add(json != null ? json.name() : constant.getName());
    }
    return names;
  }

  private static Problem problem(FlagSources sources, String path, String rule, String message) {
    return new Problem(sources.flagFor(path), path, rule, message);
  }

  private static String describe(Object value) {
    if (value instanceof String s) {
      return "\"" + s + "\"";
    }
    if (value instanceof Map) {
      return "an object";
    }
    if (value instanceof List) {
      return "an array";
    }
    return String.valueOf(value);
  }

  private static boolean isPrimitiveNumber(Class<?> raw) {
    return raw == int.class || raw == long.class || raw == double.class;
  }

  private static Class<?> rawType(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }

  /** One record component: its JSON name, its Java name and its type. */
  record Field(String jsonName, String componentName, Type type) {}
}
