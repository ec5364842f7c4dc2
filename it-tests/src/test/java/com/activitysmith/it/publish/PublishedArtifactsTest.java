package com.activitysmith.it.publish;

import static com.activitysmith.it.publish.Bom.ROOT;
import static com.activitysmith.it.publish.Bom.managedJars;
import static com.activitysmith.it.publish.Bom.parse;
import static com.activitysmith.it.publish.Bom.targetDir;
import static com.activitysmith.it.publish.Bom.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * What a user of the published artifacts gets: the BOM names every published module, and each
 * such module's jar comes with sources and Javadoc and names its JPMS module.
 */
class PublishedArtifactsTest {

  @Test
  void bomListsEveryPublishedModuleAtTheReactorVersion() throws Exception {
    Document parent = parse(ROOT.resolve("pom.xml"));
    assertThat(Bom.version()).isEqualTo(text(parent.getDocumentElement(), "version"));

    List<String> published = new ArrayList<>();
    NodeList modules = parent.getElementsByTagName("module");
    for (int i = 0; i < modules.getLength(); i++) {
      String dir = modules.item(i).getTextContent().trim();
      Document pom = parse(ROOT.resolve(dir).resolve("pom.xml"));
      boolean skipped = pom.getElementsByTagName("maven.deploy.skip").getLength() > 0;
      String packaging = text(pom.getDocumentElement(), "packaging");
      if (!skipped && !"pom".equals(packaging)) {
        published.add(text(pom.getDocumentElement(), "artifactId"));
      }
    }
    assertThat(published).contains("activitysmith-runtime", "activitysmith-dsl", "activitysmith-testing",
        "activitysmith-spec");
    assertThat(managedJars()).containsExactlyInAnyOrderElementsOf(published);
  }

  @Test
  void everyPublishedJarHasSourcesJavadocAndAModuleName() throws Exception {
    String version = Bom.version();
    for (String artifactId : managedJars()) {
      Path target = targetDir(artifactId);
      Path jar = target.resolve(artifactId + "-" + version + ".jar");
      assertThat(jar).as(artifactId).exists();
      assertThat(target.resolve(artifactId + "-" + version + "-sources.jar")).as(artifactId + " sources").exists();
      Path javadoc = target.resolve(artifactId + "-" + version + "-javadoc.jar");
      assertThat(javadoc).as(artifactId + " javadoc").exists();
      try (JarFile docs = new JarFile(javadoc.toFile())) {
        assertThat(docs.getEntry("index.html")).as(artifactId + " javadoc index").isNotNull();
      }
      try (JarFile file = new JarFile(jar.toFile())) {
        Manifest manifest = file.getManifest();
        assertThat(manifest.getMainAttributes().getValue("Automatic-Module-Name")).as(artifactId + " module name")
            .matches("com\\.activitysmith(\\.[a-z]+)*");
      }
    }
  }

  @Test
  void theDslJavadocDocumentsTheGeneratedStepTypes() throws IOException {
    String version = Bom.version();
    try (JarFile docs = new JarFile(ROOT.resolve("dsl/target/activitysmith-dsl-" + version + "-javadoc.jar").toFile())) {
      assertThat(docs.getEntry("com/activitysmith/dsl/LiveActivities.html")).isNotNull();
      assertThat(docs.getEntry("com/activitysmith/dsl/SegmentedProgressStartNeedsCurrentStep.html")).isNotNull();
      assertThat(docs.getEntry("com/activitysmith/dsl/internal/Wire.html")).as("internal packages stay out").isNull();
    }
  }
}
