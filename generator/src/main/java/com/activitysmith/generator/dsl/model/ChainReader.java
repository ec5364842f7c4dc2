package com.activitysmith.generator.dsl.model;

import com.activitysmith.rules.ActivityTypeRule;
import com.activitysmith.rules.ApiRules;
import com.activitysmith.rules.LiveActivityRules;
import com.activitysmith.rules.Requirement;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the spec's per-type rules, schemas and DSL naming hints into {@link Chain}s.
 *
 * <p>Problems are collected, never thrown: each is a readable message starting with a stable
 * id ({@code [ActivitySmith:SpecRules]}) that the processor reports on the annotated element.
 */
public final class ChainReader {
  /** Package of hand-written DSL values the generated code takes as parameters. */
  public static final String DSL_PACKAGE = "com.activitysmith.dsl";
  /** Package of the wire helper the generated code calls. */
  public static final String INTERNAL_PACKAGE = "com.activitysmith.dsl.internal";

  static final ClassName WIRE = ClassName.get(INTERNAL_PACKAGE, "Wire");

  /** Schemas with a hand-written DSL value class taking their place as a parameter. */
  private static final Map<String, String> VALUE_CLASSES = Map.of(
      "LiveActivityColor", "Color",
      "LiveActivityIcon", "Icon",
      "LiveActivityBadge", "Badge",
      "ActivityMetric", "Metric",
      "LiveActivityAction", "Action",
      "Metadata", "Metadata");

  private final ApiRules rules;
  private final Map<String, Object> spec;
  private final Map<String, Object> schemas;
  private final Map<String, Object> hints;
  private final List<String> errors = new ArrayList<>();
  private final Set<String> typeSpecific = new HashSet<>();

  /**
   * A reader over one spec.
   *
   * @param rules the spec's rules; its spec tree supplies the schemas and the {@code dsl} hints
   */
  public ChainReader(ApiRules rules) {
    this.rules = rules;
    this.spec = rules.specTree();
    this.schemas = map(map(spec.get("components")).get("schemas"));
    this.hints = map(map(spec.get(LiveActivityRules.EXTENSION)).get("dsl"));
    rules.liveActivities().types().values().forEach(t -> typeSpecific.addAll(t.accepted()));
  }

  /**
   * Problems found so far, each once (a stream's PUT and DELETE chains read the same phase's
   * rules, so they would find its problems twice); the model is only usable when this is empty.
   *
   * @return the messages, each with a stable {@code [ActivitySmith:...]} id
   */
  public List<String> errors() {
    return List.copyOf(new java.util.LinkedHashSet<>(errors));
  }

  /**
   * Reads every type in every phase.
   *
   * @return the model; check {@link #errors()} before using it
   */
  public DslModel read() {
    LiveActivityRules live = rules.liveActivities();
    if (!live.alwaysRequired().equals(List.of("title"))) {
      errors.add("[ActivitySmith:SpecRules] always.required is " + live.alwaysRequired()
          + " but the DSL models exactly [title] as the field every content state needs; keep it so");
    }
    Map<PhaseBinding, List<Chain>> chains = new EnumMap<>(PhaseBinding.class);
    Map<String, List<String>> requestKeys = new LinkedHashMap<>();
    for (PhaseBinding binding : PhaseBinding.values()) {
      List<Chain> list = new ArrayList<>();
      for (ActivityTypeRule type : live.types().values()) {
        list.add(chain(type, binding));
      }
      chains.put(binding, list);
      checkChooser(list, binding);
      for (PhaseBinding.Payload payload : binding.payloads()) {
        requestKeys.put(payload.requestSchema(), requestProperties(payload.requestSchema()));
      }
    }
    Map<String, Object> info = map(spec.get("info"));
    String title = info.getOrDefault("title", "spec") + " " + info.getOrDefault("version", "");
    return new DslModel(chains, requestKeys, title.trim());
  }

