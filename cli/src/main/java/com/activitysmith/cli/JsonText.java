package com.activitysmith.cli;

import com.activitysmith.generated.JsonSupport;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Nullable;
import okio.Buffer;

/**
 * Reads JSON given on the command line into plain maps, lists, strings, booleans and exact
 * {@link BigDecimal} numbers, and writes results back as JSON.
 */
final class JsonText {
  private static final JsonAdapter<Object> WRITER = JsonSupport.moshi().adapter(Object.class).serializeNulls();

  private JsonText() {}

  /**
   * Parses one JSON document.
   *
   * @param flag the option that carried it, named in errors
   * @param path where the document goes in the request, named in errors
   * @throws InvalidInputException if it is not JSON, has a duplicate key or trailing content
   */
  static @Nullable Object parse(String text, String flag, String path) {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(text))) {
      Object value = read(reader, flag, path);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw problem(flag, path, "has more after the JSON value ends at " + reader.getPath());
      }
      return value;
    } catch (JsonEncodingException e) {
      throw problem(flag, path, "is not valid JSON: " + e.getMessage());
    } catch (IOException e) {
      throw problem(flag, path, "is not valid JSON: " + e.getMessage());
    }
  }

  /** Writes a tree of maps, lists and scalars as one line of JSON. */
  static String write(@Nullable Object tree) {
    return WRITER.toJson(tree);
  }

  private static @Nullable Object read(JsonReader reader, String flag, String path) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          if (map.containsKey(name)) {
            throw problem(flag, path, "has the key \"" + name + "\" twice (at " + reader.getPath() + ")");
          }
          map.put(name, read(reader, flag, path));
        }
        reader.endObject();
        return map;
      }
      case BEGIN_ARRAY: {
        List<Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(read(reader, flag, path));
        }
        reader.endArray();
        return list;
      }
      case STRING:
        return reader.nextString();
      case NUMBER:
        return new BigDecimal(reader.nextString());
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw problem(flag, path, "is not valid JSON: unexpected " + reader.peek() + " at " + reader.getPath());
    }
  }

  private static InvalidInputException problem(String flag, String path, String message) {
    return new InvalidInputException(new Problem(flag, path, "json", "the JSON " + message));
  }
}
