package com.activitysmith.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The spec parses as OpenAPI 3.1 with every reference resolved and every operation named. */
class SpecDocumentTest {
  static final Path SPEC = Path.of("src/main/openapi/activitysmith.yaml");

  @Test
  void parsesWithoutMessagesAndResolvesEveryReference() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    SwaggerParseResult result = new OpenAPIParser().readLocation(SPEC.toString(), null, options);

    assertThat(result.getMessages()).as("parser messages").isEmpty();
    assertThat(result.getOpenAPI()).isNotNull();
    assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.1");
  }

  @Test
  void aDanglingReferenceIsReported(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path broken = dir.resolve("broken.yaml");
    java.nio.file.Files.writeString(broken, java.nio.file.Files.readString(SPEC)
        .replace("'#/components/schemas/ChannelTarget'", "'#/components/schemas/ChannelTargte'"));
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    SwaggerParseResult result = new OpenAPIParser().readLocation(broken.toString(), null, options);
    assertThat(result.getMessages()).anySatisfy(m -> assertThat(m).contains("ChannelTargte"));
  }

  @Test
  void describesTheEightOperationsWithTags() {
    OpenAPI api = SpecFixture.openApi();
    Map<String, String> operations = new TreeMap<>();
    api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
      assertThat(op.getTags()).as(op.getOperationId() + " tags").hasSize(1);
      operations.put(op.getOperationId(), method + " " + path);
    }));
    assertThat(operations).containsExactlyInAnyOrderEntriesOf(Map.of(
        "sendPushNotification", "POST /push-notification",
        "startLiveActivity", "POST /live-activity/start",
        "updateLiveActivity", "POST /live-activity/update",
        "endLiveActivity", "POST /live-activity/end",
        "reconcileLiveActivityStream", "PUT /live-activity/stream/{stream_key}",
        "endLiveActivityStream", "DELETE /live-activity/stream/{stream_key}",
        "updateMetricValue", "POST /metrics/{key}/value",
        "updateAppIconBadgeCount", "POST /badge"));
  }
}
