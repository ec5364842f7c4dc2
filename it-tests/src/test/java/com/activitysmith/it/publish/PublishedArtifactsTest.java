package com.activitysmith.it.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a user of the published artifacts gets: the BOM names every published module, and each
 * such module's jar comes with sources and Javadoc and names its JPMS module.
 */
class PublishedArtifactsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void bomListsEveryPublishedModuleAtTheReactorVersion() throws Exception {
    Document bom = parse(ROOT.resolve("bom/pom.xml"));
    Document parent = parse(ROOT.resolve("pom.xml"));
    assertThat(text(bom.getDocumentElement(), "version")).isEqualTo(text(parent.getDocumentElement(), "version"));

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
    assertThat(managedJars(bom)).containsExactlyInAnyOrderElementsOf(published);
  }

  @Test
  void everyPublishedJarHasSourcesJavadocAndAModuleName() throws Exception {
    Document bom = parse(ROOT.resolve("bom/pom.xml"));
    String version = text(bom.getDocumentElement(), "version");
    for (String artifactId : managedJars(bom)) {
      Path target = ROOT.resolve(artifactId.substring("activitysmith-".length())).resolve("target");
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
    Document bom = parseQuietly(ROOT.resolve("bom/pom.xml"));
    String version = text(bom.getDocumentElement(), "version");
    try (JarFile docs = new JarFile(ROOT.resolve("dsl/target/activitysmith-dsl-" + version + "-javadoc.jar").toFile())) {
      assertThat(docs.getEntry("com/activitysmith/dsl/LiveActivityDsl.html")).isNotNull();
      assertThat(docs.getEntry("com/activitysmith/dsl/SegmentedProgressStartNeedsCurrentStep.html")).isNotNull();
      assertThat(docs.getEntry("com/activitysmith/dsl/internal/Wire.html")).as("internal packages stay out").isNull();
    }
  }

  private static List<String> managedJars(Document bom) {
    List<String> out = new ArrayList<>();
    NodeList deps = bom.getElementsByTagName("dependency");
    for (int i = 0; i < deps.getLength(); i++) {
      Element dep = (Element) deps.item(i);
      if (dep.getElementsByTagName("classifier").getLength() == 0 && dep.getElementsByTagName("type").getLength() == 0) {
        out.add(text(dep, "artifactId"));
      }
    }
    return out;
  }

  private static String text(Element parent, String child) {
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e && e.getTagName().equals(child)) {
        return e.getTextContent().trim();
      }
    }
    return null;
  }

  private static Document parseQuietly(Path pom) throws IOException {
    try {
      return parse(pom);
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(e);
    }
  }

  private static Document parse(Path pom) throws Exception {
    assertThat(Files.exists(pom)).as(pom.toString()).isTrue();
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
  }
}
