package com.activitysmith.generator.validation;

import com.activitysmith.generator.validation.JavaType.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes the rules of one object schema as a Java class with a {@code check(record, path, out)}
 * method over the generated record: one statement per constraint of the schema.
 */
final class RecordRulesWriter {
  private final SpecModel model;
  private final String schemaName;
  private final Map<String, Object> schema;
  private final Function<String, String> varName;
  private final StringBuilder body = new StringBuilder();
  private final Map<String, String> constants = new LinkedHashMap<>();
  private int counter;

  RecordRulesWriter(SpecModel model, String schemaName) {
    this.model = model;
    this.schemaName = schemaName;
    this.schema = model.components().get(schemaName);
    this.varName = model.varName();
  }

  static String className(String schemaName) {
    return schemaName + "Rules";
  }

  /** The class's source. */
  String write() {
    String record = model.modelPackage() + "." + schemaName;
    String phaseProperty = model.phaseProperty(schemaName);
    StringBuilder checks = new StringBuilder();
    body.setLength(0);
    properties();
    objectRules();
    checks.append(body);
    StringBuilder typeRules = new StringBuilder();
    if (phaseProperty != null) {
      body.setLength(0);
      requestTypeRules(phaseProperty);
      typeRules.append(body);
    }

    StringBuilder out = new StringBuilder();
    out.append("package ").append(model.validationPackage()).append(";\n\n");
    out.append("import com.activitysmith.exception.Violation;\n");
    out.append("import java.util.List;\n\n");
    out.append("/** The rules of the spec's {@code ").append(schemaName).append("} schema, over the generated record. */\n");
    out.append(model.generatedAnnotation()).append('\n');
    out.append("final class ").append(className(schemaName)).append(" {\n");
    constants.forEach((field, init) -> out.append("  private static final ").append(init).append(";\n"));
    if (!constants.isEmpty()) {
      out.append('\n');
    }
    out.append("  private ").append(className(schemaName)).append("() {}\n\n");
    if (phaseProperty == null) {
      out.append("  /** Adds every rule {@code value} breaks to {@code out}; {@code path} is where the value sits. */\n");
      out.append("  static void check(").append(record).append(" v, String path, List<Violation> out) {\n");
      out.append(checks);
      out.append("  }\n");
    } else {
      out.append("  /** As {@link #check(").append(record).append(", String, String, List)} with no known type. */\n");
      out.append("  static void check(").append(record).append(" v, String path, List<Violation> out) {\n");
      out.append("    check(v, path, null, out);\n");
      out.append("  }\n\n");
      out.append("  /**\n   * Adds every rule {@code value} breaks to {@code out}, the Live Activity type's rules included.\n");
      out.append("   *\n   * @param knownType the activity's type when the content state may omit it, else null\n   */\n");
      out.append("  static void check(").append(record).append(" v, String path, String knownType, List<Violation> out) {\n");
      out.append(checks);
      out.append(typeRules);
      out.append("  }\n");
    }
    out.append("}\n");
    return out.toString();
  }

  @SuppressWarnings("unchecked")
  private void properties() {
    Map<String, Object> props = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
    Set<String> required = new LinkedHashSet<>(strings(schema.get("required")));
    for (Map.Entry<String, Object> p : props.entrySet()) {
      String wire = p.getKey();
      JavaType type = JavaType.of((Map<String, Object>) p.getValue(), model.components(), schemaName + "." + wire);
      String var = "p" + (counter++);
      line(2, type.source(model.modelPackage()) + " " + var + " = v." + varName.apply(wire) + "();");
      if (required.contains(wire)) {
        line(2, "if (" + var + " == null) {");
        line(3, "Checks.required(Checks.at(path, \"" + wire + "\"), out);");
        line(2, "} else {");
      } else {
        line(2, "if (" + var + " != null) {");
      }
      value(3, type, var, "Checks.at(path, \"" + wire + "\")");
      line(2, "}");
    }
    for (String name : required) {
      if (!props.containsKey(name)) {
        throw new IllegalStateException(schemaName + ": required " + name + " is not a property");
      }
    }
  }

