package com.activitysmith.generator.dsl;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.activitysmith.rules.ApiRules;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The processor reports spec problems as errors on the annotated package, never as a crash. */
class LiveActivityDslProcessorTest {
  private static final JavaFileObject PACKAGE = JavaFileObjects.forSourceLines("test.dsl.package-info",
      "@com.activitysmith.generator.dsl.GenerateLiveActivityDsl",
      "package test.dsl;");

  @Test
  void reportsAnUnreadableSpecOnTheAnnotatedPackage(@TempDir Path dir) {
    Compilation compilation = compile(dir.resolve("missing.yaml"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ActivitySmith:SpecRules] cannot read the spec")
        .inFile(PACKAGE).onLineContaining("package test.dsl");
  }

  @Test
  void reportsEveryTypeFieldTheContentStateSchemasLackAndGeneratesNothing(@TempDir Path dir) throws Exception {
    Path spec = withSpecText(dir, text -> text.replace(
        "fields: [message]", "fields: [message, loudness]"));
    Compilation compilation = compile(spec);
    assertThat(compilation).failed();
    // one per phase (the stream state and stream end chains share the stream phase, reported once),
    // and nothing generated: generated code would add errors, as this classpath has none of the DSL values it refers to
    assertThat(compilation).hadErrorCount(4);
    assertThat(compilation).hadErrorContaining(
        "[ActivitySmith:SpecRules] types.alert (start): field loudness is not a property of ContentStateStart")
        .inFile(PACKAGE).onLineContaining("package test.dsl");
  }

  @Test
  void reportsEntryMethodsOfOneTypeThatWouldClash(@TempDir Path dir) throws Exception {
    Path spec = withSpecText(dir, text -> text.replace("'counts_down=false': countUp", "'counts_down=false': timer"));
    Compilation compilation = compile(spec);
    assertThat(compilation).failed();
    // the bare timer() exists where no phase requirement forces a duration: update, end and stream
    // (state and end, reported once); generated code would add errors (no DSL values on this classpath)
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation).hadErrorContaining("[ActivitySmith:NameClash] types.timer (update) entry: two methods would be timer()");
  }

  @Test
  void reportsEntryMethodsOfTwoTypesThatWouldClashInTheChooser(@TempDir Path dir) throws Exception {
    Path spec = withSpecText(dir, text -> text.replace("dsl: {method: value, entry: [value]}", "dsl: {method: progress, entry: [value]}"));
    Compilation compilation = compile(spec);
    assertThat(compilation).failed();
    // value(double) renamed meets progress(double percentage) in every phase's chooser (the stream's two chains reported once)
    assertThat(compilation).hadErrorCount(4);
    assertThat(compilation).hadErrorContaining(
        "[ActivitySmith:NameClash] types.progress and types.value (start): both entry methods would be progress(double,)");
  }

  @Test
  void reportsEntryFieldsThatAreNotTheTypesOwn(@TempDir Path dir) throws Exception {
    Path spec = withSpecText(dir, text -> text.replace("dsl: {method: alert, entry: [message]}", "dsl: {method: alert, entry: [message, subtitle]}"));
    Compilation compilation = compile(spec);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(4);
    assertThat(compilation).hadErrorContaining(
        "[ActivitySmith:SpecRules] types.alert (end): dsl.entry names subtitle, which is not one of the type's fields");
  }

  private static Compilation compile(Path spec) {
    return javac().withProcessors(new LiveActivityDslProcessor())
        .withOptions("-A" + LiveActivityDslProcessor.SPEC_OPTION + "=" + spec).compile(PACKAGE);
  }

  private static Path withSpecText(Path dir, java.util.function.UnaryOperator<String> edit) throws Exception {
    String text;
    try (InputStream in = ApiRules.class.getClassLoader().getResourceAsStream(ApiRules.SPEC_RESOURCE)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String edited = edit.apply(text);
    org.assertj.core.api.Assertions.assertThat(edited).as("the edit applies").isNotEqualTo(text);
    Path file = dir.resolve("spec.yaml");
    Files.writeString(file, edited);
    return file;
  }
}
