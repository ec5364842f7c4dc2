package com.activitysmith.it.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The bill of materials and the reactor's poms, read from the checkout these tests run in. */
final class Bom {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private Bom() {}

  /** The version the BOM gives every artifact. */
  static String version() throws IOException {
    return text(parse(ROOT.resolve("bom/pom.xml")).getDocumentElement(), "version");
  }

  /** The artifact ids of the BOM's plain jars (no classifier, no other type): the published modules. */
  static List<String> managedJars() throws IOException {
    List<String> out = new ArrayList<>();
    NodeList deps = parse(ROOT.resolve("bom/pom.xml")).getElementsByTagName("dependency");
    for (int i = 0; i < deps.getLength(); i++) {
      Element dep = (Element) deps.item(i);
      if (dep.getElementsByTagName("classifier").getLength() == 0 && dep.getElementsByTagName("type").getLength() == 0) {
        out.add(text(dep, "artifactId"));
      }
    }
    return out;
  }

  /** Where the reactor build puts a published module's main jar ({@code activitysmith-x} is in {@code x/}). */
  static Path targetDir(String artifactId) {
    return ROOT.resolve(artifactId.substring("activitysmith-".length())).resolve("target");
  }

  /** The text of {@code parent}'s direct child element {@code child}, or null when it has none. */
  static String text(Element parent, String child) {
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e && e.getTagName().equals(child)) {
        return e.getTextContent().trim();
      }
    }
    return null;
  }

  /** Parses a pom, failing with its path when it is missing or malformed. */
  static Document parse(Path pom) throws IOException {
    if (!Files.exists(pom)) {
      throw new IOException(pom + " does not exist");
    }
    try {
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(pom + ": " + e.getMessage(), e);
    }
  }
}
