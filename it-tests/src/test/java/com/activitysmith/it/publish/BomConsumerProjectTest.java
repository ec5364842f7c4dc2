package com.activitysmith.it.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A user's project that gets the SDK as the README's "Getting the artifacts" says
 * ({@code src/it/bom-consumer}: the BOM imported, runtime, dsl and testing named without versions)
 * builds with a real Maven and its test passes against the simulator.
 *
 * <p>Nothing is installed into the shared local repository: the reactor's jars and poms are laid
 * out as {@code mvn install} would lay them out in {@code target/bom-consumer-repo}, the inner
 * Maven's local repository; it reads everything else (plugins, OkHttp, Moshi, JUnit) from the
 * outer build's repository through Maven's read-only {@code maven.repo.local.tail}, offline.
 */
class BomConsumerProjectTest {
  private static final Path TARGET = Bom.ROOT.resolve("it-tests/target");
  private static final Pattern DEPENDENCY = Pattern.compile("<dependency>.*?</dependency>");

  @Test
  void theReadmesCoordinatesBuildAndTestAUserProject() throws Exception {
    String version = Bom.version();
    Path repository = TARGET.resolve("bom-consumer-repo");
    delete(repository);
    publish(repository, version, "activitysmith-parent", Bom.ROOT.resolve("pom.xml"), null);
    publish(repository, version, "activitysmith-bom", Bom.ROOT.resolve("bom/pom.xml"), null);
    for (String artifactId : Bom.managedJars()) {
      Path module = Bom.targetDir(artifactId).getParent();
      publish(repository, version, artifactId, module.resolve("pom.xml"),
          Bom.targetDir(artifactId).resolve(artifactId + "-" + version + ".jar"));
    }

    Path project = copySample(version);
    Path log = project.resolve("build.log");
    int exitCode = mvn(project, repository, log);
    String output = Files.readString(log);
    assertThat(exitCode).as(output).isZero();
    assertThat(output).contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0");
  }

  @Test
  void theSampleDeclaresExactlyWhatTheReadmeShows() throws IOException {
    String readme = Files.readString(Bom.ROOT.resolve("README.md"));
    int section = readme.indexOf("## Getting the artifacts");
    assertThat(section).as("README section").isPositive();
    int start = readme.indexOf("```xml\n", section) + "```xml\n".length();
    assertThat(start).as("an xml block in the section").isGreaterThan(section + "```xml\n".length());
    String snippet = readme.substring(start, readme.indexOf("```", start));
    assertThat(snippet).as("the README names the reactor's version").contains("<version>" + Bom.version() + "</version>");
    String pom = squash(Files.readString(Bom.ROOT.resolve("it-tests/src/it/bom-consumer/pom.xml")));
    String shown = squash(snippet.replace("<version>" + Bom.version() + "</version>",
        "<version>@activitysmith.version@</version>"));
    // The BOM import as shown, then each dependency the README names (the sample adds JUnit).
    int managementEnd = shown.indexOf("</dependencyManagement>") + "</dependencyManagement>".length();
    assertThat(managementEnd).as("the snippet imports the BOM").isGreaterThan("</dependencyManagement>".length());
    assertThat(pom).contains(shown.substring(0, managementEnd));
    Matcher dependency = DEPENDENCY.matcher(shown.substring(managementEnd));
    int named = 0;
    while (dependency.find()) {
      assertThat(pom).contains(dependency.group());
      named++;
    }
    assertThat(named).as("dependencies the README names").isEqualTo(3);
  }

  private static String squash(String xml) {
    return xml.replaceAll("(?s)<!--.*?-->", "").replaceAll("\\s+", "");
  }

  private static int mvn(Path project, Path repository, Path log) throws Exception {
    Path mvn = Path.of(System.getProperty("maven.home"), "bin", "mvn");
    List<String> command = List.of(mvn.toString(), "-B", "-o", "-ntp",
        "-Dmaven.repo.local=" + repository,
        "-Dmaven.repo.local.tail=" + System.getProperty("outer.repo.local"),
        "test");
    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("MAVEN_OPTS");
    builder.redirectOutput(log.toFile());
    Process process = builder.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("mvn test did not finish in 5 minutes: " + Files.readString(log));
    }
    return process.exitValue();
  }

  private static Path copySample(String version) throws IOException {
    Path template = Bom.ROOT.resolve("it-tests/src/it/bom-consumer");
    Path project = TARGET.resolve("samples/bom-consumer");
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
        .replace("@activitysmith.version@", version)
        .replace("@junit.version@", System.getProperty("junit.version"))
        .replace("@compiler-plugin.version@", System.getProperty("compiler-plugin.version"))
        .replace("@resources-plugin.version@", System.getProperty("resources-plugin.version"))
        .replace("@surefire.version@", System.getProperty("surefire.version")));
    return project;
  }

  private static void publish(Path repository, String version, String artifactId, Path pom, Path jar)
      throws IOException {
    Path dir = repository.resolve("com/activitysmith").resolve(artifactId).resolve(version);
    Files.createDirectories(dir);
    Files.copy(pom, dir.resolve(artifactId + "-" + version + ".pom"), StandardCopyOption.REPLACE_EXISTING);
    if (jar != null) {
      assertThat(jar).as(artifactId + " (built before it-tests in the reactor)").exists();
      Files.copy(jar, dir.resolve(artifactId + "-" + version + ".jar"), StandardCopyOption.REPLACE_EXISTING);
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
