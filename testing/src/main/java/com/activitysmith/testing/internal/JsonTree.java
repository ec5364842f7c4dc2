package com.activitysmith.testing.internal;

import com.activitysmith.generated.JsonSupport;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;

/**
 * JSON trees as the simulator keeps them: maps (in wire order), lists, strings, {@link BigDecimal}
 * numbers (exact, unlike Moshi's doubles), booleans and nulls.
 */
public final class JsonTree {
  private static final JsonAdapter<Object> WRITER = JsonSupport.moshi().adapter(Object.class).serializeNulls();
  private static final JsonAdapter<Object> PRETTY = WRITER.indent("  ");

  private JsonTree() {}

  /**
   * The most characters a JSON number may have. A double's longest exact decimal form is about
   * 770 significant digits; longer literals only cost time to read.
   */
  public static final int MAX_NUMBER_CHARS = 1100;

  /** The most decimal places a number may have: finer than a double can tell from zero (1074 places). */
  public static final int MAX_DECIMAL_PLACES = 1100;

  private static final BigDecimal LARGEST = new BigDecimal(Double.MAX_VALUE);

  /** Thrown when text is not one JSON value, or holds a number the service cannot read. */
  public static final class MalformedJsonException extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean syntax;

    MalformedJsonException(String message) {
      this(message, true);
    }

    MalformedJsonException(String message, boolean syntax) {
      super(message);
      this.syntax = syntax;
    }

    /** True when the text is not JSON; false when it is JSON with a number out of range. */
    public boolean syntax() {
      return syntax;
    }
  }

  /**
   * Reads one JSON value; numbers become {@link BigDecimal}. A number must be one a double can
   * hold in magnitude (at most about 1.8E308), with at most {@value #MAX_DECIMAL_PLACES} decimal
   * places and {@value #MAX_NUMBER_CHARS} characters, as the service reads numbers as doubles;
   * the rest is refused here so that nothing later expands a number such as {@code 1e999999999}
   * into a billion digits.
   */
  public static Object parse(String json) throws MalformedJsonException {
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
    try {
      Object value = read(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new MalformedJsonException("unexpected data after the JSON value at " + reader.getPath());
      }
      return value;
    } catch (OutOfRange e) {
      throw new MalformedJsonException(e.getMessage(), false);
    } catch (JsonEncodingException | JsonDataException e) {
      throw new MalformedJsonException(e.getMessage());
    } catch (IOException e) {
      throw new MalformedJsonException("the JSON ends early: " + e.getMessage());
    }
  }

  private static Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          if (map.containsKey(name)) {
            throw new JsonDataException("duplicate key " + name + " at " + reader.getPath());
          }
          map.put(name, read(reader));
        }
        reader.endObject();
        return map;
      }
      case BEGIN_ARRAY: {
        List<Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(read(reader));
        }
        reader.endArray();
        return list;
      }
      case STRING:
        return reader.nextString();
      case NUMBER:
        return number(reader);
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw new JsonDataException("expected a JSON value but was " + reader.peek() + " at " + reader.getPath());
    }
  }

  private static BigDecimal number(JsonReader reader) throws IOException {
    String path = reader.getPath();
    String text = reader.nextString();
    if (text.length() > MAX_NUMBER_CHARS) {
      throw new OutOfRange("the number at " + path + " has " + text.length() + " characters; at most "
          + MAX_NUMBER_CHARS + " are read");
    }
    BigDecimal n;
    try {
      n = new BigDecimal(text);
    } catch (NumberFormatException e) {
      // Moshi passes a few non-JSON forms in lenient mode only; say what was there.
      throw new JsonDataException("expected a number but was \"" + shortened(text) + "\" at " + path);
    }
    if (n.signum() != 0 && (long) n.precision() - n.scale() >= 309 && n.abs().compareTo(LARGEST) > 0) {
      throw new OutOfRange("the number " + shortened(text) + " at " + path
          + " is out of range: the service reads numbers up to about 1.8E308");
    }
    if (n.scale() > MAX_DECIMAL_PLACES) {
      throw new OutOfRange("the number " + shortened(text) + " at " + path + " has more than "
          + MAX_DECIMAL_PLACES + " decimal places, finer than the service reads");
    }
    return n;
  }

  private static String shortened(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }

  /** A number out of range; carried through Moshi's reader as an unchecked exception. */
  private static final class OutOfRange extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutOfRange(String message) {
      super(message, null, false, false);
    }
  }

  /** Writes a tree (or a value Moshi can write) as compact JSON, keeping explicit nulls. */
  public static String write(Object tree) {
    return WRITER.toJson(tree);
  }

  /** Writes a tree as indented JSON, for people to read. */
  public static String writePretty(Object tree) {
    return PRETTY.toJson(tree);
  }

  /** Converts a generated model record into a tree; absent components are left out. */
  public static Object toTree(Object model) {
    @SuppressWarnings("unchecked")
    JsonAdapter<Object> adapter = (JsonAdapter<Object>) JsonSupport.moshi().adapter(model.getClass());
    return normalize(adapter.toJsonValue(model));
  }

  /** Makes numbers {@link BigDecimal} and containers mutable copies. */
  private static Object normalize(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), normalize(v)));
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(normalize(v)));
      return out;
    }
    if (value instanceof BigDecimal) {
      return value;
    }
    if (value instanceof Number number) {
      return new BigDecimal(number.toString());
    }
    return value;
  }

  /** A deep, unmodifiable copy of a tree. */
  public static Object frozen(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), frozen(v)));
      return Collections.unmodifiableMap(out);
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(frozen(v)));
      return Collections.unmodifiableList(out);
    }
    return value;
  }

  /** A deep, mutable copy of a tree. */
  public static Object copy(Object value) {
    return normalize(value);
  }

  /** Whether two trees hold the same JSON value; numbers compare by value, so 1 equals 1.0. */
  public static boolean same(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (Map.Entry<?, ?> e : x.entrySet()) {
        if (!y.containsKey(e.getKey()) || !same(e.getValue(), y.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      Iterator<?> i = x.iterator();
      Iterator<?> j = y.iterator();
      while (i.hasNext()) {
        if (!same(i.next(), j.next())) {
          return false;
        }
      }
      return true;
    }
    return a == null ? b == null : a.equals(b);
  }

  /** The map under {@code key}, or null when absent or not an object. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    return value instanceof Map<?, ?> ? (Map<String, Object>) value : null;
  }

  /** The string under {@code key}, or null when absent or not a string. */
  public static String string(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    return value instanceof String s ? s : null;
  }

  /** The strings of the array under {@code key}, or null when absent or not an array of strings. */
  public static List<String> strings(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    if (!(value instanceof List<?> list)) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (Object item : list) {
      if (!(item instanceof String s)) {
        return null;
      }
      out.add(s);
    }
    return out;
  }
}
