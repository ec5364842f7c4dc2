package com.activitysmith.generator.validation;

import static com.activitysmith.generator.validation.RecordRulesWriter.literal;

import com.activitysmith.generator.validation.JavaType.Kind;
import com.activitysmith.rules.ActivityTypeRule;
import com.activitysmith.rules.Check;
import com.activitysmith.rules.Phase;
import com.activitysmith.rules.Requirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code LiveActivityTypeRules}: for each phase's content-state schema, what each Live
 * Activity type requires there, which fields it does not support, and its cross-field checks, all
 * from {@code x-activitysmith-live-activity-types}.
 */
final class TypeRulesWriter {
  private final SpecModel model;
  private final StringBuilder out = new StringBuilder();

  TypeRulesWriter(SpecModel model) {
    this.model = model;
  }

  static String methodName(SpecModel model, String stateSchema) {
    return "check" + stateSchema;
  }

  /** The expression giving a content state's type as its wire name, or null. */
  @SuppressWarnings("unchecked")
  static String typeOf(SpecModel model, String stateSchema, String var) {
    Map<String, Object> props = (Map<String, Object>) model.components().get(stateSchema).get("properties");
    Object type = props.get("type");
    if (type == null) {
      return "null";
    }
    JavaType t = JavaType.of((Map<String, Object>) type, model.components(), stateSchema + ".type");
    return switch (t.kind()) {
      case ENUM -> "(" + var + " == null || " + var + ".type() == null ? null : " + var + ".type().wireValue())";
      case STRING -> "(" + var + " == null ? null : " + var + ".type())";
      default -> throw new IllegalStateException(stateSchema + ".type must be a string or an enum");
    };
  }

  String write() {
    out.append("package ").append(model.validationPackage()).append(";\n\n");
    out.append("import com.activitysmith.exception.Violation;\n");
    out.append("import java.util.List;\n\n");
    out.append("/** The per-type Live Activity rules of the spec's {@code x-activitysmith-live-activity-types}, per phase. */\n");
    out.append(model.generatedAnnotation()).append('\n');
    out.append("final class LiveActivityTypeRules {\n");
    out.append("  private LiveActivityTypeRules() {}\n");
    for (Phase phase : Phase.values()) {
      String schema = model.live().phaseSchemas().get(phase);
      if (model.live().phaseSchemas().values().stream().filter(schema::equals).count() > 1) {
        throw new IllegalStateException("the content-state schema " + schema + " serves several phases");
      }
      phase(phase, schema);
    }
    out.append("}\n");
    return out.toString();
  }

  @SuppressWarnings("unchecked")
  private void phase(Phase phase, String schema) {
    Map<String, Object> props = (Map<String, Object>) model.components().get(schema).get("properties");
    String record = model.modelPackage() + "." + schema;
    out.append("\n  /** The rules of a {@code ").append(schema).append("} (").append(phase.specKey())
        .append(") for its type; nothing when the type is null or unknown. */\n");
    out.append("  static void ").append(methodName(model, schema)).append("(").append(record)
        .append(" s, String type, String path, List<Violation> out) {\n");
    out.append("    if (type == null) {\n      return;\n    }\n");
    out.append("    switch (type) {\n");
    for (Map.Entry<String, ActivityTypeRule> e : model.live().types().entrySet()) {
      ActivityTypeRule rule = e.getValue();
      out.append("      case ").append(literal(rule.name())).append(" -> {\n");
      for (Requirement requirement : rule.requirements(phase)) {
        String where = requirement instanceof Requirement.Field f ? "Checks.at(path, " + literal(f.name()) + ")"
            : requirement instanceof Requirement.FixedValue v ? "Checks.at(path, " + literal(v.name()) + ")" : "path";
        out.append("        if (!").append(met(props, requirement)).append(") {\n");
        out.append("          Checks.requiredForType(").append(where).append(", ").append(literal(rule.name())).append(", ")
            .append(literal(requirement.toString())).append(", ").append(literal(phase.specKey())).append(", out);\n");
        out.append("        }\n");
      }
      for (String field : props.keySet()) {
        if (model.typeSpecific().contains(field) && !rule.accepts(field)) {
          out.append("        if (s.").append(model.varName().apply(field)).append("() != null) {\n");
          out.append("          Checks.unsupportedByType(Checks.at(path, ").append(literal(field)).append("), ")
              .append(literal(rule.name())).append(", out);\n");
          out.append("        }\n");
        }
      }
      for (Check check : rule.checks()) {
        check(props, schema, check);
      }
      out.append("      }\n");
    }
    out.append("      default -> { }\n");
    out.append("    }\n");
    out.append("  }\n");
  }

