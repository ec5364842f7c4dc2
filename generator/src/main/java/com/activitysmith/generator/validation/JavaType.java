package com.activitysmith.generator.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Java type the model generator gives a schema, with the schema's own constraints merged in
 * (a {@code $ref}'s target and the referring schema's keywords). Read from schema constructs only.
 *
 * @param kind which kind of Java value holds it
 * @param component the component a reference names (record, enum or sealed type), else null
 * @param item the list's item type, for {@link Kind#LIST}
 * @param schema the constraints that apply to the value
 */
record JavaType(Kind kind, String component, JavaType item, Map<String, Object> schema) {

  /** How the generated records hold a value. */
  enum Kind { STRING, URI, DATE_TIME, INTEGER, LONG, NUMBER, BOOLEAN, ENUM, RECORD, NUMBER_OR_STRING, LIST, FREE_MAP }

  /** Keywords the emitter turns into checks, or knows to change nothing on requests. */
  static final Set<String> KNOWN = Set.of("type", "description", "examples", "example", "default", "format", "enum",
      "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "pattern", "items",
      "minItems", "maxItems", "uniqueItems", "properties", "required", "additionalProperties", "dependentRequired", "not",
      "allOf", "oneOf", "$ref", "title", "deprecated", "readOnly", "writeOnly", "nullable", "if", "then", "const");

  /** Resolves a schema against the spec's components. */
  @SuppressWarnings("unchecked")
  static JavaType of(Map<String, Object> schema, Map<String, Map<String, Object>> components, String where) {
    for (String key : schema.keySet()) {
      if (!key.startsWith("x-") && !KNOWN.contains(key)) {
        throw new IllegalStateException(where + ": the validator emitter has no rule for the keyword '" + key + "'");
      }
    }
    Object ref = schema.get("$ref");
    if (ref != null) {
      String name = refName((String) ref);
      Map<String, Object> target = components.get(name);
      if (target == null) {
        throw new IllegalStateException(where + ": $ref to unknown schema " + ref);
      }
      Map<String, Object> merged = new LinkedHashMap<>(target);
      schema.forEach((k, v) -> {
        if (!k.equals("$ref")) {
          merged.put(k, v);
        }
      });
      if (target.get("enum") != null) {
        return new JavaType(Kind.ENUM, name, null, merged);
      }
      if (isNumberOrString(target)) {
        return new JavaType(Kind.NUMBER_OR_STRING, name, null, merged);
      }
      if ("object".equals(primaryType(target)) && target.get("properties") != null) {
        return new JavaType(Kind.RECORD, name, null, merged);
      }
      return of(merged, components, where + " -> " + name);
    }
    String type = primaryType(schema);
    if (type == null) {
      throw new IllegalStateException(where + ": a schema without a type is not supported by the validator emitter");
    }
    switch (type) {
      case "string": {
        Object format = schema.get("format");
        if ("uri".equals(format)) {
          return new JavaType(Kind.URI, null, null, schema);
        }
        if ("date-time".equals(format)) {
          return new JavaType(Kind.DATE_TIME, null, null, schema);
        }
        return new JavaType(Kind.STRING, null, null, schema);
      }
      case "integer":
        return new JavaType("int64".equals(schema.get("format")) ? Kind.LONG : Kind.INTEGER, null, null, schema);
      case "number":
        return new JavaType(Kind.NUMBER, null, null, schema);
      case "boolean":
        return new JavaType(Kind.BOOLEAN, null, null, schema);
      case "array": {
        Object items = schema.get("items");
        if (!(items instanceof Map)) {
          throw new IllegalStateException(where + ": an array needs an items schema");
        }
        return new JavaType(Kind.LIST, null, of((Map<String, Object>) items, components, where + "[]"), schema);
      }
      case "object":
        if (schema.get("properties") != null) {
          throw new IllegalStateException(where + ": inline object schemas are not supported; make it a component");
        }
        return new JavaType(Kind.FREE_MAP, null, null, schema);
      default:
        throw new IllegalStateException(where + ": unsupported type " + type);
    }
  }

  /** The Java source type. */
  String source(String modelPackage) {
    return switch (kind) {
      case STRING -> "String";
      case URI -> "java.net.URI";
      case DATE_TIME -> "java.time.OffsetDateTime";
      case INTEGER -> "Integer";
      case LONG -> "Long";
      case NUMBER -> "java.math.BigDecimal";
      case BOOLEAN -> "Boolean";
      case ENUM, RECORD, NUMBER_OR_STRING -> modelPackage + "." + component;
      case LIST -> "java.util.List<" + item.source(modelPackage) + ">";
      case FREE_MAP -> "java.util.Map<String, Object>";
    };
  }

  boolean isNumeric() {
    return kind == Kind.INTEGER || kind == Kind.LONG || kind == Kind.NUMBER;
  }

  static String refName(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  /** The schema's type, ignoring {@code 'null'} in a type list. */
  @SuppressWarnings("unchecked")
  static String primaryType(Map<String, Object> schema) {
    Object type = schema.get("type");
    if (type instanceof String s) {
      return s;
    }
    if (type instanceof List<?> list) {
      return ((List<Object>) list).stream().map(String::valueOf).filter(t -> !t.equals("null")).findFirst().orElse(null);
    }
    return null;
  }

  /** A {@code oneOf} of one number schema and one string schema, which the models hold as a sealed type. */
  @SuppressWarnings("unchecked")
  static boolean isNumberOrString(Map<String, Object> schema) {
    if (!(schema.get("oneOf") instanceof List<?> choices) || choices.size() != 2) {
      return false;
    }
    Set<String> kinds = new java.util.TreeSet<>();
    for (Object choice : choices) {
      kinds.add(String.valueOf(primaryType((Map<String, Object>) choice)));
    }
    return kinds.equals(Set.of("number", "string"));
  }
}
