package com.activitysmith.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * A request body under construction as a JSON tree, remembering which flag set each part. Flags
 * are applied after JSON documents, so a flag wins over the same field in {@code --content-state}.
 */
final class RequestBody {
  private final Map<String, Object> root = new LinkedHashMap<>();
  private final FlagSources sources;

  RequestBody(FlagSources sources) {
    this.sources = sources;
  }

  /** Sets the value at a dotted path ({@code content_state.icon.symbol}) if it is not null. */
  void put(String path, @Nullable Object value, String flag) {
    if (value == null) {
      return;
    }
    String[] parts = path.split("\\.");
    Map<String, Object> map = root;
    for (int i = 0; i < parts.length - 1; i++) {
      map = child(map, parts[i]);
    }
    map.put(parts[parts.length - 1], value);
    sources.record(path, flag);
  }

  /**
   * Merges a JSON object given for the record type at a path ({@code --content-state} for {@code
   * content_state}): its keys are put in the spec's spelling first, so later flags replace them.
   */
  void merge(String path, Class<?> recordType, JsonSources.Parsed document) {
    List<Problem> problems = new ArrayList<>();
    sources.record(path, document.flag());
    Object normalized = RequestShape.normalize(recordType, document.value(), path, sources, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (normalized == null) {
      return;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> fields = (Map<String, Object>) normalized;
    Map<String, Object> target = root;
    for (String part : path.split("\\.")) {
      target = child(target, part);
    }
    target.putAll(fields);
  }

  boolean isEmpty() {
    return root.isEmpty();
  }

  boolean has(String topLevelKey) {
    return root.containsKey(topLevelKey);
  }

  Map<String, Object> tree() {
    return root;
  }

  FlagSources sources() {
    return sources;
  }

  /** Builds the generated request record; see {@link RequestShape#decode}. */
  <T> T decode(Class<T> type) {
    return RequestShape.decode(type, root, sources);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> child(Map<String, Object> map, String key) {
    Object existing = map.get(key);
    if (existing instanceof Map) {
      return (Map<String, Object>) existing;
    }
    Map<String, Object> created = new LinkedHashMap<>();
    map.put(key, created);
    return created;
  }
}
