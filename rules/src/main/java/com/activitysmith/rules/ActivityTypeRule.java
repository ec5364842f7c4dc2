package com.activitysmith.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one Live Activity type needs and accepts, as the spec's
 * {@code x-activitysmith-live-activity-types} states it.
 *
 * @param name the wire name ({@code segmented_progress})
 * @param description what the type shows
 * @param fields the content-state fields that belong to this type
 * @param requires per phase, what must be present
 * @param supports optional features beyond its own fields: content-state fields ({@code color})
 *     and request-level ones ({@code secondary_action})
 * @param checks cross-field constraints
 * @param stateSchema JSON Schema (as plain maps and lists) a content state of this type must also
 *     match, narrowing fields types share ({@code value} is a number for progress); empty when none
 */
public record ActivityTypeRule(
    String name,
    String description,
    List<String> fields,
    Map<Phase, List<Requirement>> requires,
    List<String> supports,
    List<Check> checks,
    Map<String, Object> stateSchema) {

  /**
   * Copies the lists and maps; a missing description becomes empty.
   *
   * @param name the wire name ({@code segmented_progress})
   * @param description what the type shows
   * @param fields the content-state fields that belong to this type
   * @param requires per phase, what must be present
   * @param supports optional features beyond its own fields: content-state fields ({@code color}) and request-level ones ({@code secondary_action})
   * @param checks cross-field constraints
   * @param stateSchema the type's own narrowing of content-state fields, as plain maps; empty when none
   */
  public ActivityTypeRule {
    Objects.requireNonNull(name, "name == null");
    description = description == null ? "" : description;
    fields = List.copyOf(fields);
    requires = Map.copyOf(requires);
    supports = List.copyOf(supports);
    checks = List.copyOf(checks);
    stateSchema = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stateSchema));
  }

  /**
   * The narrower schema this type's {@code stateSchema} gives a content-state field, as plain
   * maps ({@code {type: number}} for progress's {@code value}); empty when it does not narrow it.
   *
   * @param field the content-state field
   * @return the narrower schema, or an empty map
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> narrowedField(String field) {
    Object properties = stateSchema.get("properties");
    Object narrowed = properties instanceof Map<?, ?> m ? m.get(field) : null;
    return narrowed instanceof Map<?, ?> n ? (Map<String, Object>) n : Map.of();
  }

  /**
   * The requirements for a phase; empty when the phase needs nothing beyond the title.
   *
   * @param phase the phase
   * @return the requirements, in spec order
   */
  public List<Requirement> requirements(Phase phase) {
    return requires.getOrDefault(phase, List.of());
  }

  /**
   * Whether this type accepts the named field or feature at all.
   *
   * @param fieldOrFeature a content-state field or a feature name from {@code supports}
   * @return true when the type lists it
   */
  public boolean accepts(String fieldOrFeature) {
    return fields.contains(fieldOrFeature) || supports.contains(fieldOrFeature);
  }

  /**
   * Its own fields and supported features, in spec order.
   *
   * @return the fields and features, without repeats
   */
  public Set<String> accepted() {
    Set<String> all = new LinkedHashSet<>(fields);
    all.addAll(supports);
    return all;
  }
}
