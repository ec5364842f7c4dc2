package com.activitysmith.checker;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Per rule of the generated validators that a literal can break: the wrong literal fails to
 * compile on its line with the validator's message, a right literal compiles, and the same chain
 * with the value known only at run time compiles without a word.
 */
class LiteralCheckProcessorTest {
  private static final String METRICS_9 = IntStream.rangeClosed(1, 9).mapToObj(i -> "metric(\"m" + i + "\", " + i + ")")
      .collect(Collectors.joining(", "));
  private static final String METRICS_8 = IntStream.rangeClosed(1, 8).mapToObj(i -> "metric(\"m" + i + "\", " + i + ")")
      .collect(Collectors.joining(", "));
  private static final String TAGS_21 = IntStream.rangeClosed(1, 21).mapToObj(i -> "\"t" + i + "\"")
      .collect(Collectors.joining(", "));
  private static final String TAGS_20 = IntStream.rangeClosed(1, 20).mapToObj(i -> "\"t" + i + "\"")
      .collect(Collectors.joining(", "));
  private static final String METADATA_51 = "metadata(\"k0\", 0)" + IntStream.rangeClosed(1, 50)
      .mapToObj(i -> ".and(\"k" + i + "\", " + i + ")").collect(Collectors.joining());
  private static final String METADATA_50 = "metadata(\"k0\", 0)" + IntStream.rangeClosed(1, 49)
      .mapToObj(i -> ".and(\"k" + i + "\", " + i + ")").collect(Collectors.joining());
  private static final String TEXT_65 = "x".repeat(65);