  private Chain chain(ActivityTypeRule type, PhaseBinding binding) {
    String where = "types." + type.name() + " (" + binding.phase().specKey() + ")";
    Map<String, Object> typeHints = map(map(map(map(spec.get(LiveActivityRules.EXTENSION)).get("types")).get(type.name())).get("dsl"));
    String method = string(typeHints.get("method"), camel(type.name(), false));
    List<String> entry = strings(typeHints.get("entry"));
    Map<String, Object> aliases = map(typeHints.get("aliases"));
    String stateSchema = rules.liveActivities().phaseSchemas().get(binding.phase());
    Map<String, Object> props = map(map(schemas.get(stateSchema)).get("properties"));
    if (props.isEmpty()) {
      errors.add("[ActivitySmith:SpecRules] phase " + binding.phase().specKey() + " names schema " + stateSchema
          + ", which has no properties; point phases." + binding.phase().specKey() + " at a content-state schema");
    }
    for (String field : type.fields()) {
      if (!props.containsKey(field)) {
        errors.add("[ActivitySmith:SpecRules] " + where + ": field " + field + " is not a property of " + stateSchema
            + "; add it to the schema or remove it from fields");
      }
    }

    // Entry fields are said at the entry method in every phase, never as a later option.
    Set<String> mentioned = new HashSet<>(List.of("title", "type"));
    mentioned.addAll(entry);
    List<Requirement> required = type.requirements(binding.phase());
    List<List<Setter>> alternatives = new ArrayList<>();
    alternatives.add(List.of());
    List<Chain.Step> steps = new ArrayList<>();
    Set<String> requiredAtEntry = new HashSet<>();
    for (Requirement requirement : required) {
      List<List<Requirement>> groups = groupsOf(requirement);
      groups.forEach(g -> g.forEach(r -> mentioned.add(fieldOf(r))));
      List<List<Requirement>> groupOf = new ArrayList<>();
      List<List<Setter>> groupSetters = ways(groups, groupOf, type, props, where);
      if (atEntry(requirement, entry)) {
        requiredAtEntry.addAll(fieldsOf(requirement));
        alternatives = joined(alternatives, groupSetters);
      } else {
        List<DslMethod> methods = new ArrayList<>();
        for (int i = 0; i < groupSetters.size(); i++) {
          methods.add(new DslMethod(groupName(groupOf.get(i), aliases), groupSetters.get(i)));
        }
        steps.add(new Chain.Step(camel(fieldOf(groups.get(0).get(0)), true), methods));
        checkClashes(methods, where + " step " + fieldOf(groups.get(0).get(0)));
      }
    }
    // Where this phase requires none of an entry shape's fields, the entry method may still take
    // them, in the shape another phase requires, or leave them out (the bare entry method).
    for (Requirement shape : entryShapes(type, entry, where)) {
      if (required.contains(shape) || fieldsOf(shape).stream().anyMatch(requiredAtEntry::contains)) {
        continue;
      }
      List<List<Setter>> optional = new ArrayList<>();
      optional.add(List.of());
      optional.addAll(ways(groupsOf(shape), new ArrayList<>(), type, props, where));
      alternatives = joined(alternatives, optional);
    }
    List<DslMethod> entries = new ArrayList<>();
    for (List<Setter> alternative : alternatives) {
      String name = method;
      if (!alternative.isEmpty() && alternative.stream().allMatch(s -> s.params().isEmpty())) {
        String key = String.join(",", alternative.stream().map(s -> s.key() + "=" + s.value()).toList());
        name = string(aliases.get(key), method);
      }
      entries.add(new DslMethod(name, alternative));
    }
    checkClashes(entries, where + " entry");

    List<DslMethod> options = new ArrayList<>();
    Set<String> stateOptions = new LinkedHashSet<>(type.fields());
    stateOptions.addAll(type.supports());
    stateOptions.addAll(rules.liveActivities().phaseOptions(binding.phase()));
    for (String key : stateOptions) {
      if (mentioned.contains(key) || !props.containsKey(key)) {
        continue; // request-level features are read from the request schema below
      }
      for (Setter s : setters(key, false, fieldSchema(type, key, props), false, where)) {
        options.add(new DslMethod(camel(name(key), false), List.of(s)));
      }
    }
    Set<String> requestOptions = new LinkedHashSet<>();
    binding.payloads().forEach(p -> requestOptions.addAll(requestProperties(p.requestSchema())));
    for (String key : requestOptions) {
      if (typeSpecific.contains(key) && !type.accepts(key)) {
        continue;
      }
      Map<String, Object> schema = null;
      for (PhaseBinding.Payload p : binding.payloads()) {
        Map<String, Object> candidate = map(map(map(schemas.get(p.requestSchema())).get("properties")).get(key));
        if (!candidate.isEmpty()) {
          schema = candidate;
          break;
        }
      }
      for (Setter s : setters(key, true, schema, false, where)) {
        options.add(new DslMethod(camel(name(key), false), List.of(s)));
      }
      Object cleared = map(hints.get("clear")).get(key);
      if (cleared != null) {
        CodeBlock empty = cleared instanceof Map<?, ?> ? CodeBlock.of("$T.of()", Map.class)
            : cleared instanceof List<?> ? CodeBlock.of("$T.of()", List.class) : null;
        if (empty == null || !(cleared instanceof Map<?, ?> m ? m.isEmpty() : ((List<?>) cleared).isEmpty())) {
          errors.add("[ActivitySmith:SpecRules] dsl.clear." + key + " is " + cleared
              + "; give the empty list [] or the empty object {} the service reads as \"remove\"");
        } else {
          String doc = "Removes what the service stored for {@code " + key + "} by sending " + (cleared instanceof Map ? "{@code {}}" : "{@code []}") + ".";
          options.add(new DslMethod(camel("clear_" + camel(name(key), false), false),
              List.of(new Setter(key, true, List.of(), empty, doc))));
        }
      }
    }
    List<DslMethod> all = new ArrayList<>(options);
    steps.forEach(step -> all.addAll(step.methods()));
    all.add(new DslMethod("title", List.of()));
    checkClashes(all, where);
    String base = camel(type.name(), true) + binding.suffix();
    return new Chain(type.name(), type.description(), binding, base, entries, steps, options);
  }

