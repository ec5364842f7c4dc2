package com.activitysmith.generator.validation;

import static com.activitysmith.generator.validation.RecordRulesWriter.literal;

import com.activitysmith.rules.ApiRules;
import com.activitysmith.rules.LiveActivityRules;
import com.activitysmith.rules.Phase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Writes plain Java validators over the generated records, and the operations' metadata, from
 * the spec: the client, the simulator and the DSL check requests with this code, so nothing reads
 * the spec or walks a JSON tree at run time.
 *
 * <p>Output, below {@code basePackage}: {@code ApiOperation} (each operation's id, method, path,
 * idempotency, rate limiting and response schemas), and in {@code .validation} the public
 * {@code RequestRules} entry point, one package-private {@code <Schema>Rules} class per object
 * schema a request can carry, {@code LiveActivityTypeRules} for the per-type rules, and
 * {@code Checks}, the helpers they are written with. Every schema keyword the emitter does not
 * know fails the build rather than being skipped.
 */
public final class ValidatorEmitter {
  private static final String CHECKS_TEMPLATE = "activitysmith-validation/Checks.java.txt";
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
  /** Room for the request around a free-form value within the 255 levels Moshi reads and writes. */
  private static final int MAX_FREE_DEPTH = 200;

  private final Map<String, Object> spec;
  private final SpecModel model;
  private final String basePackage;
  private final String modelPackage;
  private final ApiRules rules;

  /**
   * Creates the emitter.
   *
   * @param rules the spec, as the rules module reads it
   * @param varName the model generator's accessor name for a wire name
   * @param basePackage the generated client's package ({@code com.activitysmith.generated})
   * @param modelPackage the generated records' package
   * @param specVersion the spec's {@code info.version}, for {@code @Generated}
   */
  @SuppressWarnings("unchecked")
  public ValidatorEmitter(ApiRules rules, Function<String, String> varName, String basePackage, String modelPackage,
      String specVersion) {
    this.rules = rules;
    this.spec = rules.specTree();
    this.basePackage = basePackage;
    this.modelPackage = modelPackage;
    Map<String, Object> components = (Map<String, Object>) spec.getOrDefault("components", Map.of());
    Map<String, Map<String, Object>> schemas = new LinkedHashMap<>();
    ((Map<String, Object>) components.getOrDefault("schemas", Map.of()))
        .forEach((k, v) -> schemas.put(k, (Map<String, Object>) v));
    LiveActivityRules live = rules.liveActivities();
    Set<String> typeSpecific = new LinkedHashSet<>();
    live.types().values().forEach(t -> typeSpecific.addAll(t.accepted()));
    String generated = "@javax.annotation.processing.Generated(value = \"" + ValidatorEmitter.class.getName()
        + "\", comments = \"from the ActivitySmith OpenAPI spec " + specVersion + "\")";
    this.model = new SpecModel(schemas, live, varName, modelPackage, basePackage + ".validation", generated,
        Set.copyOf(typeSpecific));
  }

