package com.activitysmith.generator.dsl.writing;

import com.activitysmith.generator.dsl.model.Chain;
import com.activitysmith.generator.dsl.model.DslMethod;
import com.activitysmith.generator.dsl.model.DslModel;
import com.activitysmith.generator.dsl.model.PhaseBinding;
import com.activitysmith.generator.dsl.model.RecordShape;
import com.activitysmith.generator.dsl.model.Setter;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Turns a {@link DslModel} into Java files: per type and phase one small interface per step
 * (titled and untitled), one package-private immutable implementation, per phase a chooser,
 * and the public entry class {@code LiveActivityDsl} (named apart from the client's {@code com.activitysmith.LiveActivities}).
 */
public final class ChainWriter {
  private static final ClassName WIRE = ClassName.get("com.activitysmith.dsl.internal", "Wire");
  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  private static final ClassName RECORDS = ClassName.get("com.activitysmith.dsl.internal", "Records");
  private static final TypeName OBJECTS = ArrayTypeName.of(Object.class);
  private static final String UNTITLED = "Untitled";
  private static final String SETTLED = "WithChannels";
  /** Request keys a chain may set only once; their setters lead to a step without them. */
  private static final Set<String> ONCE = Set.of("target");

  private final String pkg;
  private final DslModel model;
  private final Map<String, RecordShape> shapes;
  private final Set<String> conversions;
  private final AnnotationSpec generated;

  /**
   * A writer for one model.
   *
   * @param pkg the package to write into
   * @param model what to write
   * @param shapes the request records of every phase, by schema name, with their content-state records nested
   * @param conversions the names of the methods of {@code dsl.internal.Records} that turn a chain's value into a
   *     component's type (see {@link #conversionName})
   * @param generator the name {@code @Generated} carries
   */
  public ChainWriter(String pkg, DslModel model, Map<String, RecordShape> shapes, Set<String> conversions, String generator) {
    this.pkg = pkg;
    this.model = model;
    this.shapes = Map.copyOf(shapes);
    this.conversions = Set.copyOf(conversions);
    this.generated = AnnotationSpec.builder(GENERATED)
        .addMember("value", "$S", generator)
        .addMember("comments", "$S", "from " + model.specTitle() + ", x-activitysmith-live-activity-types")
        .build();
  }

  /**
   * Every file to write.
   *
   * @return the files, in a stable order
   */
  public List<JavaFile> files() {
    List<JavaFile> out = new ArrayList<>();
    for (PhaseBinding binding : PhaseBinding.values()) {
      for (Chain chain : model.chains().get(binding)) {
        chainFiles(chain).forEach(t -> out.add(file(t)));
      }
      chooserFiles(binding).forEach(t -> out.add(file(t)));
    }
    out.add(file(entryClass()));
    return out;
  }

  private JavaFile file(TypeSpec type) {
    return JavaFile.builder(pkg, type).skipJavaLangImports(true).indent("  ").build();
  }

  // ---- names

  private ClassName finished(Chain c, boolean titled) {
    return ClassName.get(pkg, (titled ? "" : UNTITLED) + c.baseName());
  }

  private ClassName step(Chain c, int i, boolean titled) {
    return i >= c.steps().size() ? finished(c, titled)
        : ClassName.get(pkg, (titled ? "" : UNTITLED) + c.baseName() + "Needs" + c.steps().get(i).name());
  }

  /** The finished step once its one-time options ({@code channels}) are set: the same minus those. */
  private ClassName settled(Chain c, boolean titled) {
    return ClassName.get(pkg, (titled ? "" : UNTITLED) + c.baseName() + SETTLED);
  }

  private ClassName impl(Chain c, boolean titled) {
    return ClassName.get(pkg, (titled ? "" : UNTITLED) + c.baseName() + "Impl");
  }

  private ClassName chooser(PhaseBinding b, boolean titled) {
    return ClassName.get(pkg, (titled ? "" : UNTITLED) + b.chooser());
  }

  private ClassName chooserImpl(PhaseBinding b, boolean titled) {
    return ClassName.get(pkg, (titled ? "" : UNTITLED) + b.chooser() + "Impl");
  }

  /** Options a chain takes once: setting one again would silently replace it. */
  private static boolean once(DslMethod m) {
    return m.setters().stream().anyMatch(s -> ONCE.contains(s.key()));
  }

  private static boolean hasOnce(Chain c) {
    return c.options().stream().anyMatch(ChainWriter::once);
  }

  private static String phaseWord(PhaseBinding b) {
    return switch (b) {
      case START -> "start";
      case UPDATE -> "update";
      case END -> "end";
      case STREAM -> "stream state";
      case STREAM_END -> "stream's final state";
    };
  }

  // ---- per chain

  private List<TypeSpec> chainFiles(Chain c) {
    List<TypeSpec> out = new ArrayList<>();
    String what = "{@code " + c.typeWire() + "} Live Activity " + phaseWord(c.binding());
    for (int i = 0; i < c.steps().size(); i++) {
      Chain.Step s = c.steps().get(i);
      for (boolean titled : new boolean[] {false, true}) {
        TypeSpec.Builder t = TypeSpec.interfaceBuilder(step(c, i, titled)).addModifiers(Modifier.PUBLIC).addAnnotation(generated)
            .addJavadoc("Step $L of a $L$L: sets what the type requires next.\n\n<p>Call one of its methods; "
                + "options come after the last required step.\n", i + 1, what, titled ? "" : " whose title is still missing");
        for (DslMethod m : s.methods()) {
          t.addMethod(abstractMethod(m, step(c, i + 1, titled), false, nextDoc(c, i + 1, titled),
              i + 1 < c.steps().size() ? "the next required step" : titled ? "the complete payload"
                  : "the payload, complete once it has a title"));
        }
        out.add(t.build());
      }
    }
    for (boolean titled : new boolean[] {false, true}) {
      boolean split = hasOnce(c);
      for (boolean settledStep : split ? new boolean[] {true, false} : new boolean[] {false}) {
        ClassName self = settledStep ? settled(c, titled) : finished(c, titled);
        TypeSpec.Builder t = TypeSpec.interfaceBuilder(self).addModifiers(Modifier.PUBLIC).addAnnotation(generated);
        String settledDoc = settledStep ? " Its channels are set; every other option may follow.\n" : "";
        if (titled) {
          t.addJavadoc("A complete $L ($L), ready for the client.$L\n<p>Every option returns a new, equally complete "
              + "payload; instances are immutable and thread-safe.\n", what, c.description(), settledDoc.isEmpty() ? "\n" : settledDoc);
          if (settledStep || !split) {
            for (PhaseBinding.Payload p : c.binding().payloads()) {
              t.addSuperinterface(ClassName.get(PhaseBinding.PAYLOAD_PACKAGE, p.interfaceName()));
            }
          }
        } else {
          t.addJavadoc("A $L with every required field but the title; {@link #title(String)} completes it.\n$L", what,
              settledDoc.isEmpty() ? "" : "\n<p>" + settledDoc);
        }
        boolean overrides = split && !settledStep;
        if (overrides) {
          t.addSuperinterface(settled(c, titled));
        }
        for (DslMethod m : c.options()) {
          if (settledStep && once(m)) {
            continue;
          }
          boolean onceMethod = once(m);
          TypeName returns = onceMethod ? settled(c, titled) : self;
          t.addMethod(abstractMethod(m, returns, overrides && !onceMethod,
              onceMethod ? "Said once: the result takes every other option, but not this one again."
                  : "Options may follow in any order.", "a copy of this payload with the option set"));
        }
        if (!titled) {
          t.addMethod(MethodSpec.methodBuilder("title").addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
              .addAnnotations(overrides ? List.of(AnnotationSpec.builder(Override.class).build()) : List.of())
              .addParameter(String.class, "title").returns(settledStep ? settled(c, true) : finished(c, true))
              .addJavadoc("Sets {@code title}, the headline every content state needs; said once.\n\n"
                  + "@param title the value of {@code title}\n@return the complete payload\n").build());
        }
        out.add(t.build());
      }
    }
    out.add(implClass(c, true));
    out.add(implClass(c, false));
    return out;
  }

  private String nextDoc(Chain c, int next, boolean titled) {
    return next < c.steps().size() ? "Next: {@link " + step(c, next, titled).simpleName() + "}."
        : titled ? "The result is complete; options may follow." : "Next: options, and {@code title(..)} to complete it.";
  }

  private MethodSpec abstractMethod(DslMethod m, TypeName returns, boolean override, String next, String returnDoc) {
    MethodSpec.Builder b = MethodSpec.methodBuilder(m.name()).addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .returns(returns).addParameters(m.params()).varargs(m.varargs());
    if (override) {
      b.addAnnotation(Override.class);
    }
    b.addJavadoc("Sets $L.", m.keys());
    for (Setter s : m.setters()) {
      if (s.params().isEmpty()) {
        b.addJavadoc(" {@code $L} is $L.", s.key(), s.value());
      } else if (!s.doc().isBlank()) {
        b.addJavadoc(" {@code $L}: $L", s.key(), s.doc().strip().replace("\n", " "));
      }
    }
    b.addJavadoc("\n\n<p>$L\n", next);
    paramDocs(b, m);
    return b.addJavadoc("@return $L\n", returnDoc).build();
  }

  /** One {@code @param} line per parameter, naming the wire key it sets, so the step types pass doclint. */
  private static void paramDocs(MethodSpec.Builder b, DslMethod m) {
    if (!m.params().isEmpty()) {
      b.addJavadoc("\n");
    }
    for (Setter s : m.setters()) {
      List<ParameterSpec> params = s.params();
      for (int i = 0; i < params.size(); i++) {
        ParameterSpec p = params.get(i);
        boolean rest = i > 0 && p.type() instanceof ArrayTypeName && p.name().equals("more");
        String what;
        if (params.size() == 1) {
          what = p.type() instanceof ArrayTypeName || p.type() instanceof ParameterizedTypeName
              ? "the items of {@code " + s.key() + "}, in order"
              : "the value of {@code " + s.key() + "}";
        } else if (rest) {
          what = "further items of {@code " + s.key() + "}, possibly none";
        } else if (i == 0 && params.size() == 2 && params.get(1).name().equals("more")) {
          what = "the first item of {@code " + s.key() + "}";
        } else {
          what = "the {@code " + p.name() + "} of {@code " + s.key() + "}";
        }
        b.addJavadoc("@param $N $L\n", p, what);
      }
    }
  }

  private TypeSpec implClass(Chain c, boolean titled) {
    ClassName self = impl(c, titled);
    Slots slots = slots(c);
    TypeSpec.Builder t = TypeSpec.classBuilder(self).addModifiers(Modifier.FINAL).addAnnotation(generated)
        .addJavadoc("The one immutable implementation of every $L{@code $L} step; each call returns a new instance.\n\n"
            + "<p>It holds what it was told, one slot per component of the request records; the payload method makes\n"
            + "the records from them in one pass.\n", titled ? "" : "untitled ", c.baseName())
        .addSuperinterface(finished(c, titled));
    for (int i = 0; i < c.steps().size(); i++) {
      t.addSuperinterface(step(c, i, titled));
    }
    t.addField(FieldSpec.builder(ArrayTypeName.of(String.class), "NAMES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("{$L}", CodeBlock.join(slots.names().stream().map(n -> CodeBlock.of("$S", n)).toList(), ", ")).build());
    t.addField(OBJECTS, "slots", Modifier.PRIVATE, Modifier.FINAL);
    t.addMethod(MethodSpec.constructorBuilder().addParameter(OBJECTS, "slots").addStatement("this.slots = slots").build());
    for (int i = 0; i < c.steps().size(); i++) {
      for (DslMethod m : c.steps().get(i).methods()) {
        t.addMethod(implMethod(m, step(c, i + 1, titled), self, slots));
      }
    }
    for (DslMethod m : c.options()) {
      t.addMethod(implMethod(m, once(m) ? settled(c, titled) : finished(c, titled), self, slots));
    }
    if (!titled) {
      t.addMethod(MethodSpec.methodBuilder("title").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
          .addParameter(String.class, "title").returns(finished(c, true))
          .addStatement("$T next = slots.clone()", OBJECTS)
          .addStatement("next[$L] = $T.text(title, \"title\")", slots.state("title"), WIRE)
          .addStatement("return new $T(next)", impl(c, true))
          .build());
    }
    for (PhaseBinding.Payload p : titled ? c.binding().payloads() : List.<PhaseBinding.Payload>of()) {
      RecordShape request = shape(p);
      MethodSpec.Builder m = MethodSpec.methodBuilder(p.method()).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
          .returns(request.type());
      if (p.takesActivityId()) {
        m.addParameter(String.class, "activityId");
      }
      m.addStatement("$T r = new $T()", RECORDS, RECORDS);
      RecordShape state = slots.stateShape();
      m.addStatement("$T state = new $T($L)", state.type(), state.type(), arguments(state, 0, "content_state.", slots));
      List<CodeBlock> args = new ArrayList<>();
      for (int j = 0; j < request.components().size(); j++) {
        RecordShape.Component comp = request.components().get(j);
        if (comp.wireName().equals("content_state")) {
          args.add(CodeBlock.of("state"));
        } else if (comp.wireName().equals("activity_id") && p.takesActivityId()) {
          args.add(CodeBlock.of("$T.text(activityId, \"activityId\")", WIRE));
        } else {
          int slot = slots.request(comp.wireName());
          args.add(slot < 0 || !slots.set(slot) ? CodeBlock.of("null") : convert(comp, slot, ""));
        }
      }
      m.addStatement("return r.done(new $T($L))", request.type(), CodeBlock.join(args, ", "));
      if (slots.unchecked()) {
        m.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build());
      }
      t.addMethod(m.build());
    }
    t.addMethod(MethodSpec.methodBuilder("equals").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN).addParameter(Object.class, "other")
        .addStatement("return other instanceof $T that && $T.equals(slots, that.slots)", self, Arrays.class)
        .build());
    t.addMethod(MethodSpec.methodBuilder("hashCode").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT).addStatement("return $T.hashCode(slots)", Arrays.class).build());
    t.addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(String.class).addStatement("return $T.describe($S, NAMES, slots)", WIRE,
            (titled ? "" : UNTITLED) + c.baseName()).build());
    return t.build();
  }

  /** The constructor arguments of a record from the slots starting at {@code base}. */
  private CodeBlock arguments(RecordShape shape, int base, String prefix, Slots slots) {
    List<CodeBlock> args = new ArrayList<>();
    for (int i = 0; i < shape.components().size(); i++) {
      args.add(slots.set(base + i) ? convert(shape.components().get(i), base + i, prefix) : CodeBlock.of("null"));
    }
    return CodeBlock.join(args, ", ");
  }

  /**
   * The expression turning one slot into its component's type: a call on {@code Records} named
   * after the type when it has one ({@code liveActivityColor}, {@code activityMetrics} for a
   * list), else a cast, as the chain already holds that type (strings, whole numbers, records
   * the DSL makes itself).
   */
  private CodeBlock convert(RecordShape.Component comp, int slot, String prefix) {
    String method = conversionName(comp.type());
    if (method != null && conversions.contains(method)) {
      return CodeBlock.of("r.$L(slots[$L], $S)", method, slot, prefix + comp.wireName());
    }
    return CodeBlock.of("($T) slots[$L]", comp.type(), slot);
  }

  /**
   * The name of the conversion a component of this type takes: {@code LiveActivityColor} to
   * {@code liveActivityColor}, {@code List<ActivityMetric>} to {@code activityMetrics},
   * {@code Map<String, MetadataValue>} to {@code metadataValues}.
   *
   * @param type a record component's type
   * @return the method name, or null for a type with no name of its own
   */
  public static String conversionName(TypeName type) {
    if (type instanceof ClassName name) {
      return decapitalize(name.simpleName());
    }
    if (type instanceof ParameterizedTypeName p && !p.typeArguments().isEmpty()
        && p.typeArguments().get(p.typeArguments().size() - 1) instanceof ClassName item) {
      return decapitalize(item.simpleName()) + "s";
    }
    return null;
  }

  /** {@code LiveActivityColor} to {@code liveActivityColor}; a leading acronym as a whole: {@code URI} to {@code uri}. */
  private static String decapitalize(String name) {
    int upper = 0;
    while (upper < name.length() && Character.isUpperCase(name.charAt(upper))) {
      upper++;
    }
    int lower = upper > 1 && upper < name.length() ? upper - 1 : Math.max(upper, 1);
    return name.substring(0, Math.min(lower, name.length())).toLowerCase(java.util.Locale.ROOT) + name.substring(Math.min(lower, name.length()));
  }

  private RecordShape shape(PhaseBinding.Payload p) {
    RecordShape shape = shapes.get(p.requestSchema());
    if (shape == null) {
      throw new IllegalStateException("the request record " + p.requestSchema() + " is not on the classpath");
    }
    return shape;
  }

  /**
   * Where a chain keeps each wire key: the content state's components first, then the request's,
   * in their records' constructor order.
   */
  private Slots slots(Chain c) {
    RecordShape request = shape(c.binding().payloads().get(0));
    int at = request.indexOf("content_state");
    if (at < 0 || request.components().get(at).nested().isEmpty()) {
      throw new IllegalStateException(request.type() + " has no content_state record component");
    }
    Slots slots = new Slots(request.components().get(at).nested().get(), request);
    slots.mark(slots.state("title"));
    slots.mark(slots.state("type"));
    List<DslMethod> all = new ArrayList<>(c.entries());
    c.steps().forEach(step -> all.addAll(step.methods()));
    all.addAll(c.options());
    for (DslMethod m : all) {
      for (Setter s : m.setters()) {
        slots.mark(slots.of(s, c));
      }
    }
    return slots;
  }

  /** The slot layout of one chain. */
  private static final class Slots {
    private final RecordShape state;
    private final RecordShape request;
    private final boolean[] set;

    Slots(RecordShape state, RecordShape request) {
      this.state = state;
      this.request = request;
      this.set = new boolean[state.components().size() + request.components().size()];
    }

    RecordShape stateShape() {
      return state;
    }

    int state(String key) {
      int i = state.indexOf(key);
      if (i < 0) {
        throw new IllegalStateException(state.type() + " has no component " + key);
      }
      return i;
    }

    int request(String key) {
      int i = request.indexOf(key);
      return i < 0 ? -1 : state.components().size() + i;
    }

    int of(Setter s, Chain c) {
      if (!s.request()) {
        return state(s.key());
      }
      int i = request(s.key());
      if (i < 0) {
        throw new IllegalStateException(c.baseName() + " sets " + s.key() + ", which " + request.type()
            + " does not have; the DSL would drop it");
      }
      return i;
    }

    void mark(int slot) {
      set[slot] = true;
    }

    boolean set(int slot) {
      return set[slot];
    }

    int size() {
      return set.length;
    }

    /** Whether a cast to a parameterized type is needed. */
    boolean unchecked() {
      for (int i = 0; i < set.length; i++) {
        RecordShape.Component comp = i < state.components().size() ? state.components().get(i)
            : request.components().get(i - state.components().size());
        if (set[i] && comp.type() instanceof ParameterizedTypeName) {
          return true;
        }
      }
      return false;
    }

    List<String> names() {
      List<String> out = new ArrayList<>();
      state.components().forEach(comp -> out.add(comp.wireName()));
      request.components().forEach(comp -> out.add(comp.wireName()));
      return out;
    }
  }

  private MethodSpec implMethod(DslMethod m, TypeName returns, ClassName impl, Slots slots) {
    MethodSpec.Builder b = MethodSpec.methodBuilder(m.name()).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(returns).addParameters(m.params()).varargs(m.varargs());
    b.addStatement("$T next = slots.clone()", OBJECTS);
    for (Setter s : m.setters()) {
      b.addStatement("next[$L] = $L", slots.of(s, null), s.value());
    }
    return b.addStatement("return new $T(next)", impl).build();
  }

  // ---- per phase

  private List<TypeSpec> chooserFiles(PhaseBinding b) {
    List<TypeSpec> out = new ArrayList<>();
    List<Chain> chains = model.chains().get(b);
    for (boolean titled : new boolean[] {false, true}) {
      TypeSpec.Builder t = TypeSpec.interfaceBuilder(chooser(b, titled)).addModifiers(Modifier.PUBLIC).addAnnotation(generated)
          .addJavadoc("The start of a Live Activity $L$L: pick the type.\n\n<p>One method per type; what it takes is "
              + "what the type requires on $L. Returned by {@code $L(..)}.\n",
              phaseWord(b), titled ? "" : " whose title is still missing", b.phase().specKey(), b.entryMethod());
      for (Chain c : chains) {
        for (DslMethod m : c.entries()) {
          MethodSpec.Builder mb = MethodSpec.methodBuilder(m.name()).addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
              .returns(step(c, 0, titled)).addParameters(m.params()).varargs(m.varargs())
              .addJavadoc("Chooses {@code $L}: $L", c.typeWire(), c.description());
          for (Setter s : m.setters()) {
            if (s.params().isEmpty()) {
              mb.addJavadoc(" Sets {@code $L} to $L.", s.key(), s.value());
            } else {
              mb.addJavadoc(" Sets {@code $L}.", s.key());
            }
          }
          mb.addJavadoc("\n\n<p>$L\n", nextDoc(c, 0, titled));
          paramDocs(mb, m);
          mb.addJavadoc("@return $L\n", c.steps().isEmpty() ? titled ? "the complete payload"
              : "the payload, complete once it has a title" : "the next required step");
          t.addMethod(mb.build());
        }
      }
      if (!titled) {
        t.addMethod(MethodSpec.methodBuilder("title").addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .addParameter(String.class, "title").returns(chooser(b, true))
            .addJavadoc("Sets {@code title}, the headline every content state needs, once; the type comes next.\n\n"
                + "@param title the value of {@code title}\n@return the choice of type, titled\n").build());
      }
      out.add(t.build());
    }
    for (boolean titled : new boolean[] {false, true}) {
      ClassName self = chooserImpl(b, titled);
      TypeSpec.Builder t = TypeSpec.classBuilder(self).addModifiers(Modifier.FINAL).addAnnotation(generated)
          .addJavadoc("The immutable implementation of {@link $L}.\n", chooser(b, titled).simpleName())
          .addSuperinterface(chooser(b, titled))
          .addField(String.class, "title", Modifier.PRIVATE, Modifier.FINAL)
          .addMethod(MethodSpec.constructorBuilder().addParameter(String.class, "title").addStatement("this.title = title").build());
      for (Chain c : chains) {
        Slots slots = slots(c);
        for (DslMethod m : c.entries()) {
          MethodSpec.Builder mb = MethodSpec.methodBuilder(m.name()).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
              .returns(step(c, 0, titled)).addParameters(m.params()).varargs(m.varargs())
              .addStatement("$T next = new $T[$L]", OBJECTS, Object.class, slots.size())
              .addStatement("next[$L] = title", slots.state("title"))
              .addStatement("next[$L] = $S", slots.state("type"), c.typeWire());
          for (Setter s : m.setters()) {
            mb.addStatement("next[$L] = $L", slots.of(s, c), s.value());
          }
          mb.addStatement("return new $T(next)", impl(c, titled));
          t.addMethod(mb.build());
        }
      }
      if (!titled) {
        t.addMethod(MethodSpec.methodBuilder("title").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
            .addParameter(String.class, "title").returns(chooser(b, true))
            .addStatement("return new $T($T.text(title, \"title\"))", chooserImpl(b, true), WIRE)
            .build());
      }
      out.add(t.build());
    }
    return out;
  }

  private TypeSpec entryClass() {
    TypeSpec.Builder t = TypeSpec.classBuilder(ClassName.get(pkg, "LiveActivityDsl"))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL).addAnnotation(generated)
        .addJavadoc("Entry points of the Live Activity chains, one per phase, each with or without the title.\n\n"
            + "<p>{@code liveActivity(\"Deploy\").segmented(4).step(1)} is a complete start; the compiler rejects "
            + "a chain that misses what its type requires in that phase.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (PhaseBinding b : PhaseBinding.values()) {
      ClassName impl = chooserImpl(b, false);
      t.addMethod(MethodSpec.methodBuilder(b.entryMethod()).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(chooser(b, false))
          .addJavadoc("Starts a Live Activity $L; the title may follow anywhere before the end of the chain.\n\n"
              + "@return the choice of type\n", phaseWord(b))
          .addStatement("return new $T(null)", impl).build());
      t.addMethod(MethodSpec.methodBuilder(b.entryMethod()).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(chooser(b, true)).addParameter(String.class, "title")
          .addJavadoc("Starts a Live Activity $L with its title.\n\n@param title the value of {@code title}\n"
              + "@return the choice of type\n", phaseWord(b))
          .addStatement("return new $T(null).title(title)", impl).build());
    }
    return t.build();
  }
}