  private static List<List<Requirement>> groupsOf(Requirement requirement) {
    return requirement instanceof Requirement.OneOf oneOf ? oneOf.groups() : List.of(List.of(requirement));
  }

  /** Every field a requirement names, in all its groups. */
  private static Set<String> fieldsOf(Requirement requirement) {
    Set<String> out = new LinkedHashSet<>();
    groupsOf(requirement).forEach(g -> g.forEach(r -> out.add(fieldOf(r))));
    return out;
  }

  /** Whether the type's entry method takes every field the requirement names. */
  private static boolean atEntry(Requirement requirement, List<String> entry) {
    return entry.containsAll(fieldsOf(requirement));
  }

  /**
   * The shapes in which the entry method takes the type's {@code entry} fields: each requirement
   * of any phase that names only entry fields, once, in phase order; an entry field no phase
   * requires is taken on its own.
   */
  private List<Requirement> entryShapes(ActivityTypeRule type, List<String> entry, String where) {
    List<Requirement> shapes = new ArrayList<>();
    Set<String> covered = new HashSet<>();
    for (com.activitysmith.rules.Phase phase : com.activitysmith.rules.Phase.values()) {
      for (Requirement r : type.requirements(phase)) {
        if (atEntry(r, entry) && !shapes.contains(r)) {
          shapes.add(r);
          covered.addAll(fieldsOf(r));
        }
      }
    }
    for (String field : entry) {
      if (!type.fields().contains(field)) {
        errors.add("[ActivitySmith:SpecRules] " + where + ": dsl.entry names " + field
            + ", which is not one of the type's fields; add it to fields or remove it from dsl.entry");
      } else if (!covered.contains(field)) {
        shapes.add(new Requirement.Field(field));
      }
    }
    return shapes;
  }

  /**
   * One list of setters per way to meet one of the groups; a field that takes a number or a text
   * multiplies its group into one way per kind. {@code groupOf} receives each way's group.
   */
  private List<List<Setter>> ways(List<List<Requirement>> groups, List<List<Requirement>> groupOf,
      ActivityTypeRule type, Map<String, Object> props, String where) {
    List<List<Setter>> out = new ArrayList<>();
    for (List<Requirement> group : groups) {
      List<List<Setter>> ways = new ArrayList<>();
      ways.add(List.of());
      for (Requirement r : group) {
        List<Setter> choices = requiredSetters(r, type, props, where);
        if (!choices.isEmpty()) {
          List<List<Setter>> next = new ArrayList<>();
          for (List<Setter> way : ways) {
            for (Setter choice : choices) {
              List<Setter> joined = new ArrayList<>(way);
              joined.add(choice);
              next.add(joined);
            }
          }
          ways = next;
        }
      }
      for (List<Setter> way : ways) {
        out.add(way);
        groupOf.add(group);
      }
    }
    return out;
  }

  /** Every alternative so far followed by every way of the next requirement. */
  private static List<List<Setter>> joined(List<List<Setter>> before, List<List<Setter>> next) {
    List<List<Setter>> product = new ArrayList<>();
    for (List<Setter> b : before) {
      for (List<Setter> n : next) {
        List<Setter> joined = new ArrayList<>(b);
        joined.addAll(n);
        product.add(joined);
      }
    }
    return product;
  }

