package com.activitysmith.testing.internal;

import com.activitysmith.exception.Violation;
import com.activitysmith.generated.ApiOperation;
import com.activitysmith.generated.model.ContentStateStart;
import com.activitysmith.generated.model.StreamContentState;
import com.activitysmith.generated.validation.RequestRules;
import com.activitysmith.testing.Endpoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * Validates with the rules compiled from the spec, as the client does: the body is read strictly
 * into its generated record ({@link RecordReader}: unknown fields, wrong types), then checked by
 * {@link RequestRules}.
 */
public final class SpecRequestValidator implements RequestValidator {
  /** Content-state fields a stream accepts that a start does not (its dismissal options). */
  private static final Set<String> STREAM_ONLY;

  static {
    Set<String> streamOnly = new LinkedHashSet<>(RecordReader.wireNames(StreamContentState.class));
    streamOnly.removeAll(RecordReader.wireNames(ContentStateStart.class));
    STREAM_ONLY = Set.copyOf(streamOnly);
  }

  @Override
  public List<Problem> validateBody(Endpoint operation, @Nullable Object body, @Nullable String knownType,
      boolean startsActivity) {
    if (body == null) {
      return List.of();
    }
    Class<?> type = ApiOperation.of(operation.operationId()).bodyType();
    if (type == null) {
      return List.of(new Problem("", "this operation takes no request body"));
    }
    List<Problem> problems = new ArrayList<>();
    Object record = RecordReader.read(body, type, "", problems);
    if (record == null) {
      return List.copyOf(problems);
    }
    Set<Violation> violations = new LinkedHashSet<>(RequestRules.validate(operation.operationId(), record, knownType));
    if (startsActivity && body instanceof Map<?, ?> map && map.get("content_state") instanceof Map<?, ?> state) {
      // A stream PUT that starts an activity must also meet the start rules; the stream-only
      // dismissal options are not part of the start schema, so they are set aside for this check.
      Map<String, Object> asStart = new LinkedHashMap<>();
      state.forEach((k, v) -> {
        if (!STREAM_ONLY.contains(String.valueOf(k))) {
          asStart.put(String.valueOf(k), v);
        }
      });
      ContentStateStart start = RecordReader.read(asStart, ContentStateStart.class, "content_state", problems);
      if (start != null) {
        violations.addAll(RequestRules.validateContentStateStart(start, null));
      }
    }
    return toProblems(problems, violations);
  }

  @Override
  public List<Problem> validatePathParameter(Endpoint operation, String name, String value) {
    return toProblems(List.of(), RequestRules.validatePathParameter(operation.operationId(), name, value));
  }

  private static List<Problem> toProblems(List<Problem> read, Iterable<Violation> violations) {
    List<Problem> out = new ArrayList<>(read);
    Set<String> seen = new LinkedHashSet<>();
    for (Violation v : violations) {
      if (seen.add(v.path() + "\u0000" + v.message())) {
        out.add(new Problem(v.path(), v.message()));
      }
    }
    return List.copyOf(out);
  }
}