  /**
   * One rule: a statement with the wrong literal, the error and the text on its line, the same
   * statement with a right literal, and with the value unknown at compile time ({@code n}, {@code
   * d}, {@code s}, {@code tags}, {@code extra} are parameters).
   */
  record Rule(String name, String bad, String message, String marker, String good, String unknown) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Rule> rules() {
    return Stream.of(
        new Rule("step above step count",
            "StartPayload p = liveActivity(\"Deploy\").segmented(4).step(5);",
            "[activitysmith:StepRange] current_step 5 exceeds number_of_steps 4; raise number_of_steps or lower current_step",
            "step(5)",
            "StartPayload p = liveActivity(\"Deploy\").segmented(4).step(4);",
            "StartPayload p = liveActivity(\"Deploy\").segmented(n).step(5);"),
        new Rule("step above step count in a constant expression",
            "StartPayload p = liveActivity(\"Deploy\").segmented(STEPS).step(STEPS + 1);",
            "[activitysmith:StepRange] current_step 5 exceeds number_of_steps 4",
            "step(STEPS + 1)",
            "StartPayload p = liveActivity(\"Deploy\").segmented(STEPS).step(STEPS - 1);",
            "StartPayload p = liveActivity(\"Deploy\").segmented(STEPS).step(n + 1);"),
        new Rule("percentage out of range",
            "StartPayload p = liveActivity(\"Backup\").progress(120);",
            "[activitysmith:Maximum] percentage is 120, at most 100; lower the value",
            "progress(120)",
            "StartPayload p = liveActivity(\"Backup\").progress(100);",
            "StartPayload p = liveActivity(\"Backup\").progress(d);"),
        new Rule("upper limit not above 0",
            "StartPayload p = liveActivity(\"Backup\").progress(0, 0);",
            "[activitysmith:ExclusiveMinimum] upper_limit is 0, must be more than 0; give a larger value",
            "progress(0, 0)",
            "StartPayload p = liveActivity(\"Backup\").progress(0, 1);",
            "StartPayload p = liveActivity(\"Backup\").progress(0, d);"),
        new Rule("value above upper limit",
            "UpdatePayload p = liveActivityUpdate(\"Backup\").progress(60, 50);",
            "[activitysmith:ValueWithinLimit] value 60 exceeds upper_limit 50; raise upper_limit or lower value",
            "progress(60, 50)",
            "UpdatePayload p = liveActivityUpdate(\"Backup\").progress(50, 50);",
            "UpdatePayload p = liveActivityUpdate(\"Backup\").progress(60, d);"),
        new Rule("more than 8 metrics",
            "StartPayload p = liveActivity(\"Servers\").metrics(" + METRICS_9 + ");",
            "[activitysmith:MaxItems] metrics: 9 items, at most 8; give fewer items",
            "metrics(",
            "StartPayload p = liveActivity(\"Servers\").metrics(" + METRICS_8 + ");",
            "StartPayload p = liveActivity(\"Servers\").metrics(metric(\"a\", 1), extra);"),
        new Rule("more than 8 metrics in a List.of",
            "StartPayload p = liveActivity(\"Servers\").metrics(java.util.List.of(" + METRICS_9 + "));",
            "[activitysmith:MaxItems] metrics: 9 items, at most 8; give fewer items",
            "metrics(",
            "StartPayload p = liveActivity(\"Servers\").metrics(java.util.List.of(" + METRICS_8 + "));",
            "StartPayload p = liveActivity(\"Servers\").metrics(metricList);"),
        new Rule("more than 20 tags in a List.of",
            "PushPayload p = push(\"Build\").tags(java.util.List.of(" + TAGS_21 + "));",
            "[activitysmith:MaxItems] tags: 21 items, at most 20; give fewer items",
            "tags(",
            "PushPayload p = push(\"Build\").tags(java.util.Arrays.asList(" + TAGS_20 + "));",
            "PushPayload p = push(\"Build\").tags(tagList);"),
        new Rule("empty message",
            "StartPayload p = liveActivity(\"Approval\").alert(\"\");",
            "[activitysmith:MinLength] message is empty; give at least 1 character",
            "alert(\"\")",
            "StartPayload p = liveActivity(\"Approval\").alert(\"Ship?\");",
            "StartPayload p = liveActivity(\"Approval\").alert(s);"),
        new Rule("media scheme",
            "PushPayload p = push(\"Chart\").media(\"http://example.com/chart.png\");",
            "[activitysmith:Pattern] media \"http://example.com/chart.png\" does not match ^https://",
            "media(",
            "PushPayload p = push(\"Chart\").media(\"https://example.com/chart.png\");",
            "PushPayload p = push(\"Chart\").media(s);"),
        new Rule("redirection scheme",
            "PushPayload p = push(\"Build\").redirection(\"javascript:alert(1)\");",
            "[activitysmith:RefusedValue] redirection \"javascript:alert(1)\" is refused",
            "redirection(",
            "PushPayload p = push(\"Build\").redirection(\"https://ci.example.com\");",
            "PushPayload p = push(\"Build\").redirection(s);"),
        new Rule("action scheme",
            "StartPayload p = liveActivity(\"Deploy\").progress(5).action(openUrl(\"Open\", \"ftp://ci.example.com\"));",
            "[activitysmith:Pattern] url \"ftp://ci.example.com\" does not match ^(https?|shortcuts)://",
            "ftp://",
            "StartPayload p = liveActivity(\"Deploy\").progress(5).action(openUrl(\"Open\", \"https://ci.example.com\"));",
            "StartPayload p = liveActivity(\"Deploy\").progress(5).action(openUrl(\"Open\", s));"),
        new Rule("push icon scheme",
            "PushPayload p = push(\"Build\").icon(\"http://example.com/i.png\");",
            "[activitysmith:Pattern] icon \"http://example.com/i.png\" does not match ^https://[^/?#@]+(?:[/?#]|$)",
            "icon(",
            "PushPayload p = push(\"Build\").icon(\"https://example.com/i.png\");",
            "PushPayload p = push(\"Build\").icon(s);"),
        new Rule("metric text over 64",
            "StartPayload p = liveActivity(\"Queue\").stats(metric(\"Status\", \"" + TEXT_65 + "\"));",
            "[activitysmith:MaxLength] value has 65 characters, at most 64; shorten the text",
            "Status",
            "StartPayload p = liveActivity(\"Queue\").stats(metric(\"Status\", \"" + "x".repeat(64) + "\"));",
            "StartPayload p = liveActivity(\"Queue\").stats(metric(\"Status\", s));"),
        new Rule("negative minutes",
            "EndPayload p = liveActivityEnd(\"Deploy\").segmented().step(4).autoDismissMinutes(-1);",
            "[activitysmith:Minimum] auto_dismiss_minutes is -1, at least 0; raise the value",
            "autoDismissMinutes(-1)",
            "EndPayload p = liveActivityEnd(\"Deploy\").segmented().step(4).autoDismissMinutes(0);",
            "EndPayload p = liveActivityEnd(\"Deploy\").segmented().step(4).autoDismissMinutes(n);"),
        new Rule("negative badge count",
            "smith.badges().set(-1);",
            "[activitysmith:Minimum] badge is -1, at least 0; raise the value",
            "set(-1)",
            "smith.badges().set(0);",
            "smith.badges().set(n);"),
        new Rule("step colors length",
            "StartPayload p = liveActivity(\"Deploy\").segmented(4).step(2).stepColors(GREEN);",
            "[activitysmith:StepColorsLength] step_colors has 1 entries but current_step is 2; give one per step",
            "stepColors(GREEN)",
            "StartPayload p = liveActivity(\"Deploy\").segmented(4).step(2).stepColors(GREEN, YELLOW);",
            "StartPayload p = liveActivity(\"Deploy\").segmented(4).step(n).stepColors(GREEN);"),
        new Rule("stream key pattern",
            "smith.liveActivities().stream(\"nightly backup\", liveActivityStream(\"Backup\").progress(1));",
            "[activitysmith:Pattern] stream_key \"nightly backup\" does not match ^[A-Za-z0-9_-]+$",
            "nightly backup",
            "smith.liveActivities().stream(\"nightly-backup\", liveActivityStream(\"Backup\").progress(1));",
            "smith.liveActivities().stream(s, liveActivityStream(\"Backup\").progress(1));"),
        new Rule("end stream key pattern",
            "smith.liveActivities().endStream(\"a/b\");",
            "[activitysmith:Pattern] stream_key \"a/b\" does not match ^[A-Za-z0-9_-]+$",
            "a/b",
            "smith.liveActivities().endStream(\"a-b\");",
            "smith.liveActivities().endStream(s);"),
        new Rule("metric key pattern",
            "smith.metrics().update(\"CPU load\", 5);",
            "[activitysmith:Pattern] key \"CPU load\" does not match ^[a-z0-9][a-z0-9_.-]{0,63}$",
            "CPU load",
            "smith.metrics().update(\"cpu.load\", 5);",
            "smith.metrics().update(s, 5);"),
        new Rule("negative metric value",
            "smith.metrics().update(\"cpu\", -5);",
            "[activitysmith:Minimum] value is -5, at least 0; raise the value",
            "-5",
            "smith.metrics().update(\"cpu\", 5);",
            "smith.metrics().update(\"cpu\", d);"),
        new Rule("more than 50 metadata entries",
            "PushPayload p = push(\"Build\").metadata(" + METADATA_51 + ");",
            "[activitysmith:MaxProperties] metadata has 51 entries, at most 50; give fewer entries",
            "metadata(",
            "PushPayload p = push(\"Build\").metadata(" + METADATA_50 + ");",
            "PushPayload p = push(\"Build\").metadata(" + METADATA_50 + ".and(s, 1));"),
        new Rule("empty metadata key",
            "StartPayload p = liveActivity(\"Deploy\").progress(1).metadata(metadata(\"\", \"main\"));",
            "[activitysmith:MinLength] metadata. is empty; give at least 1 character",
            "metadata(\"\"",
            "StartPayload p = liveActivity(\"Deploy\").progress(1).metadata(metadata(\"branch\", \"main\"));",
            "StartPayload p = liveActivity(\"Deploy\").progress(1).metadata(metadata(s, \"main\"));"),
        new Rule("more than 20 tags",
            "PushPayload p = push(\"Build\").tags(" + TAGS_21 + ");",
            "[activitysmith:MaxItems] tags: 21 items, at most 20; give fewer items",
            "tags(",
            "PushPayload p = push(\"Build\").tags(" + TAGS_20 + ");",
            "PushPayload p = push(\"Build\").tags(tags);"),
        new Rule("tag pattern",
            "StartPayload p = liveActivity(\"Deploy\").progress(1).tags(\"ci\", \"bad tag\");",
            "[activitysmith:Pattern] tags[1] \"bad tag\" does not match",
            "bad tag",
            "StartPayload p = liveActivity(\"Deploy\").progress(1).tags(\"ci\", \"good-tag\");",
            "StartPayload p = liveActivity(\"Deploy\").progress(1).tags(\"ci\", s);"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void rejectsTheWrongLiteralOnItsLine(Rule rule) {
    JavaFileObject source = source(rule.bad());
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(rule.message()).inFile(source).onLineContaining(rule.marker());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void acceptsARightLiteral(Rule rule) {
    assertThat(compile(source(rule.good()))).succeededWithoutWarnings();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void leavesValuesKnownOnlyAtRunTimeToTheClient(Rule rule) {
    assertThat(compile(source(rule.unknown()))).succeededWithoutWarnings();
  }

  @Test
  void pointsAtTheArgumentOfAChainWrittenOverSeveralLines() {
    JavaFileObject source = JavaFileObjects.forSourceLines("Sample",
        "import static com.activitysmith.dsl.Dsl.*;",
        "import com.activitysmith.payload.StartPayload;",
        "class Sample {",
        "  StartPayload deploy() {",
        "    return liveActivity(\"Deploy\")",
        "        .segmented(4)",
        "        .step(5)",
        "        .color(YELLOW);",
        "  }",
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[activitysmith:StepRange]").inFile(source).onLine(7).atColumn(15);
  }

  @Test
  void reportsEveryBrokenRuleOfOneChain() {
    JavaFileObject source = source("StartPayload p = liveActivity(\"D\").segmented(4).step(5).stepColors(GREEN)"
        + ".action(openUrl(\"Open\", \"ftp://x.example\"));");
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation).hadErrorContaining("[activitysmith:StepRange]");
    assertThat(compilation).hadErrorContaining("[activitysmith:StepColorsLength]");
    assertThat(compilation).hadErrorContaining("[activitysmith:Pattern] url \"ftp://x.example\"");
  }

  @Test
  void suppressWarningsOnAMethodTurnsTheCheckOffThereOnly() {
    JavaFileObject source = JavaFileObjects.forSourceLines("Sample",
        "import static com.activitysmith.dsl.Dsl.*;",
        "import com.activitysmith.payload.StartPayload;",
        "class Sample {",
        "  @SuppressWarnings(\"activitysmith\")",
        "  StartPayload quiet() {",
        "    return liveActivity(\"Deploy\").segmented(4).step(5);",
        "  }",
        "  StartPayload loud() {",
        "    return liveActivity(\"Deploy\").segmented(4).step(6);",
        "  }",
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("current_step 6 exceeds").inFile(source).onLine(9);
  }

  @Test
  void suppressWarningsOnAClassTurnsTheCheckOffInAllOfIt() {
    JavaFileObject source = JavaFileObjects.forSourceLines("Sample",
        "import static com.activitysmith.dsl.Dsl.*;",
        "import com.activitysmith.payload.*;",
        "@SuppressWarnings(\"activitysmith\")",
        "class Sample {",
        "  StartPayload a() { return liveActivity(\"Deploy\").segmented(4).step(5); }",
        "  PushPayload b() { return push(\"x\").media(\"http://x.example\"); }",
        "  class Inner { StartPayload c() { return liveActivity(\"B\").progress(101); } }",
        "}");
    assertThat(compile(source)).succeededWithoutWarnings();
  }

  @Test
  void suppressWarningsNamingOneRuleKeepsTheOthers() {
    JavaFileObject source = JavaFileObjects.forSourceLines("Sample",
        "import static com.activitysmith.dsl.Dsl.*;",
        "import com.activitysmith.payload.*;",
        "class Sample {",
        "  @SuppressWarnings(\"activitysmith:StepRange\")",
        "  StartPayload a() { return liveActivity(\"Deploy\").segmented(4).step(5).stepColors(GREEN); }",
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[activitysmith:StepColorsLength]");
  }

  @Test
  void anInternalFailureBecomesOneWarningAndTheBuildGoesOn() {
    // A Dsl compiled here that the checker's own DSL classes do not have: the checker cannot
    // evaluate its calls, as when the checker and the SDK on the classpath differ in version.
    JavaFileObject skewedDsl = JavaFileObjects.forSourceLines("com.activitysmith.dsl.Dsl",
        "package com.activitysmith.dsl;",
        "public final class Dsl {",
        "  public static Push push(String title, int copies) { return null; }",
        "}");
    JavaFileObject source = JavaFileObjects.forSourceLines("Sample",
        "import com.activitysmith.dsl.Dsl;",
        "import com.activitysmith.payload.PushPayload;",
        "class Sample {",
        "  PushPayload a() { return Dsl.push(\"a\", 1).message(\"x\"); }",
        "  PushPayload b() { return Dsl.push(\"b\", 2).message(\"y\"); }",
        "}");
    Compilation compilation = compile(skewedDsl, source);
    assertThat(compilation).succeeded();
    assertThat(compilation.warnings()).hasSize(1);
    Diagnostic<? extends JavaFileObject> warning = compilation.warnings().get(0);
    assertThat(warning.getMessage(null)).startsWith("[activitysmith:InternalError]")
        .contains("com.activitysmith.dsl.Dsl.push(java.lang.String,int)");
  }

  @Test
  void theReadmeDslExamplesPassTheCheck() throws Exception {
    Path tests = Path.of("../dsl/src/test/java/com/activitysmith/dsl").toAbsolutePath().normalize();
    JavaFileObject examples = JavaFileObjects.forSourceString("com.activitysmith.dsl.ReadmeExamplesTest",
        Files.readString(tests.resolve("ReadmeExamplesTest.java")));
    JavaFileObject wire = JavaFileObjects.forSourceString("com.activitysmith.dsl.WireJson",
        Files.readString(tests.resolve("WireJson.java")));
    assertThat(compile(examples, wire)).succeededWithoutWarnings();
  }

  @Test
  void chainsThatContinueAnUnknownValueAreLeftAlone() {
    JavaFileObject source = source("com.activitysmith.dsl.Push base = push(\"Build\"); PushPayload p = base.media(\"http://x\");");
    assertThat(compile(source)).succeededWithoutWarnings();
  }

  private static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new LiteralCheckProcessor()).compile(sources);
  }

  private static JavaFileObject source(String statement) {
    return JavaFileObjects.forSourceLines("Sample",
        "import static com.activitysmith.dsl.Dsl.*;",
        "import com.activitysmith.ActivitySmith;",
        "import com.activitysmith.dsl.Metric;",
        "import com.activitysmith.payload.*;",
        "class Sample {",
        "  static final int STEPS = 4;",
        "  void run(ActivitySmith smith, int n, double d, String s, String[] tags, Metric extra,",
        "      java.util.List<Metric> metricList, java.util.List<String> tagList) {",
        "    " + statement,
        "  }",
        "}");
  }
}