  /** Request-level keys of a request schema the DSL offers: not the content state, id or omitted ones. */
  private List<String> requestProperties(String schemaName) {
    Map<String, Object> props = map(map(schemas.get(schemaName)).get("properties"));
    if (props.isEmpty()) {
      errors.add("[ActivitySmith:SpecRules] request schema " + schemaName + " is missing or has no properties; the "
          + "runtime's payload interfaces return it");
    }
    List<String> omit = strings(hints.get("omit"));
    List<String> out = new ArrayList<>();
    for (String key : props.keySet()) {
      if (!key.equals("content_state") && !key.equals("activity_id") && !omit.contains(key)) {
        out.add(key);
      }
    }
    return out;
  }

  /** The ways to set a required field: one setter, or one per kind of a number-or-text field. */
  private List<Setter> requiredSetters(Requirement r, ActivityTypeRule type, Map<String, Object> props, String where) {
    if (r instanceof Requirement.FixedValue fixed) {
      Object v = fixed.value();
      CodeBlock value = v instanceof String ? CodeBlock.of("$S", v) : CodeBlock.of("$L", v);
      return List.of(new Setter(fixed.name(), false, List.of(), value, "fixed to " + v));
    }
    if (r instanceof Requirement.Field field) {
      if (map(props.get(field.name())).isEmpty()) {
        errors.add("[ActivitySmith:SpecRules] " + where + ": required field " + field.name()
            + " is not a property of the phase's content-state schema; add it there");
        return List.of();
      }
      return setters(field.name(), false, fieldSchema(type, field.name(), props), true, where);
    }
    errors.add("[ActivitySmith:SpecRules] " + where + ": a oneOf may not nest inside another; flatten it");
    return List.of();
  }

  /**
   * A content-state field's schema for one type: the type's {@code state_schema} narrowing when
   * it has one (progress's {@code value} is only a number), else the phase schema's property.
   */
  private Map<String, Object> fieldSchema(ActivityTypeRule type, String field, Map<String, Object> props) {
    Map<String, Object> narrowed = type.narrowedField(field);
    if (narrowed.isEmpty()) {
      return map(props.get(field));
    }
    Map<String, Object> merged = new LinkedHashMap<>(narrowed);
    Object doc = map(props.get(field)).get("description");
    if (doc == null) {
      doc = descriptionOf(refName(map(props.get(field))));
    }
    merged.putIfAbsent("description", doc);
    return merged;
  }

  /**
   * The setters for one key: one, or one per choice when its schema is a {@code oneOf} of
   * scalars (a value that is a number or a text becomes two overloads).
   */
  private List<Setter> setters(String key, boolean request, Map<String, Object> schema, boolean required, String where) {
    Map<String, Object> target = schema;
    String ref = refName(schema);
    if (ref != null && !VALUE_CLASSES.containsKey(ref)) {
      target = map(schemas.get(ref));
    }
    Object oneOf = target == null ? null : target.get("oneOf");
    if (!(oneOf instanceof List<?> choices)) {
      Setter s = setter(key, request, schema, required, where);
      if (s == null) {
        return List.of();
      }
      Setter collection = collectionVariant(s);
      return collection == null ? List.of(s) : List.of(s, collection);
    }
    String doc = string(schema.get("description"), string(target.get("description"), ""));
    String param = camel(name(key), false);
    List<Setter> out = new ArrayList<>();
    for (Object choice : choices) {
      TypeName single = singleType(key, map(choice));
      if (single == null) {
        errors.add("[ActivitySmith:UnsupportedField] " + where + ": " + key + " may be " + choice
            + ", which the DSL cannot take as a parameter; keep the choices to string, number and boolean");
        return List.of();
      }
      out.add(new Setter(key, request, List.of(ParameterSpec.builder(single, param).build()), wireOf(single, param), doc));
    }
    return out;
  }

