package com.activitysmith.generated;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example in the spec, schema-level and operation-level, decodes into the generated type
 * and encodes back to the same JSON (numbers exact; explicit nulls count as absent).
 */
class ExamplesRoundTripTest {
  private static final String MODEL_PACKAGE = "com.activitysmith.generated.model.";

  @TestFactory
  Stream<DynamicTest> schemaExamples() {
    List<DynamicTest> tests = new ArrayList<>();
    SpecTree.SPEC.at("/components/schemas").fields().forEachRemaining(schema -> {
      JsonNode examples = schema.getValue().get("examples");
      for (int i = 0; i < examples.size(); i++) {
        JsonNode example = examples.get(i);
        tests.add(DynamicTest.dynamicTest(schema.getKey() + "[" + i + "]",
            () -> assertRoundTrips(typeOf(schema.getKey(), schema.getValue()), example)));
      }
    });
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> operationExamples() {
    List<DynamicTest> tests = new ArrayList<>();
    SpecTree.SPEC.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
      if (!op.getValue().has("operationId")) {
        return;
      }
      String id = op.getValue().get("operationId").asText();
      addMedia(tests, id + " request", op.getValue().path("requestBody").path("content").path("application/json"));
      op.getValue().get("responses").fields().forEachRemaining(r -> addMedia(tests, id + " " + r.getKey(),
          SpecTree.deref(r.getValue()).path("content").path("application/json")));
    }));
    assertThat(tests).hasSizeGreaterThan(30);
    return tests.stream();
  }

  private static void addMedia(List<DynamicTest> tests, String where, JsonNode media) {
    if (media.isMissingNode()) {
      return;
    }
    JsonNode schema = media.get("schema");
    media.path("examples").fields().forEachRemaining(ex -> {
      // A oneOf response (429) is a union of two component schemas; the example picks one by shape.
      // The badge's 422 is no recipients or an undelivered count, told apart by `code`.
      JsonNode value = ex.getValue().get("value");
      String name = !schema.has("oneOf") ? SpecTree.refName(schema)
          : value.has("limit") ? "LiveActivityLimitError"
          : value.has("badge") ? "AppIconBadgeCountUpdateError"
          : value.has("effective_channel_slugs") ? "NoRecipientsError" : "RateLimitError";
      tests.add(DynamicTest.dynamicTest(where + " " + ex.getKey(),
          () -> assertRoundTrips(typeOf(name, SpecTree.deref(schema)), ex.getValue().get("value"))));
    });
  }

  private static Type typeOf(String schemaName, JsonNode schema) throws ClassNotFoundException {
    if ("array".equals(schema.path("type").asText())) {
      // Schemas that are plain arrays (Tags) are List<String> wherever they are used.
      return Types.newParameterizedType(List.class, String.class);
    }
    if ("string".equals(schema.path("type").asText()) && !schema.has("enum")) {
      return String.class; // a named string (Tag, DeepLinkUrl) is a String where it is used
    }
    if (schema.has("additionalProperties") && schema.path("additionalProperties").has("$ref")) {
      // A map schema (Metadata) is a Map of its value type wherever it is used.
      return Types.newParameterizedType(java.util.Map.class, String.class,
          Class.forName(MODEL_PACKAGE + SpecTree.refName(schema.get("additionalProperties"))));
    }
    return Class.forName(MODEL_PACKAGE + schemaName);
  }

  private static void assertRoundTrips(Type type, JsonNode example) throws Exception {
    JsonAdapter<Object> adapter = JsonSupport.moshi().adapter(type);
    String original = SpecTree.JSON.writeValueAsString(example);
    Object decoded = adapter.fromJson(original);
    assertThat(decoded).as("decoded %s", original).isNotNull();
    String encoded = adapter.toJson(decoded);
    JsonNode expected = SpecTree.withoutNulls(example);
    JsonNode actual = SpecTree.JSON.readTree(encoded);
    assertThat(SpecTree.sameJson(expected, actual))
        .as("%s%n  in:  %s%n  out: %s", type.getTypeName(), original, encoded)
        .isTrue();
  }
}
