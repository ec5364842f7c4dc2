package com.activitysmith.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example in the spec (schema examples and request/response examples) validates against
 * the schema it illustrates, with formats asserted. A wrong example fails the build.
 */
class SpecExamplesTest {
  private static final JsonNode SPEC = SpecFixture.tree();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  @TestFactory
  Stream<DynamicTest> schemaExamplesMatchTheirSchemas() {
    List<DynamicTest> tests = new ArrayList<>();
    SPEC.at("/components/schemas").fields().forEachRemaining(e -> {
      JsonNode examples = e.getValue().get("examples");
      assertThat(examples).as(e.getKey() + " has examples").isNotNull();
      for (int i = 0; i < examples.size(); i++) {
        JsonNode example = examples.get(i);
        tests.add(DynamicTest.dynamicTest(e.getKey() + "[" + i + "]",
            () -> assertValid(ref("#/components/schemas/" + e.getKey()), example)));
      }
    });
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> operationExamplesMatchTheirSchemas() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, JsonNode> media : mediaTypes()) {
      JsonNode schema = media.getValue().get("schema");
      media.getValue().path("examples").fields().forEachRemaining(ex -> tests.add(
          DynamicTest.dynamicTest(media.getKey() + " " + ex.getKey(),
              () -> assertValid(schema, ex.getValue().get("value")))));
    }
    return tests.stream();
  }

  @Test
  void aBrokenExampleIsCaught() {
    ObjectNode wrong = (ObjectNode) SPEC.at("/components/schemas/ContentStateStart/examples/0").deepCopy();
    wrong.put("current_step", -1);
    wrong.put("colour", "blue");
    assertThat(errors(ref("#/components/schemas/ContentStateStart"), wrong))
        .anySatisfy(m -> assertThat(m).contains("current_step"))
        .anySatisfy(m -> assertThat(m).contains("colour"));
  }

  /** Every media type of every request body and response, named by where it sits. */
  static List<Map.Entry<String, JsonNode>> mediaTypes() {
    List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
    SPEC.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
      if (!op.getValue().has("operationId")) {
        return;
      }
      String id = op.getValue().get("operationId").asText();
      JsonNode body = op.getValue().path("requestBody").path("content").path("application/json");
      if (!body.isMissingNode()) {
        out.add(Map.entry(id + " request", body));
      }
      op.getValue().path("responses").fields().forEachRemaining(r -> {
        JsonNode response = r.getValue().has("$ref") ? SPEC.at(r.getValue().get("$ref").asText().substring(1)) : r.getValue();
        JsonNode content = response.path("content").path("application/json");
        if (!content.isMissingNode()) {
          out.add(Map.entry(id + " " + r.getKey(), content));
        }
      });
    }));
    return out;
  }

  private static ObjectNode ref(String pointer) {
    return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("$ref", pointer);
  }

  private static void assertValid(JsonNode schema, JsonNode instance) {
    assertThat(errors(schema, instance)).as("validation of %s", instance).isEmpty();
  }

  private static List<String> errors(JsonNode schema, JsonNode instance) {
    ObjectNode root = (ObjectNode) SPEC.deepCopy();
    root.remove("paths");
    root.setAll((ObjectNode) schema);
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    JsonSchema compiled = FACTORY.getSchema(root, CONFIG);
    Set<ValidationMessage> messages = compiled.validate(instance);
    return messages.stream().map(ValidationMessage::getMessage).toList();
  }
}
