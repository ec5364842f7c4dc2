package com.activitysmith.generated;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/** The spec as packaged by the spec module, read as a tree; and exact JSON comparison helpers. */
final class SpecTree {
  static final String RESOURCE = "com/activitysmith/spec/activitysmith.yaml";
  static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();
  static final JsonNode SPEC = load();

  private static JsonNode load() {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    try (InputStream in = SpecTree.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the test classpath");
      }
      return yaml.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Follows a local {@code $ref} if the node is one. */
  static JsonNode deref(JsonNode node) {
    return node.has("$ref") ? SPEC.at(node.get("$ref").asText().substring(1)) : node;
  }

  /** The component schema name a {@code $ref} points at, or null. */
  static String refName(JsonNode schema) {
    return schema.has("$ref") ? schema.get("$ref").asText().replace("#/components/schemas/", "") : null;
  }

  /** The tree with explicit nulls in objects removed: the client treats null and absent alike. */
  static JsonNode withoutNulls(JsonNode node) {
    JsonNode copy = node.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (field.getValue().isNull()) {
          fields.remove();
        } else {
          strip(field.getValue());
        }
      }
    } else if (node.isArray()) {
      node.forEach(SpecTree::strip);
    }
  }

  /** Equal as JSON: same structure, numbers compared by value (so 42 equals 42.0), exactly. */
  private static final java.util.regex.Pattern DATE_TIME =
      java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

  static boolean sameJson(JsonNode a, JsonNode b) {
    return a.equals((x, y) -> {
      if (x.isNumber() && y.isNumber()) {
        return new BigDecimal(x.asText()).compareTo(new BigDecimal(y.asText())) == 0 ? 0 : 1;
      }
      if (x.isTextual() && y.isTextual() && DATE_TIME.matcher(x.asText()).matches()
          && DATE_TIME.matcher(y.asText()).matches()) {
        // Date-times go out in UTC with milliseconds; the same instant is the same value.
        return java.time.OffsetDateTime.parse(x.asText()).toInstant()
            .equals(java.time.OffsetDateTime.parse(y.asText()).toInstant()) ? 0 : 1;
      }
      return x.equals(y) ? 0 : 1;
    }, b);
  }

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  private SpecTree() {}
}