  /**
   * Writes every file below a source root; returns the files written.
   *
   * @param sourceRoot the directory the package folders go below
   * @return the paths written
   */
  public List<Path> writeTo(Path sourceRoot) {
    List<Path> written = new ArrayList<>();
    try {
      for (Map.Entry<String, String> file : sources().entrySet()) {
        Path path = sourceRoot.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        written.add(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the validators below " + sourceRoot, e);
    }
    return written;
  }

  /**
   * Every file's source, by its path below the source root.
   *
   * @return the sources, by relative path
   */
  public Map<String, String> sources() {
    List<Op> operations = operations();
    Map<String, String> out = new TreeMap<>();
    String validationDir = model.validationPackage().replace('.', '/') + "/";
    for (String schema : reachableSchemas(operations)) {
      out.put(validationDir + RecordRulesWriter.className(schema) + ".java", new RecordRulesWriter(model, schema).write());
    }
    out.put(validationDir + "LiveActivityTypeRules.java", new TypeRulesWriter(model).write());
    out.put(validationDir + "Checks.java", checks());
    out.put(validationDir + "RequestRules.java", facade(operations, reachableSchemas(operations)));
    out.put(basePackage.replace('.', '/') + "/ApiOperation.java", new OperationsWriter(model, rules, basePackage, operations).write());
    return out;
  }

  /** One operation of the spec, as the writers need it. */
  record Op(String id, String method, String path, boolean idempotent, boolean rateLimited, boolean legacyRateLimited,
      String bodySchema,
      boolean bodyRequired, Map<String, Map<String, Object>> pathParameters, Map<String, String> responseSchemas,
      List<Map<String, Object>> rateLimitPolicies) {}

  @SuppressWarnings("unchecked")
  private List<Op> operations() {
    List<Op> out = new ArrayList<>();
    Map<String, Object> paths = (Map<String, Object>) spec.getOrDefault("paths", Map.of());
    for (Map.Entry<String, Object> path : paths.entrySet()) {
      Map<String, Object> item = (Map<String, Object>) path.getValue();
      List<Object> shared = (List<Object>) item.getOrDefault("parameters", List.of());
      for (Map.Entry<String, Object> m : item.entrySet()) {
        if (!METHODS.contains(m.getKey())) {
          continue;
        }
        Map<String, Object> op = (Map<String, Object>) m.getValue();
        String id = (String) op.get("operationId");
        if (id == null) {
          throw new IllegalStateException(m.getKey() + " " + path.getKey() + " has no operationId");
        }
        Map<String, Map<String, Object>> params = new LinkedHashMap<>();
        List<Object> all = new ArrayList<>(shared);
        all.addAll((List<Object>) op.getOrDefault("parameters", List.of()));
        for (Object p : all) {
          Map<String, Object> param = deref((Map<String, Object>) p);
          if ("path".equals(param.get("in"))) {
            params.put((String) param.get("name"), (Map<String, Object>) param.get("schema"));
          }
        }
        String bodySchema = null;
        boolean bodyRequired = false;
        if (op.get("requestBody") instanceof Map<?, ?> requestBody) {
          Object ref = at((Map<String, Object>) deref((Map<String, Object>) requestBody), "content", "application/json",
              "schema", "$ref");
          if (ref == null) {
            throw new IllegalStateException(id + ": a request body must be a $ref to a component schema");
          }
          bodySchema = JavaType.refName(String.valueOf(ref));
          bodyRequired = Boolean.TRUE.equals(requestBody.get("required"));
        }
        Map<String, String> responses = new LinkedHashMap<>();
        ((Map<String, Object>) op.getOrDefault("responses", Map.of())).forEach((status, r) -> {
          Object ref = at(deref((Map<String, Object>) r), "content", "application/json", "schema", "$ref");
          if (ref != null) {
            responses.put(status, JavaType.refName(String.valueOf(ref)));
          }
        });
        List<Map<String, Object>> policies = new ArrayList<>();
        out.add(new Op(id, m.getKey().toUpperCase(Locale.ROOT), path.getKey(),
            Boolean.TRUE.equals(op.get("x-activitysmith-idempotent")), rules.operationInfo(id).rateLimited(),
            !rules.legacyRateLimitPolicies(id).isEmpty(), bodySchema, bodyRequired, params, responses, policies));
      }
    }
    return out;
  }

  /** The object schemas a request body can carry, and the phases' content states. */
  @SuppressWarnings("unchecked")
  private Set<String> reachableSchemas(List<Op> operations) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> queue = new ArrayList<>();
    operations.stream().filter(o -> o.bodySchema() != null).forEach(o -> queue.add(o.bodySchema()));
    for (Phase phase : Phase.values()) {
      queue.add(model.live().phaseSchemas().get(phase));
    }
    while (!queue.isEmpty()) {
      String name = queue.remove(0);
      Map<String, Object> schema = model.components().get(name);
      if (schema == null) {
        throw new IllegalStateException("the spec has no schema " + name);
      }
      if (!"object".equals(JavaType.primaryType(schema)) || schema.get("properties") == null || !seen.add(name)) {
        continue;
      }
      collectRefs(schema, queue);
    }
    return seen;
  }

  @SuppressWarnings("unchecked")
  private static void collectRefs(Object node, List<String> into) {
    if (node instanceof Map<?, ?> map) {
      Object ref = map.get("$ref");
      if (ref != null) {
        into.add(JavaType.refName(String.valueOf(ref)));
      }
      map.values().forEach(v -> collectRefs(v, into));
    } else if (node instanceof List<?> list) {
      list.forEach(v -> collectRefs(v, into));
    }
  }

  private String checks() {
    try (InputStream in = ValidatorEmitter.class.getClassLoader().getResourceAsStream(CHECKS_TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException(CHECKS_TEMPLATE + " is missing from the generator jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("${package}", model.validationPackage())
          .replace("${generated}", model.generatedAnnotation())
          .replace("${maxDepth}", Integer.toString(MAX_FREE_DEPTH));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code Schema.field} of every integer field without an upper ({@code true}) or lower bound. */
  @SuppressWarnings("unchecked")
  private String unboundedIntegers(Set<String> schemas, boolean above) {
    List<String> out = new ArrayList<>();
    for (String schema : schemas) {
      Map<String, Object> props = (Map<String, Object>) model.components().get(schema).getOrDefault("properties", Map.of());
      props.forEach((wire, p) -> {
        JavaType t = JavaType.of((Map<String, Object>) p, model.components(), schema + "." + wire);
        boolean bounded = above ? t.schema().containsKey("maximum") || t.schema().containsKey("exclusiveMaximum")
            : t.schema().containsKey("minimum") || t.schema().containsKey("exclusiveMinimum");
        if ((t.kind() == JavaType.Kind.INTEGER || t.kind() == JavaType.Kind.LONG) && !bounded) {
          out.add(literal(schema + "." + wire));
        }
      });
    }
    return "java.util.Set.of(" + String.join(", ", out) + ")";
  }

  private String facade(List<Op> operations, Set<String> schemas) {
    StringBuilder constants = new StringBuilder();
    constants.append("private static final java.util.Set<String> UNBOUNDED_ABOVE = ").append(unboundedIntegers(schemas, true))
        .append(";\n  ");
    constants.append("private static final java.util.Set<String> UNBOUNDED_BELOW = ").append(unboundedIntegers(schemas, false))
        .append(";\n  ");
    StringBuilder s = new StringBuilder();
    s.append("package ").append(model.validationPackage()).append(";\n\n");
    s.append("import com.activitysmith.exception.Violation;\n");
    s.append("import java.util.ArrayList;\n");
    s.append("import java.util.Comparator;\n");
    s.append("import java.util.LinkedHashSet;\n");
    s.append("import java.util.List;\n");
    s.append("import java.util.Objects;\n");
    s.append("import javax.annotation.Nullable;\n\n");
    s.append("/**\n");
    s.append(" * Checks requests against the spec's rules before they are sent (or, in the simulator, before\n");
    s.append(" * they are acted on): every schema constraint and every Live Activity type rule, compiled from\n");
    s.append(" * the spec into plain code over the generated records.\n");
    s.append(" *\n");
    s.append(" * <p>{@code RequestRules.validate(\"sendPushNotification\", request)} returns the violations,\n");
    s.append(" * empty when the request is valid, sorted by path. Paths name fields as the JSON does\n");
    s.append(" * ({@code content_state.metrics[8]}). Free-form JSON values ({@code payload}, webhook bodies) may\n");
    s.append(" * nest at most " + MAX_FREE_DEPTH + " levels. Stateless and thread-safe.\n");
    s.append(" */\n");
    s.append(model.generatedAnnotation()).append('\n');
    s.append("public final class RequestRules {\n");
    s.append("  %CONSTANTS%");
    s.append("  private RequestRules() {}\n\n");

    s.append("  /** As {@link #validate(String, Object, String)} with no known Live Activity type. */\n");
    s.append("  public static List<Violation> validate(String operationId, Object body) {\n");
    s.append("    return validate(operationId, body, null);\n");
    s.append("  }\n\n");
    s.append("  /**\n");
    s.append("   * Returns every rule a request body breaks.\n");
    s.append("   *\n");
    s.append("   * @param operationId the spec's operation id, such as {@code reconcileLiveActivityStream}\n");
    s.append("   * @param body the generated request record the operation takes\n");
    s.append("   * @param knownType the Live Activity's type when the content state may omit it (update, end, a\n");
    s.append("   *     running stream), else null\n");
    s.append("   * @throws IllegalArgumentException when the operation takes no body or another record\n");
    s.append("   */\n");
    s.append("  public static List<Violation> validate(String operationId, Object body, @Nullable String knownType) {\n");
    s.append("    Objects.requireNonNull(operationId, \"operationId == null\");\n");
    s.append("    Objects.requireNonNull(body, \"body == null\");\n");
    s.append("    List<Violation> out = new ArrayList<>();\n");
    s.append("    // First only whether anything is wrong, building no paths; then, if so, the paths.\n");
    s.append("    checkBody(operationId, body, knownType, Checks.UNNAMED, out);\n");
    s.append("    if (out.isEmpty()) {\n");
    s.append("      return List.of();\n");
    s.append("    }\n");
    s.append("    out.clear();\n");
    s.append("    checkBody(operationId, body, knownType, \"\", out);\n");
    s.append("    return sorted(out);\n");
    s.append("  }\n\n");
    s.append("  private static void checkBody(String operationId, Object body, @Nullable String knownType, String root,\n");
    s.append("      List<Violation> out) {\n");
    s.append("    switch (operationId) {\n");
    for (Op op : operations) {
      if (op.bodySchema() == null) {
        continue;
      }
      String record = modelPackage + "." + op.bodySchema();
      String known = model.phaseProperty(op.bodySchema()) != null ? "knownType, " : "";
      s.append("      case ").append(literal(op.id())).append(" -> ").append(RecordRulesWriter.className(op.bodySchema()))
          .append(".check(as(operationId, body, ").append(record).append(".class), root, ").append(known).append("out);\n");
    }
    s.append("      default -> throw new IllegalArgumentException(\"the spec has no operation \" + operationId + \" with a request body\");\n");
    s.append("    }\n");
    s.append("  }\n\n");

    s.append("  /**\n");
    s.append("   * Returns every rule a path parameter breaks, such as {@code stream_key} or a metric's {@code key}.\n");
    s.append("   *\n");
    s.append("   * @throws IllegalArgumentException when the operation has no such path parameter\n");
    s.append("   */\n");
    s.append("  public static List<Violation> validatePathParameter(String operationId, String name, String value) {\n");
    s.append("    Objects.requireNonNull(operationId, \"operationId == null\");\n");
    s.append("    Objects.requireNonNull(name, \"name == null\");\n");
    s.append("    Objects.requireNonNull(value, \"value == null\");\n");
    s.append("    List<Violation> out = new ArrayList<>();\n");
    s.append("    switch (operationId + \"/\" + name) {\n");
    int constant = 0;
    for (Op op : operations) {
      for (Map.Entry<String, Map<String, Object>> p : op.pathParameters().entrySet()) {
        Map<String, Object> schema = p.getValue();
        if (!"string".equals(JavaType.primaryType(schema))) {
          throw new IllegalStateException(op.id() + "." + p.getKey() + ": only string path parameters are supported");
        }
        String pattern = "null";
        String patternText = "null";
        if (schema.get("pattern") != null) {
          pattern = "P" + (constant++);
          patternText = literal(String.valueOf(schema.get("pattern")));
          constants.append("private static final java.util.regex.Pattern ").append(pattern)
              .append(" = java.util.regex.Pattern.compile(")
              .append(literal(EcmaPattern.toJava(String.valueOf(schema.get("pattern"))))).append(");\n  ");
        }
        int min = schema.get("minLength") == null ? 0 : new BigDecimal(String.valueOf(schema.get("minLength"))).intValueExact();
        int max = schema.get("maxLength") == null ? -1 : new BigDecimal(String.valueOf(schema.get("maxLength"))).intValueExact();
        s.append("      case ").append(literal(op.id() + "/" + p.getKey())).append(" -> Checks.string(value, ")
            .append(literal(p.getKey())).append(", ").append(min).append(", ").append(max).append(", ").append(pattern)
            .append(", ").append(patternText).append(", out);\n");
      }
    }
    s.append("      default -> throw new IllegalArgumentException(operationId + \" has no path parameter \" + name);\n");
    s.append("    }\n");
    s.append("    return List.copyOf(out);\n");
    s.append("  }\n");

    for (Phase phase : Phase.values()) {
      String schema = model.live().phaseSchemas().get(phase);
      String record = modelPackage + "." + schema;
      String property = contentStateProperty(schema);
      s.append("\n  /**\n");
      s.append("   * Returns every rule a {@code ").append(schema).append("} breaks on its own, its type's ")
          .append(phase.specKey()).append(" rules included;\n");
      s.append("   * paths start at {@code ").append(property).append("}.\n");
      s.append("   *\n");
      s.append("   * @param knownType the type to apply when the state names none, else null\n");
      s.append("   */\n");
      s.append("  public static List<Violation> validate").append(schema).append("(").append(record)
          .append(" state, @Nullable String knownType) {\n");
      s.append("    Objects.requireNonNull(state, \"state == null\");\n");
      s.append("    List<Violation> out = new ArrayList<>();\n");
      s.append("    String type = ").append(TypeRulesWriter.typeOf(model, schema, "state")).append(";\n");
      s.append("    for (String root : new String[] {Checks.UNNAMED, ").append(literal(property)).append("}) {\n");
      s.append("      ").append(RecordRulesWriter.className(schema)).append(".check(state, root, out);\n");
      s.append("      LiveActivityTypeRules.").append(TypeRulesWriter.methodName(model, schema))
          .append("(state, type == null ? knownType : type, root, out);\n");
      s.append("      if (out.isEmpty()) {\n");
      s.append("        return List.of();\n");
      s.append("      }\n");
      s.append("      if (root == Checks.UNNAMED) {\n");
      s.append("        out.clear(); // check again, with the paths\n");
      s.append("      }\n");
      s.append("    }\n");
      s.append("    return sorted(out);\n");
      s.append("  }\n");
    }

    s.append("\n  /**\n");
    s.append("   * Whether the spec sets no limit on an integer field in this direction, so that a value beyond\n");
    s.append("   * what the record's Java type holds is still valid JSON for it (a reader of raw JSON may then\n");
    s.append("   * keep the nearest value the type holds).\n");
    s.append("   *\n");
    s.append("   * @param schema the record's schema (its simple name), such as {@code PushNotificationRequest}\n");
    s.append("   * @param field the wire name\n");
    s.append("   * @param above true for values above the type's maximum, false for values below its minimum\n");
    s.append("   */\n");
    s.append("  public static boolean integerUnbounded(String schema, String field, boolean above) {\n");
    s.append("    return (above ? UNBOUNDED_ABOVE : UNBOUNDED_BELOW).contains(schema + \".\" + field);\n");
    s.append("  }\n");
    s.append("\n  private static <T> T as(String operationId, Object body, Class<T> type) {\n");
    s.append("    if (!type.isInstance(body)) {\n");
    s.append("      throw new IllegalArgumentException(operationId + \" takes a \" + type.getSimpleName() + \", not a \"\n");
    s.append("          + body.getClass().getName());\n");
    s.append("    }\n");
    s.append("    return type.cast(body);\n");
    s.append("  }\n\n");
    s.append("  private static List<Violation> sorted(List<Violation> violations) {\n");
    s.append("    List<Violation> out = new ArrayList<>(new LinkedHashSet<>(violations));\n");
    s.append("    out.sort(Comparator.comparing(Violation::path).thenComparing(Violation::rule));\n");
    s.append("    return List.copyOf(out);\n");
    s.append("  }\n");
    s.append("}\n");
    return s.toString().replace("%CONSTANTS%", constants.length() == 0 ? "" : constants.toString().stripTrailing() + "\n\n");
  }

  /** The request property that carries this content-state schema ({@code content_state}). */
  @SuppressWarnings("unchecked")
  private String contentStateProperty(String stateSchema) {
    for (Map.Entry<String, Map<String, Object>> e : model.components().entrySet()) {
      String property = model.phaseProperty(e.getKey());
      if (property != null) {
        Map<String, Object> props = (Map<String, Object>) e.getValue().get("properties");
        Object ref = ((Map<String, Object>) props.get(property)).get("$ref");
        if (stateSchema.equals(JavaType.refName(String.valueOf(ref)))) {
          return property;
        }
      }
    }
    throw new IllegalStateException("no request carries the content-state schema " + stateSchema);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> deref(Map<String, Object> node) {
    Object ref = node.get("$ref");
    if (ref == null) {
      return node;
    }
    String[] parts = String.valueOf(ref).substring(2).split("/");
    Object current = spec;
    for (String part : parts) {
      current = ((Map<String, Object>) current).get(part.replace("~1", "/").replace("~0", "~"));
      if (current == null) {
        throw new IllegalStateException("cannot resolve " + ref);
      }
    }
    return (Map<String, Object>) current;
  }

  @SuppressWarnings("unchecked")
  private static Object at(Map<String, Object> node, String... keys) {
    Object current = node;
    for (String key : keys) {
      if (!(current instanceof Map<?, ?> map)) {
        return null;
      }
      current = ((Map<String, Object>) map).get(key);
    }
    return current;
  }
}
