package com.activitysmith.generator.validation;

import com.activitysmith.rules.LiveActivityRules;
import com.activitysmith.rules.Phase;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What the writers read: the spec's component schemas, its Live Activity type rules, and how the
 * model generator names things.
 *
 * @param components the spec's component schemas, by name
 * @param live the parsed {@code x-activitysmith-live-activity-types}
 * @param varName the record accessor of a wire name ({@code number_of_steps} to {@code numberOfSteps})
 * @param modelPackage where the generated records are
 * @param validationPackage where the rules go
 * @param generatedAnnotation the {@code @Generated} line every file carries
 * @param typeSpecific fields and features that some Live Activity type accepts and others do not
 */
record SpecModel(
    Map<String, Map<String, Object>> components,
    LiveActivityRules live,
    Function<String, String> varName,
    String modelPackage,
    String validationPackage,
    String generatedAnnotation,
    Set<String> typeSpecific) {

  /** The phase whose content-state schema this is, or null. */
  Phase phaseOf(String schemaName) {
    return live.phaseOfSchema(schemaName);
  }

  /** The property of an object schema that holds a Live Activity content state, or null. */
  @SuppressWarnings("unchecked")
  String phaseProperty(String schemaName) {
    Map<String, Object> props = (Map<String, Object>) components.get(schemaName).getOrDefault("properties", Map.of());
    for (Map.Entry<String, Object> p : props.entrySet()) {
      Object ref = ((Map<String, Object>) p.getValue()).get("$ref");
      if (ref != null && phaseOf(JavaType.refName(String.valueOf(ref))) != null) {
        return p.getKey();
      }
    }
    return null;
  }
}
