package com.activitysmith.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The spec reaches consumers unchanged, both inside the jar and as the standalone YAML artifact. */
class PackagedSpecTest {
  private static final Path SOURCE = Path.of("../spec/src/main/openapi/activitysmith.yaml");

  @Test
  void jarResourceIsTheSpecSource() throws Exception {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("com/activitysmith/spec/activitysmith.yaml")) {
      assertThat(in).isNotNull();
      assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(SOURCE));
    }
  }

  @Test
  void yamlArtifactResolvesForOtherGenerators() throws Exception {
    Path copied = Path.of("target/spec-artifact/activitysmith.yaml");
    assertThat(Files.readAllBytes(copied)).isEqualTo(Files.readAllBytes(SOURCE));
  }
}
