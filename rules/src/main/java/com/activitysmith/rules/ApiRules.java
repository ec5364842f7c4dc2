package com.activitysmith.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The spec's rules, ready to check requests: its JSON Schemas (with formats asserted) and the
 * per-type Live Activity rules of {@code x-activitysmith-live-activity-types}.
 *
 * <p>The client validates every request with this before sending it, the simulator answers 400
 * with it, and the DSL's annotation processor generates from {@link #liveActivities()}: one rule
 * set, read from the spec. {@code ApiRules.fromSpec().validate("startLiveActivity", tree)}.
 *
 * <p>Immutable and thread-safe; compiled schemas are cached.
 */
public final class ApiRules {
  /** Where the spec module packages the spec. */
  public static final String SPEC_RESOURCE = "com/activitysmith/spec/activitysmith.yaml";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).pathType(PathType.LEGACY)
          .regularExpressionFactory(EcmaPatterns.INSTANCE).build();

  private static volatile ApiRules bundled;

  private final JsonNode spec;
  private final ObjectNode schemaRoot;
  private final LiveActivityRules liveActivities;
  private final RateLimits rateLimits;
  private final Map<String, Integer> jsonByteLimits;
  private final Map<String, Operation> operations;
  private final Set<String> typeSpecific;
  private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

  private record Operation(String id, String bodySchema, Phase phase, Map<String, JsonNode> pathParameters,
      Map<String, String> responseSchemas, OperationInfo info) {}

  /**
   * How the spec describes one operation.
   *
   * @param id the operation id ({@code sendPushNotification})
   * @param method the HTTP method, upper case
   * @param path the path below the server URL, with {@code {name}} placeholders
   * @param idempotent the spec's {@code x-activitysmith-idempotent}
   * @param rateLimitPolicies the policies its {@code x-activitysmith-rate-limit-policies} names,
   *     on today's service; empty when it is not limited
   */
  public record OperationInfo(String id, String method, String path, boolean idempotent,
      List<RateLimitPolicy> rateLimitPolicies) {
    /**
     * Checks the id and copies the policies.
     *
     * @param id the operation id
     * @param method the HTTP method, upper case
     * @param path the path below the server URL
     * @param idempotent the spec's {@code x-activitysmith-idempotent}
     * @param rateLimitPolicies the rate-limit policies it counts against
     */
    public OperationInfo {
      Objects.requireNonNull(id, "id == null");
      rateLimitPolicies = List.copyOf(rateLimitPolicies);
    }

    /**
     * Whether the operation counts against any rate-limit policy.
     *
     * @return true when it names at least one policy
     */
    public boolean rateLimited() {
      return !rateLimitPolicies.isEmpty();
    }
  }

  /**
   * How the spec describes the operation.
   *
   * @param operationId the spec's operation id
   * @return its method, path and extensions
   * @throws IllegalArgumentException when the spec has no such operation
   */
  public OperationInfo operationInfo(String operationId) {
    return operation(operationId).info();
  }

  private ApiRules(JsonNode spec) {
    this.spec = spec;
    this.schemaRoot = spec.deepCopy();
    schemaRoot.remove("paths");
    schemaRoot.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    this.liveActivities = LiveActivityRules.parse(spec);
    this.rateLimits = RateLimits.parse(spec);
    this.jsonByteLimits = readJsonByteLimits();
    this.operations = readOperations();
    Set<String> specific = new LinkedHashSet<>();
    liveActivities.types().values().forEach(t -> specific.addAll(t.accepted()));
    this.typeSpecific = Set.copyOf(specific);
  }

  /**
   * The rules of the spec this library was built with, read once from the classpath.
   *
   * @return the shared rules
   * @throws SpecFormatException when the bundled spec is missing or malformed
   */
  public static ApiRules fromSpec() {
    ApiRules rules = bundled;
    if (rules == null) {
      synchronized (ApiRules.class) {
        rules = bundled;
        if (rules == null) {
          try (InputStream in = ApiRules.class.getClassLoader().getResourceAsStream(SPEC_RESOURCE)) {
            if (in == null) {
              throw new SpecFormatException(SPEC_RESOURCE + " is not on the classpath; add activitysmith-spec");
            }
            rules = bundled = fromSpec(in);
          } catch (IOException e) {
            throw new SpecFormatException("cannot read " + SPEC_RESOURCE, e);
          }
        }
      }
    }
    return rules;
  }

  /**
   * The rules of another spec document (YAML or JSON), for tools and tests.
   *
   * @param yamlOrJson the spec document; not closed
   * @return the rules it states
   * @throws SpecFormatException when the document cannot be read or its rules are malformed
   */
  public static ApiRules fromSpec(InputStream yamlOrJson) {
    Objects.requireNonNull(yamlOrJson, "yamlOrJson == null");
    try {
      return new ApiRules(YAML.readTree(yamlOrJson));
    } catch (IOException e) {
      throw new SpecFormatException("the spec is not valid YAML or JSON: " + e.getMessage(), e);
    }
  }

  /**
   * The per-type Live Activity rules.
   *
   * @return the rules read from {@code x-activitysmith-live-activity-types}
   */
  public LiveActivityRules liveActivities() {
    return liveActivities;
  }

  /**
   * The whole spec as plain Java maps, lists, strings, numbers and booleans, in document order.
   *
   * <p>For generators that read the spec's schemas or extension hints beside the parsed rules
   * (the DSL's annotation processor). Each call returns a fresh copy the caller may keep.
   *
   * @return a fresh copy of the spec
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> specTree() {
    return JSON.convertValue(spec, LinkedHashMap.class);
  }

  /**
   * Every rate-limit policy of today's service, in spec order: per feature one per account and
   * one per calling address ({@code x-activitysmith-rate-limits.policies}).
   *
   * @return the policies, unmodifiable
   */
  public List<RateLimitPolicy> rateLimitPolicies() {
    return List.copyOf(rateLimits.policies.values());
  }

  /**
   * The policies an operation counted against on older deployments, which had one account
   * budget shared by push, the stream operations and metrics ({@code
   * x-activitysmith-rate-limits.legacy}); empty when the operation was not limited there.
   *
   * @throws IllegalArgumentException when the spec has no such operation
   * @param operationId the spec's operation id
   * @return the policies, unmodifiable
   */
  public List<RateLimitPolicy> legacyRateLimitPolicies(String operationId) {
    operation(operationId);
    return rateLimits.legacyOperations.getOrDefault(operationId, List.of());
  }

  /**
   * The status older deployments answer "no recipients" with (404; today's service uses 422).
   *
   * @return the HTTP status
   */
  public int legacyNoRecipientsStatus() {
    return rateLimits.legacyNoRecipientsStatus;
  }

  /**
   * The size limits the spec states with {@code x-activitysmith-max-json-bytes}: schema name to
   * the most bytes a value of it may take as compact UTF-8 JSON ({@code Metadata} to 16384).
   * {@link #validate} checks every request property whose schema has one.
   *
   * @return the limits by schema name
   */
  public Map<String, Integer> jsonByteLimits() {
    return jsonByteLimits;
  }

  /**
   * The operation ids the spec defines, in spec order.
   *
   * @return the ids, unmodifiable
   */
  public Set<String> operationIds() {
    return operations.keySet();
  }

  /**
   * Checks a request body against its operation's schema and, where it carries a Live Activity
   * content state, against that type's rules.
   *
   * @param operationId the spec's operation id ({@code reconcileLiveActivityStream})
   * @param body the body as a JSON tree: maps, lists, strings, numbers, booleans and nulls, as
   *     Moshi's {@code Object} adapter or Jackson's {@code convertValue} produce
   * @return the violations, empty when the body is valid
   * @throws IllegalArgumentException when the spec has no such operation or it takes no body
   */
  public List<SpecViolation> validate(String operationId, Object body) {
    return validateTree(operationId, JSON.valueToTree(body));
  }

  /**
   * As {@link #validate(String, Object)}, with the body as JSON text (numbers read exactly).
   *
   * @param operationId the spec's operation id
   * @param json the body as JSON text
   * @return the violations, empty when the body is valid
   */
  public List<SpecViolation> validateJson(String operationId, String json) {
    Objects.requireNonNull(json, "json == null");
    try {
      return validateTree(operationId, JSON.readTree(json));
    } catch (JsonProcessingException e) {
      return List.of(new SpecViolation("", "json", "the body is not valid JSON: " + e.getOriginalMessage()));
    }
  }

  /**
   * The component schema the spec gives for an operation's response with this status, such as
   * {@code NoRecipientsError} for a 404 of {@code sendPushNotification}; null when the spec lists
   * no such response or its schema is not a single named component.
   *
   * @param operationId the spec's operation id
   * @param status the HTTP status
   * @return the schema's component name, or null
   */
  public String responseSchema(String operationId, int status) {
    return operation(operationId).responseSchemas().get(String.valueOf(status));
  }

  /**
   * Checks a path parameter against its schema in the spec ({@code stream_key}, metric {@code key}).
   *
   * @return the violations, empty when the value is valid
   * @param operationId the spec's operation id
   * @param name the parameter's name in the path template
   * @param value the value to check; null is reported as missing
   */
  public List<SpecViolation> validatePathParameter(String operationId, String name, String value) {
    JsonNode schema = operation(operationId).pathParameters().get(name);
    if (schema == null) {
      throw new IllegalArgumentException(operationId + " has no path parameter " + name);
    }
    if (value == null) {
      return List.of(new SpecViolation(name, "required", name + " is required"));
    }
    List<SpecViolation> out = new ArrayList<>();
    for (ValidationMessage m : compile("param:" + operationId + ":" + name, schema).validate(JsonNodeFactory.instance.textNode(value))) {
      out.add(new SpecViolation(name, m.getType(), name + " \"" + value + "\" " + describe(m)));
    }
    return out;
  }

  /**
   * Checks one content state against the phase's schema and its type's rules.
   *
   * @param knownType the type of the activity the state is for, used when the state omits
   *     {@code type} (the service keeps the existing type); null when unknown
   * @param phase the phase the state is sent with
   * @param contentState the state as a JSON tree of maps, lists and values
   * @return the violations, sorted by path; empty when the state is valid
   */
  public List<SpecViolation> validateContentState(Phase phase, Object contentState, String knownType) {
    Objects.requireNonNull(phase, "phase == null");
    JsonNode state = JSON.valueToTree(contentState);
    List<SpecViolation> out = new ArrayList<>();
    JsonNode schema = refTo(liveActivities.phaseSchemas().get(phase));
    for (ValidationMessage m : compile("phase:" + phase, schema).validate(state)) {
      out.add(toViolation("content_state", m));
    }
    out.addAll(typeRules(phase, state, JsonNodeFactory.instance.objectNode(), knownType));
    return sorted(out);
  }

  /**
   * As {@link #validateContentState(Phase, Object, String)} with no known type.
   *
   * @param phase the phase the state is sent with
   * @param contentState the state as a JSON tree of maps, lists and values
   * @return the violations, sorted by path; empty when the state is valid
   */
  public List<SpecViolation> validateContentState(Phase phase, Object contentState) {
    return validateContentState(phase, contentState, null);
  }

  private List<SpecViolation> validateTree(String operationId, JsonNode body) {
    Operation op = operation(operationId);
    if (op.bodySchema() == null) {
      throw new IllegalArgumentException(operationId + " takes no request body");
    }
    List<SpecViolation> out = new ArrayList<>();
    for (ValidationMessage m : compile(op.bodySchema(), refTo(op.bodySchema())).validate(body)) {
      out.add(toViolation("", m));
    }
    JsonNode state = body.get("content_state");
    if (op.phase() != null && state != null && state.isObject()) {
      out.addAll(typeRules(op.phase(), state, body, null));
    }
    out.addAll(schemaChecks(op.bodySchema(), body));
    out.addAll(byteLimits(op.bodySchema(), body));
    return sorted(out);
  }

  /**
   * The body schema's {@code x-activitysmith-checks}: cross-field rules JSON Schema cannot state,
   * such as {@code sameSet: [channels, target.channels]} (both lists, when present, hold the same
   * values in any order).
   */
  private List<SpecViolation> schemaChecks(String schemaName, JsonNode body) {
    List<SpecViolation> out = new ArrayList<>();
    for (JsonNode check : spec.at("/components/schemas/" + schemaName + "/x-activitysmith-checks")) {
      JsonNode pair = check.path("sameSet");
      if (pair.size() != 2) {
        throw new SpecFormatException(schemaName + ".x-activitysmith-checks: expected {id, sameSet: [a, b]} but was " + check);
      }
      String left = pair.get(0).asText();
      String right = pair.get(1).asText();
      JsonNode a = body.at("/" + left.replace('.', '/'));
      JsonNode b = body.at("/" + right.replace('.', '/'));
      if (a.isArray() && b.isArray() && !valueSet(a).equals(valueSet(b))) {
        out.add(new SpecViolation(left, check.path("id").asText("sameSet"),
            left + " " + valueSet(a) + " and " + right + " " + valueSet(b) + " must name the same values"));
      }
    }
    return out;
  }

  /** Request properties over their schema's {@code x-activitysmith-max-json-bytes}. */
  private List<SpecViolation> byteLimits(String schemaName, JsonNode body) {
    List<SpecViolation> out = new ArrayList<>();
    spec.at("/components/schemas/" + schemaName + "/properties").fields().forEachRemaining(p -> {
      JsonNode ref = p.getValue().path("$ref");
      Integer limit = ref.isTextual() ? jsonByteLimits.get(ref.asText().replace("#/components/schemas/", "")) : null;
      JsonNode value = body.get(p.getKey());
      if (limit != null && value != null) {
        int size = jsonBytes(value);
        if (size > limit) {
          out.add(new SpecViolation(p.getKey(), MAX_JSON_BYTES,
              p.getKey() + " takes " + size + " bytes as UTF-8 JSON but at most " + limit + " are allowed"));
        }
      }
    });
    return out;
  }

  /** The rule name of a violated {@code x-activitysmith-max-json-bytes}. */
  public static final String MAX_JSON_BYTES = "maxJsonBytes";

  /**
   * The size of a JSON value written compactly as UTF-8, as the client sends it.
   *
   * @param value a JSON tree of maps, lists, strings, numbers, booleans and nulls
   * @return the number of bytes
   */
  public static int jsonBytes(Object value) {
    try {
      return JSON.writeValueAsBytes(value instanceof JsonNode ? value : JSON.valueToTree(value)).length;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON value: " + e.getOriginalMessage(), e);
    }
  }

  private Map<String, Integer> readJsonByteLimits() {
    Map<String, Integer> out = new LinkedHashMap<>();
    spec.path("components").path("schemas").fields().forEachRemaining(e -> {
      JsonNode limit = e.getValue().get("x-activitysmith-max-json-bytes");
      if (limit != null) {
        if (!limit.canConvertToInt() || limit.asInt() < 1) {
          throw new SpecFormatException(e.getKey() + ".x-activitysmith-max-json-bytes must be a positive integer but was " + limit);
        }
        out.put(e.getKey(), limit.asInt());
      }
    });
    return java.util.Collections.unmodifiableMap(out);
  }

  private static Set<String> valueSet(JsonNode array) {
    Set<String> values = new java.util.TreeSet<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  /** The per-type rules: required fields per phase, unsupported features, cross-field checks. */
  private List<SpecViolation> typeRules(Phase phase, JsonNode state, JsonNode request, String knownType) {
    String typeName = state.path("type").isTextual() ? state.get("type").asText() : knownType;
    ActivityTypeRule type = typeName == null ? null : liveActivities.types().get(typeName);
    if (type == null) {
      return List.of(); // no type (kept by the service) or an unknown one, which the schema reports
    }
    List<SpecViolation> out = new ArrayList<>();
    if (!type.stateSchema().isEmpty()) {
      JsonNode narrowing = JSON.valueToTree(type.stateSchema());
      for (ValidationMessage m : compile("type:" + type.name(), narrowing).validate(state)) {
        SpecViolation v = toViolation("content_state", m);
        out.add(new SpecViolation(v.path(), v.rule(), type.name() + ": " + v.message()));
      }
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> values = JSON.convertValue(state, Map.class);
    for (Requirement requirement : type.requirements(phase)) {
      if (!requirement.isMetBy(values)) {
        String path = requirement instanceof Requirement.Field f ? "content_state." + f.name()
            : requirement instanceof Requirement.FixedValue v ? "content_state." + v.name() : "content_state";
        out.add(new SpecViolation(path, "RequiredForType",
            type.name() + " needs " + requirement + " on " + phase.specKey()));
      }
    }
    state.fieldNames().forEachRemaining(field -> {
      if (typeSpecific.contains(field) && !type.accepts(field)) {
        out.add(new SpecViolation("content_state." + field, "UnsupportedByType",
            field + " is not supported by " + type.name() + " Live Activities"));
      }
    });
    request.fieldNames().forEachRemaining(field -> {
      if (!field.equals("content_state") && typeSpecific.contains(field) && !type.accepts(field)) {
        out.add(new SpecViolation(field, "UnsupportedByType",
            field + " is not supported by " + type.name() + " Live Activities"));
      }
    });
    for (Check check : type.checks()) {
      String problem = check.violation(values);
      if (problem != null) {
        out.add(new SpecViolation("content_state." + check.left(), check.id(), problem));
      }
    }
    return out;
  }

  private Operation operation(String operationId) {
    Objects.requireNonNull(operationId, "operationId == null");
    Operation op = operations.get(operationId);
    if (op == null) {
      throw new IllegalArgumentException("the spec has no operation " + operationId + "; known: " + operations.keySet());
    }
    return op;
  }

  private Map<String, Operation> readOperations() {
    Map<String, Operation> out = new LinkedHashMap<>();
    spec.path("paths").fields().forEachRemaining(path -> {
      List<JsonNode> shared = new ArrayList<>();
      path.getValue().path("parameters").forEach(shared::add);
      path.getValue().fields().forEachRemaining(method -> {
        JsonNode op = method.getValue();
        if (!op.has("operationId")) {
          return;
        }
        Map<String, JsonNode> params = new LinkedHashMap<>();
        List<JsonNode> all = new ArrayList<>(shared);
        op.path("parameters").forEach(all::add);
        for (JsonNode p : all) {
          JsonNode param = deref(p);
          if ("path".equals(param.path("in").asText())) {
            params.put(param.get("name").asText(), param.get("schema"));
          }
        }
        JsonNode bodyRef = op.at("/requestBody/content/application~1json/schema/$ref");
        String bodySchema = bodyRef.isTextual() ? bodyRef.asText().replace("#/components/schemas/", "") : null;
        Phase phase = null;
        if (bodySchema != null) {
          JsonNode stateRef = spec.at("/components/schemas/" + bodySchema + "/properties/content_state/$ref");
          if (stateRef.isTextual()) {
            phase = liveActivities.phaseOfSchema(stateRef.asText().replace("#/components/schemas/", ""));
          }
        }
        Map<String, String> responses = new LinkedHashMap<>();
        op.path("responses").fields().forEachRemaining(r -> {
          JsonNode ref = deref(r.getValue()).at("/content/application~1json/schema/$ref");
          if (ref.isTextual()) {
            responses.put(r.getKey(), ref.asText().replace("#/components/schemas/", ""));
          }
        });
        String id = op.get("operationId").asText();
        OperationInfo info = new OperationInfo(id, method.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(),
            op.path("x-activitysmith-idempotent").asBoolean(false), rateLimits.forOperation(id, op));
        out.put(id, new Operation(id, bodySchema, phase, params, Map.copyOf(responses), info));
      });
    });
    return java.util.Collections.unmodifiableMap(out);
  }

  private JsonNode deref(JsonNode node) {
    return node.has("$ref") ? spec.at(node.get("$ref").asText().substring(1)) : node;
  }

  private static ObjectNode refTo(String schemaName) {
    return JsonNodeFactory.instance.objectNode().put("$ref", "#/components/schemas/" + schemaName);
  }

  private JsonSchema compile(String key, JsonNode schema) {
    return compiled.computeIfAbsent(key, k -> {
      ObjectNode root = schemaRoot.deepCopy();
      root.setAll((ObjectNode) schema);
      return FACTORY.getSchema(root, CONFIG);
    });
  }

  private static SpecViolation toViolation(String prefix, ValidationMessage m) {
    String location = m.getInstanceLocation().toString();
    String path = location.equals("$") ? "" : location.startsWith("$.") ? location.substring(2) : location.substring(1);
    if (!prefix.isEmpty()) {
      path = path.isEmpty() ? prefix : prefix + "." + path;
    }
    String type = m.getType();
    if (("required".equals(type) || "additionalProperties".equals(type) || "dependentRequired".equals(type))
        && m.getProperty() != null) {
      path = path.isEmpty() ? m.getProperty() : path + "." + m.getProperty();
    }
    if ("maxItems".equals(type) && m.getArguments() != null && m.getArguments().length > 0) {
      path = path + "[" + m.getArguments()[0] + "]";
    }
    JsonNode excluded = "not".equals(type) && m.getSchemaNode() != null ? m.getSchemaNode().path("required") : null;
    if (excluded != null && excluded.size() > 1) {
      // `not: {required: [a, b]}` states fields that exclude each other; say so in those words.
      List<String> fields = new ArrayList<>();
      excluded.forEach(f -> fields.add(f.asText()));
      String where = path.isEmpty() ? "" : path + ".";
      return new SpecViolation(where + fields.get(0), "mutuallyExclusive",
          String.join(" and ", fields) + " cannot be combined; send only one of them");
    }
    return new SpecViolation(path, type, describe(m));
  }

  /** The library's message without its leading location, which the path already says. */
  private static String describe(ValidationMessage m) {
    String message = m.getMessage();
    int colon = message.indexOf(": ");
    return message.startsWith("$") && colon > 0 ? message.substring(colon + 2) : message;
  }

  private static List<SpecViolation> sorted(List<SpecViolation> violations) {
    List<SpecViolation> out = new ArrayList<>(new LinkedHashSet<>(violations));
    out.sort(Comparator.comparing(SpecViolation::path).thenComparing(SpecViolation::rule));
    return List.copyOf(out);
  }
}
