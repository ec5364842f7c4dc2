package com.activitysmith.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Loads the spec under test once, as a parsed model and as a plain JSON tree. */
final class SpecFixture {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  static OpenAPI openApi() {
    return new OpenAPIParser().readLocation(SpecDocumentTest.SPEC.toString(), null, null).getOpenAPI();
  }

  static JsonNode tree() {
    try {
      return YAML.readTree(SpecDocumentTest.SPEC.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SpecFixture() {}
}