  /**
   * The parameters and wire expression for one key, from its schema.
   *
   * @param required whether the key is required here; a required list takes at least one item by signature
   */
  private Setter setter(String key, boolean request, Map<String, Object> schema, boolean required, String where) {
    String param = camel(name(key), false);
    String doc = string(schema == null ? null : schema.get("description"), "");
    if (schema == null || schema.isEmpty()) {
      errors.add("[ActivitySmith:SpecRules] " + where + ": " + key + " has no schema");
      return null;
    }
    String ref = refName(schema);
    if ("LiveActivityType".equals(ref)) {
      return null; // the branch method sets the type
    }
    if ("AlertPayload".equals(ref)) {
      return new Setter(key, request, List.of(
          ParameterSpec.builder(String.class, "title").build(), ParameterSpec.builder(String.class, "body").build()),
          CodeBlock.of("$T.banner(title, body)", WIRE), doc.isEmpty() ? descriptionOf(ref) : doc);
    }
    if ("ChannelTarget".equals(ref)) {
      return new Setter(key, request, List.of(
          ParameterSpec.builder(String.class, "channel").build(),
          ParameterSpec.builder(ArrayTypeName.of(String.class), "more").build()),
          CodeBlock.of("$T.target(channel, more)", WIRE), doc.isEmpty() ? descriptionOf(ref) : doc);
    }
    if (ref != null && !VALUE_CLASSES.containsKey(ref)) {
      Map<String, Object> target = map(schemas.get(ref));
      if (target.isEmpty()) {
        errors.add("[ActivitySmith:SpecRules] " + where + ": " + key + " refers to missing schema " + ref);
        return null;
      }
      Setter s = setter(key, request, target, required, where);
      return s == null ? null : new Setter(s.key(), s.request(), s.params(), s.value(), doc.isEmpty() ? s.doc() : doc);
    }
    if ("array".equals(schema.get("type"))) {
      TypeName item = elementType(map(schema.get("items")));
      if (item == null) {
        errors.add("[ActivitySmith:UnsupportedField] " + where + ": " + key + " is a list of " + schema.get("items")
            + ", which the DSL cannot take as parameters; add a value class for it to ChainReader");
        return null;
      }
      String itemParam = singular(param);
      if (required) {
        return new Setter(key, request, List.of(ParameterSpec.builder(item, itemParam).build(),
            ParameterSpec.builder(ArrayTypeName.of(item), "more").build()),
            CodeBlock.of("$T.list($N, more)", WIRE, itemParam), doc);
      }
      return new Setter(key, request, List.of(ParameterSpec.builder(ArrayTypeName.of(item), param).build()),
          CodeBlock.of("$T.list($N)", WIRE, param), doc);
    }
    TypeName single = singleType(key, schema);
    if (single == null) {
      errors.add("[ActivitySmith:UnsupportedField] " + where + ": " + key + " has the schema " + schema
          + ", which the DSL cannot take as a parameter; give it a type string, integer, number or boolean");
      return null;
    }
    return new Setter(key, request, List.of(ParameterSpec.builder(single, param).build()), wireOf(single, param), doc);
  }

  /**
   * For a list setter (varargs), the same setter taking a {@code Collection} instead, so a list
   * computed at run time compiles; its size is the validators' to check, not the signature's.
   */
  private static Setter collectionVariant(Setter s) {
    List<ParameterSpec> params = s.params();
    if (params.isEmpty() || !(params.get(params.size() - 1).type() instanceof ArrayTypeName array)) {
      return null;
    }
    TypeName item = array.componentType();
    TypeName collection = ParameterizedTypeName.get(ClassName.get(java.util.Collection.class),
        item.equals(ClassName.get(String.class)) ? item : WildcardTypeName.subtypeOf(item));
    String param = params.size() == 1 ? params.get(0).name() : plural(params.get(0).name());
    CodeBlock value = s.value().toString().contains(".target(")
        ? CodeBlock.of("$T.target($N)", WIRE, param) : CodeBlock.of("$T.list($N)", WIRE, param);
    return new Setter(s.key(), s.request(), List.of(ParameterSpec.builder(collection, param).build()), value, s.doc());
  }

  private static String plural(String name) {
    return name.endsWith("s") ? name : name + "s";
  }

  private TypeName singleType(String key, Map<String, Object> schema) {
    String ref = refName(schema);
    if (ref != null) {
      return VALUE_CLASSES.containsKey(ref) ? ClassName.get(DSL_PACKAGE, VALUE_CLASSES.get(ref)) : null;
    }
    Object type = schema.get("type");
    if ("string".equals(type)) {
      return ClassName.get(String.class);
    }
    if ("integer".equals(type)) {
      return TypeName.INT;
    }
    if ("number".equals(type)) {
      return "Duration".equals(map(hints.get("javaTypes")).get(key)) ? ClassName.get(java.time.Duration.class) : TypeName.DOUBLE;
    }
    if ("boolean".equals(type)) {
      return TypeName.BOOLEAN;
    }
    return null;
  }