  /** Checks of one non-null value. */
  private void value(int indent, JavaType type, String expr, String pathExpr) {
    Map<String, Object> s = type.schema();
    String path = "w" + (counter++);
    int start = body.length();
    line(indent, "String " + path + " = " + pathExpr + ";");
    int afterDeclaration = body.length();
    switch (type.kind()) {
      case STRING -> {
        string(indent, expr, path, s);
        if (s.get("enum") instanceof List<?> values) {
          String set = constant("java.util.Set<String>", "java.util.Set.of(" + quoteAll(values) + ")");
          line(indent, "Checks.enumText(" + expr + ", " + path + ", " + set + ", out);");
        }
      }
      case URI -> {
        if (s.containsKey("minLength") || s.containsKey("maxLength")) {
          string(indent, expr + ".toString()", path, withoutPattern(s));
        }
        String[] pattern = pattern(s);
        line(indent, "Checks.uri(" + expr + ", " + path + ", " + pattern[0] + ", " + pattern[1] + ", out);");
      }
      case DATE_TIME -> line(indent, "Checks.dateTime(" + expr + ", " + path + ", out);");
      case INTEGER, LONG, NUMBER -> {
        String bounds = bounds(s);
        if (bounds != null) {
          String method = type.kind() == Kind.NUMBER ? "number" : "integer";
          line(indent, "Checks." + method + "(" + expr + ", " + path + ", " + bounds + ", out);");
        }
      }
      case BOOLEAN -> { }
      case ENUM -> {
        String enumType = model.modelPackage() + "." + type.component();
        line(indent, "if (" + expr + " == " + enumType + ".UNKNOWN) {");
        line(indent + 1, "Checks.unknownEnum(" + path + ", \"" + String.join(", ", strings(s.get("enum"))) + "\", out);");
        line(indent, "}");
      }
      case RECORD -> line(indent, className(type.component()) + ".check(" + expr + ", " + path + ", out);");
      case NUMBER_OR_STRING -> numberOrString(indent, type, expr, path);
      case LIST -> list(indent, type, expr, path, s);
      case FREE_MAP -> line(indent, "Checks.freeObject(" + expr + ", " + path + ", out);");
    }
    if (body.length() == afterDeclaration) {
      body.setLength(start); // no check needs the path
    }
  }

  @SuppressWarnings("unchecked")
  private void numberOrString(int indent, JavaType type, String expr, String path) {
    String sealed = model.modelPackage() + "." + type.component();
    for (Object choice : (List<Object>) type.schema().get("oneOf")) {
      Map<String, Object> c = (Map<String, Object>) choice;
      JavaType alternative = JavaType.of(c, model.components(), schemaName + " " + type.component());
      String holder = alternative.kind() == Kind.NUMBER ? "Number" : "Text";
      String var = "c" + (counter++);
      line(indent, "if (" + expr + " instanceof " + sealed + "." + holder + " " + var + ") {");
      value(indent + 1, alternative, var + ".value()", path);
      line(indent, "}");
    }
  }

  private void list(int indent, JavaType type, String expr, String path, Map<String, Object> s) {
    int min = intKeyword(s, "minItems", 0);
    int max = intKeyword(s, "maxItems", -1);
    if (min > 0 || max >= 0) {
      line(indent, "Checks.size(" + expr + ".size(), " + path + ", " + min + ", " + max + ", out);");
    }
    if (Boolean.TRUE.equals(s.get("uniqueItems"))) {
      line(indent, "Checks.unique(" + expr + ", " + path + ", out);");
    }
    String i = "i" + (counter++);
    String item = "e" + (counter++);
    line(indent, "for (int " + i + " = 0; " + i + " < " + expr + ".size(); " + i + "++) {");
    line(indent + 1, type.item().source(model.modelPackage()) + " " + item + " = " + expr + ".get(" + i + ");");
    line(indent + 1, "if (" + item + " == null) {");
    line(indent + 2, "Checks.nullItem(Checks.item(" + path + ", " + i + "), out);");
    int elseAt = body.length();
    line(indent + 1, "} else {");
    int checksAt = body.length();
    value(indent + 2, type.item(), item, "Checks.item(" + path + ", " + i + ")");
    if (body.length() == checksAt) {
      body.setLength(elseAt); // the items need no check beyond being present
    }
    line(indent + 1, "}");
    line(indent, "}");
  }

