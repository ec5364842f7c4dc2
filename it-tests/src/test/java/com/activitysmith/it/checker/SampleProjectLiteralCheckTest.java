package com.activitysmith.it.checker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A user's project set up as the README says ({@code src/it/literal-check}), built by a real
 * Maven: as it is, it builds; with a bad literal, {@code mvn compile} fails with the checker's
 * message at the argument's line.
 *
 * <p>Nothing is installed into the shared local repository: the SDK's freshly built jars are laid
 * out in {@code target/sample-repo}, which the inner Maven uses as its local repository, and it
 * reads everything else (plugins, OkHttp, Moshi) from the outer build's repository through
 * Maven's read-only {@code maven.repo.local.tail}, offline.
 */
class SampleProjectLiteralCheckTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path TARGET = ROOT.resolve("it-tests/target");
  private static final String VERSION = System.getProperty("activitysmith.version");
  private static Path repository;

  @BeforeAll
  static void layOutTheSdkInAPrivateRepository() throws IOException {
    repository = TARGET.resolve("sample-repo");
    delete(repository);
    publish("activitysmith-parent", ROOT.resolve("pom.xml"), null);
    for (String module : List.of("runtime", "dsl", "dsl-checker")) {
      String artifactId = "activitysmith-" + module;
      publish(artifactId, ROOT.resolve(module).resolve("pom.xml"),
          ROOT.resolve(module).resolve("target").resolve(artifactId + "-" + VERSION + ".jar"));
    }
  }

  @Test
  void theReadmeSetupBuildsAProjectWithValidLiterals() throws Exception {
    Path project = sample("valid", null);
    Build build = mvn(project);
    assertThat(build.exitCode()).as(build.output()).isZero();
    assertThat(project.resolve("target/classes/sample/Deploys.class")).exists();
  }

  @Test
  void theReadmeSetupFailsMvnCompileOnABadLiteralAtItsLine() throws Exception {
    Path project = sample("bad-literal", String.join("\n",
        "package sample;",
        "",
        "import static com.activitysmith.dsl.Dsl.*;",
        "",
        "final class Rollout {",
        "  static com.activitysmith.payload.StartPayload tooFar() {",
        "    return liveActivity(\"Deploy\").segmented(4)",
        "        .step(5);",
        "  }",
        "}", ""));
    Build build = mvn(project);
    assertThat(build.exitCode()).as(build.output()).isNotZero();
    assertThat(build.output())
        .contains("Rollout.java:[8,15] [activitysmith:StepRange] current_step 5 exceeds number_of_steps 4;"
            + " raise number_of_steps or lower current_step");
  }

  @Test
  void theSampleUsesExactlyTheLinesTheReadmeShows() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    int section = readme.indexOf("## Checking literals at compile time");
    assertThat(section).as("README section").isPositive();
    int start = readme.indexOf("```xml\n", section) + "```xml\n".length();
    String snippet = readme.substring(start, readme.indexOf("```", start));
    String pom = Files.readString(ROOT.resolve("it-tests/src/it/literal-check/pom.xml"));
    assertThat(squash(pom)).contains(squash(snippet.replace("<version>" + VERSION + "</version>",
        "<version>${activitysmith.version}</version>")));
  }

  private static String squash(String xml) {
    return xml.replaceAll("<!--.*?-->", "").replaceAll("\\s+", "");
  }

  private record Build(int exitCode, String output) {}

  private static Build mvn(Path project) throws Exception {
    String mavenHome = System.getProperty("maven.home");
    Path mvn = Path.of(mavenHome, "bin", "mvn");
    List<String> command = new ArrayList<>(List.of(mvn.toString(), "-B", "-o", "-ntp",
        "-Dmaven.repo.local=" + repository,
        "-Dmaven.repo.local.tail=" + System.getProperty("outer.repo.local"),
        "compile"));
    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("MAVEN_OPTS");
    Path log = project.resolve("build.log");
    builder.redirectOutput(log.toFile());
    Process process = builder.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("mvn compile did not finish in 5 minutes: " + Files.readString(log));
    }
    return new Build(process.exitValue(), Files.readString(log));
  }

  private static Path sample(String name, String badSource) throws IOException {
    Path template = ROOT.resolve("it-tests/src/it/literal-check");
    Path project = TARGET.resolve("samples").resolve(name);
    delete(project);
    try (Stream<Path> files = Files.walk(template)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path to = project.resolve(template.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(to);
        } else {
          Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Path pom = project.resolve("pom.xml");
    Files.writeString(pom, Files.readString(pom)
        .replace("@activitysmith.version@", VERSION)
        .replace("@compiler-plugin.version@", System.getProperty("compiler-plugin.version"))
        .replace("@resources-plugin.version@", System.getProperty("resources-plugin.version")));
    if (badSource != null) {
      Files.writeString(project.resolve("src/main/java/sample/Rollout.java"), badSource, StandardCharsets.UTF_8);
    }
    return project;
  }

  private static void publish(String artifactId, Path pom, Path jar) throws IOException {
    Path dir = repository.resolve("com/activitysmith").resolve(artifactId).resolve(VERSION);
    Files.createDirectories(dir);
    Files.copy(pom, dir.resolve(artifactId + "-" + VERSION + ".pom"), StandardCopyOption.REPLACE_EXISTING);
    if (jar != null) {
      assertThat(jar).as("built before it-tests").exists();
      Files.copy(jar, dir.resolve(artifactId + "-" + VERSION + ".jar"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(file);
      }
    }
  }
}
