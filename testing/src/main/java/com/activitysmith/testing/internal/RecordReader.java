package com.activitysmith.testing.internal;

import com.activitysmith.generated.validation.RequestRules;
import com.activitysmith.testing.internal.RequestValidator.Problem;
import com.squareup.moshi.Json;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.annotation.Nullable;

/**
 * Reads a parsed JSON body ({@link JsonTree}) into a generated request record strictly: a name the
 * record has no field for, a value of the wrong JSON type, an enum value the spec does not list, a
 * malformed URI or date-time, each is a problem at its JSON path. Unlike Moshi, it reports every
 * problem rather than the first, and never widens or rounds a number.
 */
public final class RecordReader {
  private static final Map<Class<?>, Map<String, RecordComponent>> COMPONENTS = new ConcurrentHashMap<>();

  private RecordReader() {}

  /** The record, or null when there were problems (then added to {@code problems}). */
  public static <T> @Nullable T read(Object tree, Class<T> type, String path, List<Problem> problems) {
    int before = problems.size();
    Object value = value(tree, type, path, problems);
    return problems.size() == before ? type.cast(value) : null;
  }

  /** The wire names of a record's components, in declaration order. */
  public static List<String> wireNames(Class<?> recordType) {
    return List.copyOf(components(recordType).keySet());
  }

