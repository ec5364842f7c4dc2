package com.activitysmith.testing.internal;

import com.activitysmith.testing.Endpoint;
import java.util.List;
import javax.annotation.Nullable;

/**
 * Checks requests against the API's rules; the simulator answers 400 with what this finds. The
 * one implementation reads the rules from the spec ({@link SpecRequestValidator}).
 */
public interface RequestValidator {
  /** One problem: the JSON path of the offending field and what is wrong with it. */
  record Problem(String path, String message) {
    @Override
    public String toString() {
      String where = path.isEmpty() ? "body" : path;
      // Some messages already start with the field's name; do not say it twice.
      return message.startsWith(where + " ") ? message : where + ": " + message;
    }
  }

  /**
   * Checks a request body.
   *
   * @param body the parsed body (see {@link JsonTree}); null for a DELETE without one
   * @param knownType the type of the Live Activity the request is for, when the simulator knows
   *     it and the body may omit it (update, end, a stream with a running activity); else null
   * @param startsActivity whether this stream PUT starts a new Live Activity, so it must meet the
   *     start rules (a {@code type}, and the type's start requirements)
   */
  List<Problem> validateBody(Endpoint operation, @Nullable Object body, @Nullable String knownType, boolean startsActivity);

  /** Checks a path parameter ({@code stream_key} or the metric {@code key}). */
  List<Problem> validatePathParameter(Endpoint operation, String name, String value);
}
