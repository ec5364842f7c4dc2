package com.activitysmith.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What an application gets with the DSL: Retrofit, OkHttp, Okio, Moshi (and what they bring)
 * and our jars, but no spec reader, schema library or logging facade; and a fresh JVM that
 * validates and rejects a request prints nothing (no SLF4J notice).
 */
class DslClosureTest {
  private static final List<String> FORBIDDEN = List.of("jackson", "snakeyaml", "json-schema-validator", "slf4j",
      "activitysmith-rules", "activitysmith-spec", "swagger", "networknt");

  private static List<String> closure() throws Exception {
    String text = Files.readString(Path.of("target/runtime-closure.txt"), StandardCharsets.UTF_8).strip();
    return text.isEmpty() ? List.of() : Arrays.asList(text.split(File.pathSeparator));
  }

  @Test
  void theRunTimeClosureHoldsNoSchemaLibraryNorSlf4j() throws Exception {
    List<String> jars = closure();
    assertThat(jars).isNotEmpty();
    for (String forbidden : FORBIDDEN) {
      assertThat(jars).as("nothing named %s in the run-time closure", forbidden)
          .noneMatch(jar -> Path.of(jar).getFileName().toString().contains(forbidden));
    }
    assertThat(jars).anyMatch(j -> j.contains("retrofit")).anyMatch(j -> j.contains("moshi"))
        .anyMatch(j -> j.contains("okhttp"));
  }

  @Test
  void aFreshJvmValidatesWithoutReadingTheSpecAndPrintsNothing() throws Exception {
    List<String> classpath = new ArrayList<>(closure());
    classpath.add(Path.of("target/classes").toAbsolutePath().toString());
    classpath.add(Path.of("target/test-classes").toAbsolutePath().toString());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-cp", String.join(File.pathSeparator, classpath),
        DslClosureProbe.class.getName()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(err).isEmpty();
    assertThat(out).isEqualTo("rejected: content_state.percentage is 101, at most 100 [maximum]; spec on classpath: false" + System.lineSeparator());
    assertThat(process.exitValue()).isZero();
  }
}
