package com.activitysmith.generator.validation;

import static com.activitysmith.generator.validation.RecordRulesWriter.literal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes {@code ApiOperation}: what the spec says about each operation, as constants. */
final class OperationsWriter {
  private final SpecModel model;
  private final String basePackage;
  private final List<ValidatorEmitter.Op> operations;

  OperationsWriter(SpecModel model, String basePackage, List<ValidatorEmitter.Op> operations) {
    this.model = model;
    this.basePackage = basePackage;
    this.operations = operations;
  }

  static String constantName(String operationId) {
    return operationId.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  String write() {
    StringBuilder s = new StringBuilder();
    s.append("package ").append(basePackage).append(";\n\n");
    s.append("import java.util.List;\n");
    s.append("import java.util.Map;\n");
    s.append("import java.util.Objects;\n");
    s.append("import javax.annotation.Nullable;\n\n");
    s.append("/**\n");
    s.append(" * The operations of the API as the spec states them: id, HTTP method, path, whether repeating one is\n");
    s.append(" * safe ({@code x-activitysmith-idempotent}), whether it counts against the request budget\n");
    s.append(" * ({@code x-activitysmith-rate-limited}), and the schema of each response.\n");
    s.append(" * {@code ApiOperation.of(\"sendPushNotification\").responseSchema(404)} is {@code \"NoRecipientsError\"}.\n");
    s.append(" */\n");
    s.append(model.generatedAnnotation().replace(ValidatorEmitter.class.getName(), ValidatorEmitter.class.getName())).append('\n');
    s.append("public enum ApiOperation {\n");
    List<String> constants = new ArrayList<>();
    for (ValidatorEmitter.Op op : operations) {
      StringBuilder c = new StringBuilder();
      c.append("  /** {@code ").append(op.method()).append(' ').append(op.path()).append("}. */\n");
      c.append("  ").append(constantName(op.id())).append("(").append(literal(op.id())).append(", ")
          .append(literal(op.method())).append(", ").append(literal(op.path())).append(", ").append(op.idempotent())
          .append(", ").append(op.rateLimited()).append(",\n      ");
      c.append(op.bodySchema() == null ? "null" : model.modelPackage() + "." + op.bodySchema() + ".class")
          .append(", ").append(op.bodyRequired()).append(",\n      ");
      c.append("List.of(");
      List<String> params = new ArrayList<>();
      op.pathParameters().keySet().forEach(p -> params.add(literal(p)));
      c.append(String.join(", ", params)).append("),\n      ");
      c.append("Map.ofEntries(");
      List<String> responses = new ArrayList<>();
      for (Map.Entry<String, String> r : op.responseSchemas().entrySet()) {
        responses.add("Map.entry(" + literal(r.getKey()) + ", " + literal(r.getValue()) + ")");
      }
      c.append(String.join(", ", responses)).append("))");
      constants.add(c.toString());
    }
    s.append(String.join(",\n\n", constants)).append(";\n\n");
    s.append("  private final String id;\n");
    s.append("  private final String method;\n");
    s.append("  private final String path;\n");
    s.append("  private final boolean idempotent;\n");
    s.append("  private final boolean rateLimited;\n");
    s.append("  private final @Nullable Class<?> bodyType;\n");
    s.append("  private final boolean bodyRequired;\n");
    s.append("  private final List<String> pathParameters;\n");
    s.append("  private final Map<String, String> responseSchemas;\n\n");
    s.append("  ApiOperation(String id, String method, String path, boolean idempotent, boolean rateLimited,\n");
    s.append("      @Nullable Class<?> bodyType, boolean bodyRequired, List<String> pathParameters,\n");
    s.append("      Map<String, String> responseSchemas) {\n");
    s.append("    this.id = id;\n    this.method = method;\n    this.path = path;\n    this.idempotent = idempotent;\n");
    s.append("    this.rateLimited = rateLimited;\n    this.bodyType = bodyType;\n    this.bodyRequired = bodyRequired;\n");
    s.append("    this.pathParameters = pathParameters;\n    this.responseSchemas = responseSchemas;\n");
    s.append("  }\n\n");
    s.append("  /** The operation with this id. @throws IllegalArgumentException when the spec has none */\n");
    s.append("  public static ApiOperation of(String id) {\n");
    s.append("    Objects.requireNonNull(id, \"id == null\");\n");
    s.append("    for (ApiOperation op : values()) {\n");
    s.append("      if (op.id.equals(id)) {\n        return op;\n      }\n");
    s.append("    }\n");
    s.append("    throw new IllegalArgumentException(\"the spec has no operation \" + id);\n");
    s.append("  }\n\n");
    getter(s, "The spec's operation id, such as {@code sendPushNotification}.", "String", "id");
    getter(s, "The HTTP method, upper case.", "String", "method");
    getter(s, "The path below the server URL, with {@code {name}} placeholders.", "String", "path");
    getter(s, "Whether repeating the call leaves the same result ({@code x-activitysmith-idempotent}).", "boolean", "idempotent");
    getter(s, "Whether the call counts against the request budget ({@code x-activitysmith-rate-limited}).", "boolean", "rateLimited");
    getter(s, "The generated request record the operation takes, or null when it takes no body.", "@Nullable Class<?>", "bodyType");
    getter(s, "Whether the body must be sent.", "boolean", "bodyRequired");
    getter(s, "The names of the path parameters, in path order.", "List<String>", "pathParameters");
    s.append("  /** The component schema of the response with this status, or null when the spec names none. */\n");
    s.append("  public @Nullable String responseSchema(int status) {\n");
    s.append("    return responseSchemas.get(Integer.toString(status));\n");
    s.append("  }\n");
    s.append("}\n");
    return s.toString();
  }

  private static void getter(StringBuilder s, String doc, String type, String name) {
    s.append("  /** ").append(doc).append(" */\n");
    s.append("  public ").append(type).append(' ').append(name).append("() {\n");
    s.append("    return ").append(name).append(";\n");
    s.append("  }\n\n");
  }
}