  @SuppressWarnings("unchecked")
  private void check(Map<String, Object> props, String schema, Check check) {
    if (!props.containsKey(check.left()) || !props.containsKey(check.right())) {
      return; // the phase's schema cannot carry both fields, so the check cannot apply
    }
    JavaType left = JavaType.of((Map<String, Object>) props.get(check.left()), model.components(), schema);
    JavaType right = JavaType.of((Map<String, Object>) props.get(check.right()), model.components(), schema);
    String l = "s." + model.varName().apply(check.left()) + "()";
    String r = "s." + model.varName().apply(check.right()) + "()";
    String method;
    switch (check.kind()) {
      case LESS_OR_EQUAL -> {
        if (!left.isNumeric() || !right.isNumeric()) {
          throw new IllegalStateException(check.id() + ": lessOrEqual needs two numbers");
        }
        method = "lessOrEqual";
      }
      case SIZE_EQUALS -> {
        if (left.kind() != Kind.LIST || !right.isNumeric()) {
          throw new IllegalStateException(check.id() + ": sizeEquals needs a list and a number");
        }
        method = "sizeEquals";
      }
      default -> throw new IllegalStateException("unknown check kind " + check.kind());
    }
    out.append("        if (").append(l).append(" != null && ").append(r).append(" != null) {\n");
    out.append("          Checks.").append(method).append("(").append(literal(check.id())).append(", ").append(l).append(", ")
        .append(r).append(", path, ").append(literal(check.left())).append(", ").append(literal(check.right()))
        .append(", out);\n");
    out.append("        }\n");
  }

  /** A boolean expression: the content state {@code s} meets the requirement. */
  @SuppressWarnings("unchecked")
  private String met(Map<String, Object> props, Requirement requirement) {
    if (requirement instanceof Requirement.Field f) {
      return props.containsKey(f.name()) ? "(s." + model.varName().apply(f.name()) + "() != null)" : "false";
    }
    if (requirement instanceof Requirement.FixedValue v) {
      if (!props.containsKey(v.name())) {
        return "false";
      }
      String get = "s." + model.varName().apply(v.name()) + "()";
      JavaType type = JavaType.of((Map<String, Object>) props.get(v.name()), model.components(), v.name());
      String value = String.valueOf(v.value());
      return switch (type.kind()) {
        case BOOLEAN -> "Boolean.valueOf(" + Boolean.parseBoolean(value) + ").equals(" + get + ")";
        case STRING -> literal(value) + ".equals(" + get + ")";
        case ENUM -> "(" + get + " != null && " + literal(value) + ".equals(" + get + ".wireValue()))";
        case INTEGER, LONG, NUMBER -> "(" + get + " != null && Checks.decimal(" + get
            + ").compareTo(new java.math.BigDecimal(" + literal(value) + ")) == 0)";
        default -> throw new IllegalStateException(v + ": a fixed value needs a scalar field");
      };
    }
    Requirement.OneOf oneOf = (Requirement.OneOf) requirement;
    List<String> groups = new ArrayList<>();
    for (List<Requirement> group : oneOf.groups()) {
      List<String> members = new ArrayList<>();
      group.forEach(m -> members.add(met(props, m)));
      groups.add("(" + (members.isEmpty() ? "true" : String.join(" && ", members)) + ")");
    }
    return "(" + String.join(" || ", groups) + ")";
  }
}
