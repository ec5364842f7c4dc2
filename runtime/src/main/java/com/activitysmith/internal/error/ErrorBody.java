package com.activitysmith.internal.error;

import com.activitysmith.generated.JsonSupport;
import com.squareup.moshi.JsonAdapter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * The fields of an error response the client reads, parsed leniently: a body that is not a JSON
 * object (an HTML page, nothing, a truncated document) yields {@link #json()} false and no fields.
 */
record ErrorBody(boolean json, @Nullable String error, @Nullable String message, @Nullable Integer limit,
    @Nullable Integer active, @Nullable List<String> effectiveChannelSlugs) {
  private static final ErrorBody NOT_JSON = new ErrorBody(false, null, null, null, null, null);
  private static final JsonAdapter<Object> TREE = JsonSupport.moshi().adapter(Object.class);

  static ErrorBody parse(String text) {
    Object tree;
    try {
      tree = text.isBlank() ? null : TREE.fromJson(text);
    } catch (IOException | RuntimeException e) {
      // Malformed or truncated JSON reads as "not JSON"; the raw text still reaches the exception.
      return NOT_JSON;
    }
    if (!(tree instanceof Map<?, ?> map)) {
      return NOT_JSON;
    }
    return new ErrorBody(true, string(map.get("error")), string(map.get("message")), integer(map.get("limit")),
        integer(map.get("active")), strings(map.get("effective_channel_slugs")));
  }

  /** Whether the body carries the concurrent Live Activity limit's fields. */
  boolean isActivityLimit() {
    return limit != null || active != null;
  }

  private static @Nullable String string(@Nullable Object value) {
    return value instanceof String s ? s : null;
  }

  private static @Nullable Integer integer(@Nullable Object value) {
    return value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) ? n.intValue() : null;
  }

  private static @Nullable List<String> strings(@Nullable Object value) {
    if (!(value instanceof List<?> list)) {
      return null;
    }
    List<String> strings = new ArrayList<>();
    for (Object item : list) {
      if (item instanceof String s) {
        strings.add(s);
      }
    }
    return List.copyOf(strings);
  }
}