  private static @Nullable Object value(@Nullable Object tree, Type type, String path, List<Problem> problems) {
    Class<?> raw = raw(type);
    if (tree == null) {
      problems.add(new Problem(path, "is null; leave the field out instead"));
      return null;
    }
    if (raw == String.class) {
      return expect(tree, String.class, "a string", path, problems);
    }
    if (raw == Boolean.class) {
      return expect(tree, Boolean.class, "a boolean", path, problems);
    }
    if (raw == BigDecimal.class) {
      return expect(tree, BigDecimal.class, "a number", path, problems);
    }
    if (raw == Integer.class || raw == Long.class) {
      return integer(tree, raw == Integer.class, path, problems);
    }
    if (raw == URI.class) {
      String text = (String) expect(tree, String.class, "a URI string", path, problems);
      if (text == null) {
        return null;
      }
      try {
        return new URI(text);
      } catch (URISyntaxException e) {
        problems.add(new Problem(path, "is not a URI: " + e.getReason()));
        return null;
      }
    }
    if (raw == OffsetDateTime.class) {
      String text = (String) expect(tree, String.class, "a date-time string", path, problems);
      if (text == null) {
        return null;
      }
      try {
        return OffsetDateTime.parse(text);
      } catch (DateTimeParseException e) {
        problems.add(new Problem(path, "is not an RFC 3339 date-time"));
        return null;
      }
    }
    if (raw.isSealed() && raw.isInterface()) {
      return scalarUnion(tree, raw, path, problems);
    }
    if (raw.isEnum()) {
      return enumValue(tree, raw, path, problems);
    }
    if (raw == List.class) {
      if (!(tree instanceof List<?> list)) {
        problems.add(new Problem(path, "must be an array but was " + kind(tree)));
        return null;
      }
      Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
      List<Object> out = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        out.add(value(list.get(i), item, path + "[" + i + "]", problems));
      }
      return out;
    }
    if (raw == Map.class) {
      if (!(tree instanceof Map<?, ?>)) {
        problems.add(new Problem(path, "must be an object but was " + kind(tree)));
        return null;
      }
      Type valueType = type instanceof ParameterizedType p ? p.getActualTypeArguments()[1] : Object.class;
      if (valueType == Object.class) {
        return tree; // free-form JSON, checked by the generated rules
      }
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) tree).entrySet()) {
        String key = String.valueOf(e.getKey());
        out.put(key, value(e.getValue(), valueType, at(path, key), problems));
      }
      return out;
    }
    if (raw.isRecord()) {
      return record(tree, raw, path, problems);
    }
    throw new IllegalStateException("no JSON reading for " + type);
  }

  private static @Nullable Object record(Object tree, Class<?> type, String path, List<Problem> problems) {
    if (!(tree instanceof Map<?, ?> map)) {
      problems.add(new Problem(path, "must be an object but was " + kind(tree)));
      return null;
    }
    Map<String, RecordComponent> components = components(type);
    for (Object key : map.keySet()) {
      if (!components.containsKey(String.valueOf(key))) {
        problems.add(new Problem(at(path, String.valueOf(key)), "is not a field here; known: "
            + String.join(", ", components.keySet())));
      }
    }
    Object[] args = new Object[components.size()];
    Class<?>[] types = new Class<?>[components.size()];
    int i = 0;
    for (Map.Entry<String, RecordComponent> c : components.entrySet()) {
      types[i] = c.getValue().getType();
      Object v = map.get(c.getKey());
      Type componentType = c.getValue().getGenericType();
      if (v instanceof BigDecimal number && (componentType == Integer.class || componentType == Long.class)) {
        args[i++] = beyondRange(number, componentType == Integer.class, type, c.getKey());
        if (args[i - 1] != null) {
          continue;
        }
        i--;
      }
      args[i++] = map.containsKey(c.getKey()) ? value(v, componentType, at(path, c.getKey()), problems) : null;
    }
    try {
      Constructor<?> constructor = type.getDeclaredConstructor(types);
      return constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      problems.add(new Problem(path, "cannot be read: " + e.getCause().getMessage()));
      return null;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getName(), e);
    }
  }

  /**
   * The nearest value the record's type holds, for a whole number beyond its range in a direction
   * where the spec sets no limit (the JSON is valid; the simulator keeps the raw body anyway); else
   * null, and the value is read as usual.
   */
  private static @Nullable Object beyondRange(BigDecimal number, boolean isInt, Class<?> record, String field) {
    boolean whole = number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    BigDecimal max = isInt ? BigDecimal.valueOf(Integer.MAX_VALUE) : BigDecimal.valueOf(Long.MAX_VALUE);
    BigDecimal min = isInt ? BigDecimal.valueOf(Integer.MIN_VALUE) : BigDecimal.valueOf(Long.MIN_VALUE);
    if (!whole) {
      return null;
    }
    if (number.compareTo(max) > 0 && RequestRules.integerUnbounded(record.getSimpleName(), field, true)) {
      return isInt ? (Object) Integer.MAX_VALUE : (Object) Long.MAX_VALUE;
    }
    if (number.compareTo(min) < 0 && RequestRules.integerUnbounded(record.getSimpleName(), field, false)) {
      return isInt ? (Object) Integer.MIN_VALUE : (Object) Long.MIN_VALUE;
    }
    return null;
  }

  /**
   * A scalar union of the generated model (a sealed interface such as {@code MetricValue} or
   * {@code MetadataValue}): read through its static {@code of} factory for the JSON value's kind.
   */
  private static @Nullable Object scalarUnion(Object tree, Class<?> type, String path, List<Problem> problems) {
    Class<?> parameter = tree instanceof BigDecimal ? BigDecimal.class
        : tree instanceof String ? String.class
        : tree instanceof Boolean ? boolean.class
        : null;
    List<String> kinds = new ArrayList<>();
    for (java.lang.reflect.Method m : type.getDeclaredMethods()) {
      if (m.getName().equals("of") && java.lang.reflect.Modifier.isStatic(m.getModifiers())
          && m.getParameterCount() == 1) {
        Class<?> p = m.getParameterTypes()[0];
        if (p == BigDecimal.class) {
          kinds.add("a number");
        } else if (p == String.class) {
          kinds.add("a string");
        } else if (p == boolean.class) {
          kinds.add("a boolean");
        }
      }
    }
    if (parameter != null) {
      try {
        java.lang.reflect.Method of = type.getDeclaredMethod("of", parameter);
        return of.invoke(null, tree);
      } catch (NoSuchMethodException e) {
        // not one of this union's kinds: reported below
      } catch (InvocationTargetException e) {
        problems.add(new Problem(path, "cannot be read: " + e.getCause().getMessage()));
        return null;
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot read " + type.getName(), e);
      }
    }
    kinds.sort(java.util.Comparator.comparingInt(k -> List.of("a number", "a string", "a boolean").indexOf(k)));
    String choices = kinds.size() <= 2 ? String.join(" or ", kinds)
        : String.join(", ", kinds.subList(0, kinds.size() - 1)) + " or " + kinds.get(kinds.size() - 1);
    problems.add(new Problem(path, "must be " + choices + " but was " + kind(tree)));
    return null;
  }

  private static @Nullable Object integer(Object tree, boolean isInt, String path, List<Problem> problems) {
    if (!(tree instanceof BigDecimal number)) {
      problems.add(new Problem(path, "must be an integer but was " + kind(tree)));
      return null;
    }
    // Judge the size from precision and scale, so 1e999999999 is never expanded.
    long digitsBeforePoint = (long) number.precision() - number.scale();
    boolean whole = number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    if (!whole) {
      problems.add(new Problem(path, "must be an integer but was " + number));
      return null;
    }
    if (digitsBeforePoint > 19) {
      problems.add(new Problem(path, "is " + number + ", beyond what the API accepts"));
      return null;
    }
    try {
      return isInt ? (Object) number.intValueExact() : (Object) number.longValueExact();
    } catch (ArithmeticException e) {
      problems.add(new Problem(path, "is " + number.toPlainString() + ", beyond what the API accepts"));
      return null;
    }
  }

  private static @Nullable Object enumValue(Object tree, Class<?> type, String path, List<Problem> problems) {
    String text = (String) expect(tree, String.class, "a string", path, problems);
    if (text == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (Field f : type.getFields()) {
      Json json = f.getAnnotation(Json.class);
      if (f.isEnumConstant() && json != null) {
        if (json.name().equals(text)) {
          try {
            return f.get(null);
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
        names.add(json.name());
      }
    }
    problems.add(new Problem(path, "\"" + text + "\" is not one of " + String.join(", ", names)));
    return null;
  }

  private static @Nullable Object expect(Object tree, Class<?> type, String what, String path, List<Problem> problems) {
    if (type.isInstance(tree)) {
      return tree;
    }
    problems.add(new Problem(path, "must be " + what + " but was " + kind(tree)));
    return null;
  }

  private static Map<String, RecordComponent> components(Class<?> type) {
    return COMPONENTS.computeIfAbsent(type, t -> {
      Map<String, RecordComponent> out = new LinkedHashMap<>();
      for (RecordComponent c : t.getRecordComponents()) {
        Json json = c.getAnnotation(Json.class);
        if (json == null) {
          try {
            json = t.getDeclaredField(c.getName()).getAnnotation(Json.class);
          } catch (NoSuchFieldException e) {
            json = null;
          }
        }
        out.put(json == null ? c.getName() : json.name(), c);
      }
      return out;
    });
  }

  private static Class<?> raw(Type type) {
    return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
  }

  private static String at(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static String kind(Object tree) {
    if (tree instanceof Map) {
      return "an object";
    }
    if (tree instanceof List) {
      return "an array";
    }
    if (tree instanceof String) {
      return "a string";
    }
    if (tree instanceof BigDecimal) {
      return "a number";
    }
    if (tree instanceof Boolean) {
      return "a boolean";
    }
    return tree.getClass().getSimpleName();
  }
}
