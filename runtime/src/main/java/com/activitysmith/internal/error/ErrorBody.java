package com.activitysmith.internal.error;

import com.activitysmith.generated.JsonSupport;
import com.squareup.moshi.JsonAdapter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * The fields of an error response the client reads, parsed leniently: a body that is not a JSON
 * object (an HTML page, nothing, a truncated document) yields {@link #json()} false and no fields,
 * and a field of the wrong type reads as absent. Immutable.
 */
final class ErrorBody {
  private static final ErrorBody NOT_JSON = new ErrorBody(null);
  private static final JsonAdapter<Object> TREE = JsonSupport.moshi().adapter(Object.class);

  private final @Nullable Map<?, ?> fields;

  private ErrorBody(@Nullable Map<?, ?> fields) {
    this.fields = fields;
  }

  static ErrorBody parse(String text) {
    Object tree;
    try {
      tree = text.isBlank() ? null : TREE.fromJson(text);
    } catch (Exception | StackOverflowError e) {
      // Malformed, truncated or absurdly nested JSON reads as "not JSON"; the raw text still reaches
      // the exception.
      return NOT_JSON;
    }
    return tree instanceof Map<?, ?> map ? new ErrorBody(map) : NOT_JSON;
  }

  /** Whether the body was a JSON object. */
  boolean json() {
    return fields != null;
  }

  /** Whether the body has the field, whatever its value. */
  boolean has(String name) {
    return fields != null && fields.containsKey(name);
  }

  @Nullable String string(String name) {
    return fields != null && fields.get(name) instanceof String s ? s : null;
  }

  /** A whole number within int range, else null. */
  @Nullable Integer integer(String name) {
    return fields == null ? null : integer(fields.get(name));
  }

  /** The string elements of a list field (others, nulls included, are dropped), or null without the list. */
  @Nullable List<String> strings(String name) {
    if (fields == null || !(fields.get(name) instanceof List<?> list)) {
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

  /** A date-time inside a nested object ({@code trial_period.started_at}), or null. */
  @Nullable OffsetDateTime dateTime(String object, String name) {
    if (fields == null || !(fields.get(object) instanceof Map<?, ?> nested) || !(nested.get(name) instanceof String text)) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static @Nullable Integer integer(@Nullable Object value) {
    if (value instanceof Number n) {
      double d = n.doubleValue();
      if (d == Math.rint(d) && d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE) {
        return (int) d;
      }
    }
    return null;
  }
}