  private void string(int indent, String expr, String path, Map<String, Object> s) {
    int min = intKeyword(s, "minLength", 0);
    int max = intKeyword(s, "maxLength", -1);
    String[] pattern = pattern(s);
    if (min > 0 || max >= 0 || !pattern[0].equals("null")) {
      line(indent, "Checks.string(" + expr + ", " + path + ", " + min + ", " + max + ", " + pattern[0] + ", "
          + pattern[1] + ", out);");
    }
  }

  /** The pattern constant and its display text, or {@code null, null}. */
  private String[] pattern(Map<String, Object> s) {
    Object p = s.get("pattern");
    if (p == null) {
      return new String[] {"null", "null"};
    }
    String ecma = String.valueOf(p);
    String field = constant("java.util.regex.Pattern", "java.util.regex.Pattern.compile(" + literal(EcmaPattern.toJava(ecma)) + ")");
    return new String[] {field, literal(ecma)};
  }

  private String bounds(Map<String, Object> s) {
    String[] keys = {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"};
    List<String> args = new ArrayList<>();
    boolean any = false;
    for (String key : keys) {
      Object v = s.get(key);
      if (v instanceof Boolean) {
        throw new IllegalStateException(schemaName + ": boolean " + key + " (draft 4) is not supported; use a number");
      }
      if (v == null) {
        args.add("null");
      } else {
        any = true;
        String text = new BigDecimal(String.valueOf(v)).toString();
        args.add(constant("java.math.BigDecimal", "new java.math.BigDecimal(" + literal(text) + ")"));
      }
    }
    return any ? String.join(", ", args) : null;
  }

  @SuppressWarnings("unchecked")
  private void objectRules() {
    Map<String, Object> props = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
    if (schema.get("dependentRequired") instanceof Map<?, ?> dependent) {
      for (Map.Entry<?, ?> e : dependent.entrySet()) {
        String present = String.valueOf(e.getKey());
        for (String missing : strings(e.getValue())) {
          line(2, "if (v." + accessor(props, present) + "() != null && v." + accessor(props, missing) + "() == null) {");
          line(3, "Checks.dependent(path, \"" + present + "\", \"" + missing + "\", out);");
          line(2, "}");
        }
      }
    }
    if (schema.get("not") instanceof Map<?, ?> not) {
      if (not.size() != 1 || !(not.get("required") instanceof List<?> names) || names.size() < 2) {
        throw new IllegalStateException(schemaName + ".not: only {required: [a, b, ...]} (fields that exclude each other) is supported");
      }
      List<String> fields = strings(names);
      List<String> conditions = new ArrayList<>();
      fields.forEach(f -> conditions.add("v." + accessor(props, f) + "() != null"));
      line(2, "if (" + String.join(" && ", conditions) + ") {");
      line(3, "Checks.exclusive(path, List.of(" + quoteAll(fields) + "), out);");
      line(2, "}");
    }
    if (schema.get("allOf") instanceof List<?> all) {
      for (Object entry : all) {
        conditional(props, (Map<String, Object>) entry);
      }
    }
    if (schema.get("oneOf") != null) {
      throw new IllegalStateException(schemaName + ": oneOf on an object schema is not supported");
    }
    if (schema.get("x-activitysmith-checks") instanceof List<?> checks) {
      for (Object check : checks) {
        Map<String, Object> c = (Map<String, Object>) check;
        if (!(c.get("sameSet") instanceof List<?> pair) || pair.size() != 2 || c.get("id") == null) {
          throw new IllegalStateException(schemaName + ".x-activitysmith-checks: expected {id, sameSet: [a, b]} but was " + c);
        }
        String left = String.valueOf(pair.get(0));
        String right = String.valueOf(pair.get(1));
        line(2, "Checks.sameSet(\"" + c.get("id") + "\", " + dotted(left) + ", " + dotted(right) + ", path, \"" + left
            + "\", \"" + right + "\", out);");
      }
    }
  }

  /** {@code if: {required, properties: {p: {const}}}, then: {required, properties}}. */
  @SuppressWarnings("unchecked")
  private void conditional(Map<String, Object> props, Map<String, Object> entry) {
    Map<String, Object> condition = (Map<String, Object>) entry.get("if");
    Map<String, Object> then = (Map<String, Object>) entry.get("then");
    if (condition == null || then == null || entry.size() != 2) {
      throw new IllegalStateException(schemaName + ".allOf: only {if, then} entries are supported but was " + entry);
    }
    List<String> tests = new ArrayList<>();
    for (String name : strings(condition.get("required"))) {
      tests.add("v." + accessor(props, name) + "() != null");
    }
    Map<String, Object> constProps = (Map<String, Object>) condition.getOrDefault("properties", Map.of());
    for (Map.Entry<String, Object> e : constProps.entrySet()) {
      Map<String, Object> test = (Map<String, Object>) e.getValue();
      if (test.size() != 1 || !test.containsKey("const")) {
        throw new IllegalStateException(schemaName + ".allOf.if: only const tests are supported but was " + test);
      }
      tests.add(equalsConst(props, e.getKey(), test.get("const")));
    }
    line(2, "if (" + (tests.isEmpty() ? "true" : String.join(" && ", tests)) + ") {");
    for (String name : strings(then.get("required"))) {
      line(3, "if (v." + accessor(props, name) + "() == null) {");
      line(4, "Checks.required(Checks.at(path, \"" + name + "\"), out);");
      line(3, "}");
    }
    Map<String, Object> thenProps = (Map<String, Object>) then.getOrDefault("properties", Map.of());
    for (Map.Entry<String, Object> e : thenProps.entrySet()) {
      JavaType base = JavaType.of((Map<String, Object>) props.get(e.getKey()), model.components(), schemaName + "." + e.getKey());
      if (base.kind() == Kind.RECORD || base.kind() == Kind.ENUM || base.kind() == Kind.LIST) {
        throw new IllegalStateException(schemaName + ".allOf.then." + e.getKey() + ": only constraints on scalars are supported");
      }
      Map<String, Object> merged = new LinkedHashMap<>();
      merged.put("type", JavaType.primaryType(base.schema()));
      if (base.schema().get("format") != null) {
        merged.put("format", base.schema().get("format"));
      }
      merged.putAll((Map<String, Object>) e.getValue());
      JavaType narrowed = JavaType.of(merged, model.components(), schemaName + ".then." + e.getKey());
      String var = "t" + (counter++);
      line(3, base.source(model.modelPackage()) + " " + var + " = v." + accessor(props, e.getKey()) + "();");
      line(3, "if (" + var + " != null) {");
      if (narrowed.kind() == Kind.URI) {
        String[] pattern = pattern(narrowed.schema());
        if (!pattern[0].equals("null")) {
          line(4, "Checks.pattern(" + var + ".toString(), Checks.at(path, \"" + e.getKey() + "\"), " + pattern[0] + ", "
              + pattern[1] + ", out);");
        }
      } else {
        value(4, narrowed, var, "Checks.at(path, \"" + e.getKey() + "\")");
      }
      line(3, "}");
    }
    line(2, "}");
  }

  @SuppressWarnings("unchecked")
  private String equalsConst(Map<String, Object> props, String name, Object value) {
    JavaType type = JavaType.of((Map<String, Object>) props.get(name), model.components(), schemaName + "." + name);
    String get = "v." + accessor(props, name) + "()";
    return switch (type.kind()) {
      case ENUM -> "(" + get + " != null && " + literal(String.valueOf(value)) + ".equals(" + get + ".wireValue()))";
      case STRING -> literal(String.valueOf(value)) + ".equals(" + get + ")";
      case BOOLEAN -> "Boolean.valueOf(" + value + ").equals(" + get + ")";
      case INTEGER, LONG, NUMBER -> "(" + get + " != null && Checks.decimal(" + get + ").compareTo(new java.math.BigDecimal("
          + literal(String.valueOf(value)) + ")) == 0)";
      default -> throw new IllegalStateException(schemaName + "." + name + ": const on " + type.kind() + " is not supported");
    };
  }

  /** {@code v.target() == null ? null : v.target().channels()} for {@code target.channels}. */
  @SuppressWarnings("unchecked")
  private String dotted(String path) {
    String[] segments = path.split("\\.");
    Map<String, Object> current = schema;
    String expr = "v";
    List<String> guards = new ArrayList<>();
    for (int i = 0; i < segments.length; i++) {
      Map<String, Object> props = (Map<String, Object>) current.getOrDefault("properties", Map.of());
      Map<String, Object> prop = (Map<String, Object>) props.get(segments[i]);
      if (prop == null) {
        throw new IllegalStateException(schemaName + ": " + path + " names no property");
      }
      expr = expr + "." + varName.apply(segments[i]) + "()";
      if (i < segments.length - 1) {
        guards.add(expr + " == null");
        JavaType type = JavaType.of(prop, model.components(), schemaName + "." + path);
        if (type.kind() != Kind.RECORD) {
          throw new IllegalStateException(schemaName + ": " + path + " passes through a non-object");
        }
        current = model.components().get(type.component());
      } else if (JavaType.of(prop, model.components(), path).kind() != Kind.LIST) {
        throw new IllegalStateException(schemaName + ": sameSet needs lists but " + path + " is not one");
      }
    }
    return guards.isEmpty() ? expr : "(" + String.join(" || ", guards) + " ? null : " + expr + ")";
  }

  /** The per-type rules of a request that carries a Live Activity content state. */
  @SuppressWarnings("unchecked")
  private void requestTypeRules(String phaseProperty) {
    Map<String, Object> props = (Map<String, Object>) schema.get("properties");
    String stateSchema = JavaType.refName(String.valueOf(((Map<String, Object>) props.get(phaseProperty)).get("$ref")));
    String stateVar = "state";
    line(2, model.modelPackage() + "." + stateSchema + " " + stateVar + " = v." + varName.apply(phaseProperty) + "();");
    line(2, "String type = " + TypeRulesWriter.typeOf(model, stateSchema, stateVar) + ";");
    line(2, "if (type == null) {");
    line(3, "type = knownType;");
    line(2, "}");
    line(2, "if (" + stateVar + " != null) {");
    line(3, "LiveActivityTypeRules." + TypeRulesWriter.methodName(model, stateSchema) + "(" + stateVar
        + ", type, Checks.at(path, \"" + phaseProperty + "\"), out);");
    line(2, "}");
    StringBuilder cases = new StringBuilder();
    model.live().types().forEach((typeName, rule) -> {
      List<String> checks = new ArrayList<>();
      for (String wire : props.keySet()) {
        if (!wire.equals(phaseProperty) && model.typeSpecific().contains(wire) && !rule.accepts(wire)) {
          checks.add(wire);
        }
      }
      if (!checks.isEmpty()) {
        cases.append("        case ").append(literal(typeName)).append(" -> {\n");
        for (String wire : checks) {
          cases.append("          if (v.").append(varName.apply(wire)).append("() != null) {\n");
          cases.append("            Checks.unsupportedByType(Checks.at(path, \"").append(wire).append("\"), ")
              .append(literal(typeName)).append(", out);\n");
          cases.append("          }\n");
        }
        cases.append("        }\n");
      }
    });
    if (cases.length() > 0) {
      line(2, "if (type != null) {");
      line(3, "switch (type) {");
      body.append(cases);
      line(4, "default -> { }");
      line(3, "}");
      line(2, "}");
    }
  }

  private String accessor(Map<String, Object> props, String wire) {
    if (!props.containsKey(wire)) {
      throw new IllegalStateException(schemaName + ": " + wire + " is not a property");
    }
    return varName.apply(wire);
  }

  private String constant(String type, String init) {
    for (Map.Entry<String, String> e : constants.entrySet()) {
      if (e.getValue().equals(type + " " + e.getKey() + " = " + init)) {
        return e.getKey();
      }
    }
    String name = "C" + constants.size();
    constants.put(name, type + " " + name + " = " + init);
    return name;
  }

  private void line(int indent, String text) {
    body.append("  ".repeat(indent)).append(text).append('\n');
  }

  private static Map<String, Object> withoutPattern(Map<String, Object> s) {
    Map<String, Object> copy = new LinkedHashMap<>(s);
    copy.remove("pattern");
    return copy;
  }

  private static int intKeyword(Map<String, Object> s, String key, int absent) {
    Object v = s.get(key);
    return v == null ? absent : new BigDecimal(String.valueOf(v)).intValueExact();
  }

  static List<String> strings(Object list) {
    List<String> out = new ArrayList<>();
    if (list instanceof List<?> l) {
      l.forEach(v -> out.add(String.valueOf(v)));
    }
    return out;
  }

  private static String quoteAll(List<?> values) {
    List<String> out = new ArrayList<>();
    values.forEach(v -> out.add(literal(String.valueOf(v))));
    return String.join(", ", out);
  }

  /** A Java string literal. */
  static String literal(String text) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
