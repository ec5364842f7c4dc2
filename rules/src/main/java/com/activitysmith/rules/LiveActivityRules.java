package com.activitysmith.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The spec's {@code x-activitysmith-live-activity-types} extension, parsed.
 *
 * @param phaseSchemas the content-state schema each phase sends
 * @param alwaysRequired fields every content state needs ({@code title})
 * @param phaseOptions fields a phase accepts for every type ({@code auto_dismiss_minutes} on end)
 * @param types the rules of each type, by wire name, in spec order
 */
public record LiveActivityRules(
    Map<Phase, String> phaseSchemas,
    List<String> alwaysRequired,
    Map<Phase, List<String>> phaseOptions,
    Map<String, ActivityTypeRule> types) {

  /** The extension's name at the spec's root. */
  public static final String EXTENSION = "x-activitysmith-live-activity-types";

  private static final com.fasterxml.jackson.databind.ObjectMapper PLAIN = new com.fasterxml.jackson.databind.ObjectMapper()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  /**
   * Copies the maps and lists, keeping the types in spec order.
   *
   * @param phaseSchemas the content-state schema each phase sends
   * @param alwaysRequired fields every content state needs ({@code title})
   * @param phaseOptions fields a phase accepts for every type ({@code auto_dismiss_minutes} on end)
   * @param types the rules of each type, by wire name, in spec order
   */
  public LiveActivityRules {
    phaseSchemas = Map.copyOf(phaseSchemas);
    alwaysRequired = List.copyOf(alwaysRequired);
    phaseOptions = Map.copyOf(phaseOptions);
    types = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(types));
  }

  /**
   * The phase whose content-state schema is the named one, or null.
   *
   * @param schemaName a component schema name ({@code ContentStateStart})
   * @return the phase, or null when no phase uses that schema
   */
  public Phase phaseOfSchema(String schemaName) {
    return phaseSchemas.entrySet().stream().filter(e -> e.getValue().equals(schemaName))
        .map(Map.Entry::getKey).findFirst().orElse(null);
  }

  /**
   * Fields the phase accepts for every type.
   *
   * @param phase the phase
   * @return the field names, in spec order
   */
  public List<String> phaseOptions(Phase phase) {
    return phaseOptions.getOrDefault(phase, List.of());
  }

  /** Reads the extension from a spec tree; fails with the offending location when malformed. */
  static LiveActivityRules parse(JsonNode spec) {
    JsonNode ext = spec.get(EXTENSION);
    if (ext == null) {
      throw new SpecFormatException("the spec has no " + EXTENSION + " extension at its root");
    }
    Map<Phase, String> phaseSchemas = new EnumMap<>(Phase.class);
    Map<Phase, List<String>> phaseOptions = new EnumMap<>(Phase.class);
    for (Phase phase : Phase.values()) {
      JsonNode schema = ext.path("phases").get(phase.specKey());
      if (schema == null || !schema.isTextual()) {
        throw new SpecFormatException(EXTENSION + ".phases." + phase.specKey() + " must name a schema");
      }
      phaseSchemas.put(phase, schema.asText());
      phaseOptions.put(phase, strings(ext.path("always").path("phaseOptions").path(phase.specKey())));
    }
    Map<String, ActivityTypeRule> types = new LinkedHashMap<>();
    ext.path("types").fields().forEachRemaining(e -> types.put(e.getKey(), parseType(e.getKey(), e.getValue())));
    if (types.isEmpty()) {
      throw new SpecFormatException(EXTENSION + ".types is empty");
    }
    return new LiveActivityRules(phaseSchemas, strings(ext.path("always").path("required")), phaseOptions, types);
  }

  private static ActivityTypeRule parseType(String name, JsonNode node) {
    String where = EXTENSION + ".types." + name;
    Map<Phase, List<Requirement>> requires = new EnumMap<>(Phase.class);
    for (Phase phase : Phase.values()) {
      JsonNode list = node.path("requires").path(phase.specKey());
      List<Requirement> parsed = new ArrayList<>();
      list.forEach(entry -> parsed.add(requirement(entry, where + ".requires." + phase.specKey())));
      requires.put(phase, parsed);
    }
    List<Check> checks = new ArrayList<>();
    node.path("checks").forEach(c -> checks.add(check(c, where + ".checks")));
    JsonNode stateSchema = node.path("state_schema");
    if (!stateSchema.isMissingNode() && !stateSchema.isObject()) {
      throw new SpecFormatException(where + ".state_schema must be a JSON Schema object but was " + stateSchema);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> schema = stateSchema.isObject() ? PLAIN.convertValue(stateSchema, LinkedHashMap.class) : Map.of();
    return new ActivityTypeRule(name, node.path("description").asText(""), strings(node.path("fields")), requires,
        strings(node.path("supports")), checks, schema);
  }

  private static Requirement requirement(JsonNode entry, String where) {
    if (entry.isTextual()) {
      String text = entry.asText();
      int eq = text.indexOf('=');
      if (eq < 0) {
        return new Requirement.Field(text);
      }
      String literal = text.substring(eq + 1);
      Object value = literal.equals("true") || literal.equals("false") ? Boolean.valueOf(literal) : literal;
      return new Requirement.FixedValue(text.substring(0, eq), value);
    }
    if (entry.isObject() && entry.has("oneOf")) {
      List<List<Requirement>> groups = new ArrayList<>();
      entry.get("oneOf").forEach(group -> {
        List<Requirement> members = new ArrayList<>();
        group.forEach(m -> members.add(requirement(m, where)));
        groups.add(members);
      });
      return new Requirement.OneOf(groups);
    }
    throw new SpecFormatException(where + ": expected a field name, field=value or {oneOf: [[...]]} but was " + entry);
  }

  private static Check check(JsonNode node, String where) {
    String id = node.path("id").asText(null);
    for (Check.Kind kind : Check.Kind.values()) {
      String key = kind == Check.Kind.LESS_OR_EQUAL ? "lessOrEqual" : "sizeEquals";
      JsonNode pair = node.get(key);
      if (pair != null && pair.size() == 2 && id != null) {
        return new Check(id, kind, pair.get(0).asText(), pair.get(1).asText());
      }
    }
    throw new SpecFormatException(where + ": expected {id, lessOrEqual|sizeEquals: [a, b]} but was " + node);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
