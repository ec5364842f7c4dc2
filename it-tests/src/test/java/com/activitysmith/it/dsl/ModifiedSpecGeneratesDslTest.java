package com.activitysmith.it.dsl;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.activitysmith.generator.dsl.LiveActivityDslProcessor;
import com.activitysmith.rules.ApiRules;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding a type and its requirements to the spec changes the DSL with no Java edits:
 * the processor runs on a spec with a made-up {@code gauge} type and its required {@code message}
 * field, and code using the new branch compiles while code missing its required field does not.
 */
class ModifiedSpecGeneratesDslTest {
  private static final String GAUGE_TYPE = "{\"description\": \"A dial with a needle.\","
      + " \"dsl\": {\"entry\": [\"percentage\"]},"
      + " \"fields\": [\"percentage\", \"message\"],"
      + " \"requires\": {\"start\": [\"percentage\", \"message\"], \"update\": [\"percentage\"], \"end\": [],"
      + " \"stream\": [\"percentage\"]},"
      + " \"supports\": [\"subtitle\", \"color\"]}";

  private static final JavaFileObject PACKAGE = JavaFileObjects.forSourceLines("test.gauge.package-info",
      "@com.activitysmith.generator.dsl.GenerateLiveActivityDsl",
      "package test.gauge;");

  @Test
  void aMadeUpTypeGetsItsOwnBranchWhoseRequiredFieldsTheCompilerEnforces(@TempDir Path dir) throws Exception {
    Path spec = modifiedSpec(dir);
    Compilation uses = compile(spec, usage(
        "  StartPayload complete = liveActivity(\"Boiler\").gauge(70).message(\"psi\").color(Color.RED).subtitle(\"b1\");",
        "  UpdatePayload update = liveActivityUpdate(\"Boiler\").gauge(55).message(\"bar\");",
        "  EndPayload end = liveActivityEnd(\"Boiler\").gauge(0).autoDismissMinutes(0);",
        "  EndPayload endBare = liveActivityEnd(\"Boiler\").gauge().autoDismissMinutes(0);",
        "  StreamPayload stream = liveActivityStream(\"Boiler\").gauge(12);",
        "  StartPayload stillThere = liveActivity(\"Deploy\").segmented(4).step(1);"));
    assertThat(uses).succeeded();
    assertThat(uses).generatedSourceFile("test.gauge.GaugeStartNeedsMessage").contentsAsUtf8String()
        .contains("GaugeStart message(String message);");

    JavaFileObject misuse = usage(
        "  StartPayload missingLabel = liveActivity(\"Boiler\").gauge(70);",
        "  Object unsupported = liveActivity(\"Boiler\").gauge(70).message(\"psi\").badge(null);",
        "  Object entryFieldLater = liveActivityEnd(\"Boiler\").gauge().percentage(0);");
    Compilation misuses = compile(spec, misuse);
    assertThat(misuses).failed();
    assertThat(misuses).hadErrorCount(3);
    assertThat(misuses).hadErrorContaining("GaugeStartNeedsMessage cannot be converted to com.activitysmith.payload.StartPayload")
        .inFile(misuse).onLineContaining("missingLabel");
    assertThat(misuses).hadErrorContaining("method badge(").inFile(misuse).onLineContaining("unsupported");
    assertThat(misuses).hadErrorContaining("method percentage(").inFile(misuse).onLineContaining("entryFieldLater");
  }

  private static Compilation compile(Path spec, JavaFileObject usage) {
    return javac().withProcessors(new LiveActivityDslProcessor())
        .withOptions("-A" + LiveActivityDslProcessor.SPEC_OPTION + "=" + spec)
        .compile(PACKAGE, usage);
  }

  private static JavaFileObject usage(String... fields) {
    List<String> lines = new java.util.ArrayList<>(List.of("package test.gauge;", "",
        "import static test.gauge.LiveActivityDsl.*;", "import com.activitysmith.dsl.Color;",
        "import com.activitysmith.payload.*;", "", "class Usage {"));
    lines.addAll(List.of(fields));
    lines.add("}");
    return JavaFileObjects.forSourceLines("test.gauge.Usage", lines);
  }

  @Test
  void theBundledSpecHasNoSuchType() {
    JavaFileObject usage = JavaFileObjects.forSourceLines("test.gauge.Usage",
        "package test.gauge;",
        "class Usage {",
        "  Object gauge = LiveActivityDsl.liveActivity(\"Boiler\").gauge(70);",
        "}");
    Compilation compilation = javac().withProcessors(new LiveActivityDslProcessor()).compile(PACKAGE, usage);
    assertThat(compilation).hadErrorContaining("method gauge(").inFile(usage).onLineContaining("gauge =");
    assertThat(compilation).hadErrorCount(1);
  }

  /** The bundled spec plus the gauge type, built from fields the content states already have. */
  private static Path modifiedSpec(Path dir) throws Exception {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    ObjectNode root;
    try (InputStream in = ApiRules.class.getClassLoader().getResourceAsStream(ApiRules.SPEC_RESOURCE)) {
      root = (ObjectNode) yaml.readTree(in);
    }
    ObjectNode types = (ObjectNode) root.get("x-activitysmith-live-activity-types").get("types");
    types.set("gauge", new ObjectMapper().readTree(GAUGE_TYPE));
    // The DSL constructs the runtime's compiled records, so the made-up type uses fields they have;
    // a new field needs records generated from the same spec.
    Path file = dir.resolve("activitysmith-with-gauge.json");
    Files.writeString(file, new ObjectMapper().writeValueAsString(root));
    return file;
  }
}
