package com.activitysmith.generator.dsl;

import com.activitysmith.generator.dsl.model.ChainReader;
import com.activitysmith.generator.dsl.model.DslModel;
import com.activitysmith.generator.dsl.writing.ChainWriter;
import com.activitysmith.rules.ApiRules;
import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
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
    ChainWriter writer = new ChainWriter(pkg.getQualifiedName().toString(), model, getClass().getName());
    for (JavaFile file : writer.files()) {
      file.writeTo(processingEnv.getFiler());
    }
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
