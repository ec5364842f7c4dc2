package com.activitysmith.generator.dsl;

import com.activitysmith.generator.dsl.model.ChainReader;
import com.activitysmith.generator.dsl.model.DslModel;
import com.activitysmith.generator.dsl.model.PhaseBinding;
import com.activitysmith.generator.dsl.model.RecordShape;
import com.activitysmith.generator.dsl.writing.ChainWriter;
import com.activitysmith.rules.ApiRules;
import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeName;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * Writes the Live Activity part of the fluent DSL from the spec's per-type rules.
 *
 * <p>Triggered by {@link GenerateLiveActivityDsl} on a package; generates into that package.
 * Reads the spec from the processor path ({@link ApiRules#fromSpec()}) or from the file named by
 * {@code -A}{@value #SPEC_OPTION}{@code =<path>}. Validates the whole model first and generates
 * nothing when the spec cannot be mapped; every problem is reported as an error on the
 * annotated package with a stable id ({@code [ActivitySmith:SpecRules]}). No exception escapes
 * {@link #process}.
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes("com.activitysmith.generator.dsl.GenerateLiveActivityDsl")
@SupportedOptions(LiveActivityDslProcessor.SPEC_OPTION)
public final class LiveActivityDslProcessor extends AbstractProcessor {
  /** Processor option naming a spec file to read instead of the bundled one. */
  public static final String SPEC_OPTION = "activitysmith.spec";

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (Element element : round.getElementsAnnotatedWith(GenerateLiveActivityDsl.class)) {
      try {
        if (!(element instanceof PackageElement pkg)) {
          error(element, "[ActivitySmith:Usage] @GenerateLiveActivityDsl belongs on a package-info.java");
          continue;
        }
        generate(pkg);
      } catch (RuntimeException | IOException e) {
        error(element, "[ActivitySmith:SpecRules] cannot generate the DSL: " + e
            + "; check the spec's x-activitysmith-live-activity-types");
      }
    }
    return true;
  }

  private void generate(PackageElement pkg) throws IOException {
    ApiRules rules;
    String path = processingEnv.getOptions().get(SPEC_OPTION);
    try {
      rules = path == null || path.isBlank() ? ApiRules.fromSpec() : load(Path.of(path));
    } catch (RuntimeException | IOException e) {
      error(pkg, "[ActivitySmith:SpecRules] cannot read the spec" + (path == null ? "" : " " + path) + ": "
          + e.getMessage() + "; fix the file or the -A" + SPEC_OPTION + " option");
      return;
    }
    ChainReader reader = new ChainReader(rules);
    DslModel model = reader.read();
    List<String> errors = reader.errors();
    if (!errors.isEmpty()) {
      errors.forEach(message -> error(pkg, message));
      return;
    }
    Map<String, RecordShape> shapes = new HashMap<>();
    for (PhaseBinding binding : PhaseBinding.values()) {
      for (PhaseBinding.Payload payload : binding.payloads()) {
        RecordShape shape = shape(PhaseBinding.MODEL_PACKAGE + "." + payload.requestSchema(), true);
        if (shape == null) {
          error(pkg, "[ActivitySmith:Classpath] the request record " + PhaseBinding.MODEL_PACKAGE + "."
              + payload.requestSchema() + " is not on the classpath; the DSL constructs the runtime's generated records, "
              + "so compile it with activitysmith-runtime");
          return;
        }
        shapes.put(payload.requestSchema(), shape);
      }
    }
    ChainWriter writer = new ChainWriter(pkg.getQualifiedName().toString(), model, shapes, conversions(),
        getClass().getName());
    for (JavaFile file : writer.files()) {
      file.writeTo(processingEnv.getFiler());
    }
  }

  /**
   * A compiled record's components in constructor order, with their wire names (Moshi's
   * {@code @Json(name)}, else the component's name) and, when {@code nest}, the shape of its
   * {@code content_state} record.
   */
  private RecordShape shape(String className, boolean nest) {
    TypeElement type = processingEnv.getElementUtils().getTypeElement(className);
    if (type == null || type.getKind() != ElementKind.RECORD) {
      return null;
    }
    List<RecordShape.Component> components = new ArrayList<>();
    for (RecordComponentElement component : type.getRecordComponents()) {
      TypeMirror mirror = component.asType();
      Optional<RecordShape> nested = Optional.empty();
      String wire = wireName(component, type);
      if (nest && wire.equals("content_state") && mirror instanceof DeclaredType declared) {
        nested = Optional.ofNullable(shape(((TypeElement) declared.asElement()).getQualifiedName().toString(), false));
      }
      components.add(new RecordShape.Component(wire, TypeName.get(mirror).withoutAnnotations(), nested));
    }
    return new RecordShape(ClassName.get(type), components);
  }

  /** The {@code @Json(name)} of a component, on the component, its field or its accessor. */
  private static String wireName(RecordComponentElement component, TypeElement record) {
    List<Element> places = new ArrayList<>();
    places.add(component);
    places.add(component.getAccessor());
    for (Element member : record.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD && member.getSimpleName().equals(component.getSimpleName())) {
        places.add(member);
      }
    }
    for (Element place : places) {
      for (AnnotationMirror annotation : place.getAnnotationMirrors()) {
        if (annotation.getAnnotationType().toString().equals("com.squareup.moshi.Json")) {
          for (var entry : annotation.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals("name")) {
              return entry.getValue().getValue().toString();
            }
          }
        }
      }
    }
    return component.getSimpleName().toString();
  }

  /** The public methods of {@code dsl.internal.Records}: the conversions the generated steps may call. */
  private Set<String> conversions() {
    TypeElement records = processingEnv.getElementUtils().getTypeElement(ChainReader.INTERNAL_PACKAGE + ".Records");
    Set<String> out = new HashSet<>();
    if (records != null) {
      for (Element member : records.getEnclosedElements()) {
        if (member.getKind() == ElementKind.METHOD && member.getModifiers().contains(Modifier.PUBLIC)) {
          out.add(member.getSimpleName().toString());
        }
      }
    }
    return out;
  }

  private static ApiRules load(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return ApiRules.fromSpec(in);
    }
  }

  private void error(Element element, String message) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
  }
}
