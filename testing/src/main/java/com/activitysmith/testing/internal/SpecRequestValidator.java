package com.activitysmith.testing.internal;

import com.activitysmith.rules.ApiRules;
import com.activitysmith.rules.Phase;
import com.activitysmith.rules.Violation;
import com.activitysmith.testing.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.Nullable;

/** Validates with the rules read from the spec ({@link ApiRules}): its schemas and per-type rules. */
public final class SpecRequestValidator implements RequestValidator {
  private final ApiRules rules;

  /** Validates with these rules, normally {@link ApiRules#fromSpec()}. */
  public SpecRequestValidator(ApiRules rules) {
    this.rules = rules;
  }

  @Override
  public List<Problem> validateBody(Operation operation, @Nullable Object body, @Nullable String knownType,
      boolean startsActivity) {
    if (body == null) {
      return List.of();
    }
    Object checked = withKnownType(body, knownType);
    Set<Violation> violations = new LinkedHashSet<>(rules.validate(operation.operationId(), checked));
    if (startsActivity && body instanceof Map<?, ?> map && map.get("content_state") instanceof Map<?, ?> state) {
      // A stream PUT that starts an activity must also meet the start rules; the stream-only
      // dismissal options are not part of the start schema, so they are set aside for this check.
      Map<String, Object> asStart = new LinkedHashMap<>();
      List<String> streamOnly = new ArrayList<>(rules.liveActivities().phaseOptions(Phase.STREAM));
      streamOnly.removeAll(rules.liveActivities().phaseOptions(Phase.START));
      state.forEach((k, v) -> {
        if (!streamOnly.contains(String.valueOf(k))) {
          asStart.put(String.valueOf(k), v);
        }
      });
      violations.addAll(rules.validateContentState(Phase.START, asStart));
    }
    return toProblems(violations);
  }

  @Override
  public List<Problem> validatePathParameter(Operation operation, String name, String value) {
    return toProblems(rules.validatePathParameter(operation.operationId(), name, value));
  }

  /** The body with {@code content_state.type} filled in from the activity when the body omits it. */
  @SuppressWarnings("unchecked")
  private static Object withKnownType(Object body, @Nullable String knownType) {
    if (knownType == null || !(body instanceof Map<?, ?> map) || !(map.get("content_state") instanceof Map<?, ?> state)
        || state.containsKey("type")) {
      return body;
    }
    Map<String, Object> typedState = new LinkedHashMap<>((Map<String, Object>) state);
    typedState.put("type", knownType);
    Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
    copy.put("content_state", typedState);
    return copy;
  }

  private static List<Problem> toProblems(Iterable<Violation> violations) {
    List<Problem> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Violation v : violations) {
      if (seen.add(v.path() + "\u0000" + v.message())) {
        out.add(new Problem(v.path(), v.message()));
      }
    }
    return List.copyOf(out);
  }
}