  private TypeName elementType(Map<String, Object> items) {
    String ref = refName(items);
    if (ref != null && !VALUE_CLASSES.containsKey(ref) && !map(schemas.get(ref)).isEmpty()) {
      return elementType(map(schemas.get(ref)));
    }
    if (ref != null) {
      return VALUE_CLASSES.containsKey(ref) ? ClassName.get(DSL_PACKAGE, VALUE_CLASSES.get(ref)) : null;
    }
    return "string".equals(items.get("type")) ? ClassName.get(String.class) : null;
  }

  private static CodeBlock wireOf(TypeName type, String param) {
    if (type.isPrimitive()) {
      return type.equals(TypeName.DOUBLE) ? CodeBlock.of("$T.number($N)", WIRE, param) : CodeBlock.of("$N", param);
    }
    if (type.equals(ClassName.get(java.time.Duration.class))) {
      return CodeBlock.of("$T.seconds($N)", WIRE, param);
    }
    if (type.equals(ClassName.get(String.class))) {
      return CodeBlock.of("$T.text($N, $S)", WIRE, param, param);
    }
    return CodeBlock.of("$T.value($N, $S)", WIRE, param, param);
  }

  private String descriptionOf(String schemaName) {
    return string(map(schemas.get(schemaName)).get("description"), "");
  }

  private String groupName(List<Requirement> group, Map<String, Object> aliases) {
    String key = String.join(",", group.stream().map(Object::toString).toList());
    Object alias = aliases.get(key);
    if (alias != null) {
      return alias.toString();
    }
    return camel(name(fieldOf(group.get(0))), false);
  }

  /**
   * One chooser interface holds every type's entry methods for a phase: two types may not share
   * a signature (clashes within one type are reported with its chain).
   */
  private void checkChooser(List<Chain> chains, PhaseBinding binding) {
    Map<String, String> owner = new LinkedHashMap<>();
    for (Chain c : chains) {
      for (DslMethod m : c.entries()) {
        String first = owner.putIfAbsent(m.signature(), c.typeWire());
        if (first != null && !first.equals(c.typeWire())) {
          errors.add("[ActivitySmith:NameClash] types." + first + " and types." + c.typeWire() + " ("
              + binding.phase().specKey() + "): both entry methods would be " + m.signature()
              + "; give one a different dsl.method or dsl.aliases name");
        }
      }
    }
  }

  private void checkClashes(List<DslMethod> methods, String where) {
    Set<String> seen = new HashSet<>();
    for (DslMethod m : methods) {
      if (!seen.add(m.signature())) {
        errors.add("[ActivitySmith:NameClash] " + where + ": two methods would be " + m.signature()
            + "; give one a different name with dsl.names or the type's dsl.aliases");
      }
    }
  }

  /** The DSL name of a wire key: the hint, else the key itself (camel-cased later). */
  private String name(String key) {
    return string(map(hints.get("names")).get(key), key);
  }

  private static String fieldOf(Requirement r) {
    if (r instanceof Requirement.Field f) {
      return f.name();
    }
    if (r instanceof Requirement.FixedValue v) {
      return v.name();
    }
    return "oneOf";
  }

  private static String refName(Map<String, Object> schema) {
    Object ref = schema == null ? null : schema.get("$ref");
    return ref == null ? null : ref.toString().substring(ref.toString().lastIndexOf('/') + 1);
  }

  private static String singular(String name) {
    return name.endsWith("s") && name.length() > 1 ? name.substring(0, name.length() - 1) : name;
  }

  /**
   * {@code number_of_steps} to {@code numberOfSteps} (or {@code NumberOfSteps}); camelCase input is kept.
   *
   * @param name a snake_case or camelCase name
   * @param upper whether the first letter is upper case
   * @return the camelCase name
   */
  public static String camel(String name, boolean upper) {
    StringBuilder sb = new StringBuilder();
    boolean up = upper;
    for (char c : name.toCharArray()) {
      if (c == '_' || c == '-' || c == '.') {
        up = true;
      } else {
        sb.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    String out = sb.toString();
    return upper || out.isEmpty() ? out : out.substring(0, 1).toLowerCase(Locale.ROOT) + out.substring(1);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  private static List<String> strings(Object o) {
    List<String> out = new ArrayList<>();
    if (o instanceof List<?> list) {
      list.forEach(x -> out.add(String.valueOf(x)));
    }
    return out;
  }

  private static String string(Object o, String fallback) {
    return o == null ? fallback : o.toString();
  }
}
