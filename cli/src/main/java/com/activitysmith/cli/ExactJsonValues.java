package com.activitysmith.cli;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * Reads free-form JSON ({@code Map<String, Object>} fields: an action's webhook body, push
 * payload, metadata) with numbers as exact {@link BigDecimal}s instead of Moshi's doubles, so that
 * {@code {"id": 7}} is sent as {@code 7}, not {@code 7.0}.
 */
final class ExactJsonValues implements JsonAdapter.Factory {
  @Override
  public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (type != Object.class || !annotations.isEmpty()) {
      return null;
    }
    JsonAdapter<Object> delegate = moshi.nextAdapter(this, Object.class, annotations);
    return new JsonAdapter<Object>() {
      @Override
      public @Nullable Object fromJson(JsonReader reader) throws IOException {
        switch (reader.peek()) {
          case NUMBER:
            return new BigDecimal(reader.nextString());
          case BEGIN_OBJECT: {
            Map<String, Object> map = new LinkedHashMap<>();
            reader.beginObject();
            while (reader.hasNext()) {
              map.put(reader.nextName(), fromJson(reader));
            }
            reader.endObject();
            return map;
          }
          case BEGIN_ARRAY: {
            List<Object> list = new ArrayList<>();
            reader.beginArray();
            while (reader.hasNext()) {
              list.add(fromJson(reader));
            }
            reader.endArray();
            return list;
          }
          default:
            return delegate.fromJson(reader);
        }
      }

      @Override
      public void toJson(JsonWriter writer, @Nullable Object value) throws IOException {
        delegate.toJson(writer, value);
      }
    };
  }
}
