package com.activitysmith.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of the service as it is today: value type, metadata, tags, push icon and deep links. */
class TodaysFieldsTest {
  private final ApiRules rules = ApiRules.fromSpec();

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private List<SpecViolation> start(Map<String, Object> state, Object... extra) {
    Map<String, Object> body = map(extra);
    body.put("content_state", state);
    return rules.validate("startLiveActivity", body);
  }

  @Test
  void theValueTypeTakesANumberOrATextAndNeedsItInEveryPhase() {
    assertThat(start(map("title", "Revenue", "type", "value", "value", "$48,210"))).isEmpty();
    assertThat(start(map("title", "Revenue", "type", "value", "value", 48210))).isEmpty();
    assertThat(start(map("title", "Revenue", "type", "value")))
        .extracting(SpecViolation::path, SpecViolation::rule).containsExactly(tuple("content_state.value", "RequiredForType"));
    for (Phase phase : Phase.values()) {
      assertThat(rules.liveActivities().types().get("value").requirements(phase))
          .as(phase.specKey()).containsExactly(new Requirement.Field("value"));
    }
    assertThat(rules.validateContentState(Phase.UPDATE, map("title", "Revenue", "type", "value"))).isNotEmpty();
  }

  @Test
  void theValueTypeSupportsBadgesButNotUpperLimits() {
    assertThat(start(map("title", "Revenue", "type", "value", "value", 3, "subtitle", "today", "color", "green",
        "icon", map("symbol", "dollarsign.circle"), "badge", map("title", "LIVE")),
        "secondary_action", map("title", "Open", "type", "open_url", "url", "https://x.example")))
        .isEmpty();
    assertThat(start(map("title", "Revenue", "type", "value", "value", 3, "upper_limit", 5)))
        .extracting(SpecViolation::path, SpecViolation::rule).containsExactly(tuple("content_state.upper_limit", "UnsupportedByType"));
  }

  @Test
  void progressKeepsANumericValueSentWithItsUpperLimit() {
    assertThat(start(map("title", "Backup", "type", "progress", "value", 21, "upper_limit", 50))).isEmpty();
    assertThat(start(map("title", "Backup", "type", "progress", "value", "21", "upper_limit", 50)))
        .extracting(SpecViolation::path, SpecViolation::rule).containsExactly(tuple("content_state.value", "type"));
    assertThat(start(map("title", "Backup", "type", "progress", "percentage", 40, "value", 21)))
        .extracting(SpecViolation::path, SpecViolation::rule)
        .containsExactly(tuple("content_state.value", "dependentRequired"));
    // An update that omits the type is checked against the type of the activity it updates.
    assertThat(rules.validateContentState(Phase.UPDATE, map("title", "Backup", "value", "x", "upper_limit", 5), "progress"))
        .extracting(SpecViolation::path).contains("content_state.value");
    assertThat(rules.liveActivities().types().get("progress").narrowedField("value")).isEqualTo(Map.of("type", "number"));
    assertThat(rules.liveActivities().types().get("value").narrowedField("value")).isEmpty();
  }

  @Test
  void everyTypeTakesAnIconAndFourTakeBadgesAndSecondaryActions() {
    for (ActivityTypeRule type : rules.liveActivities().types().values()) {
      assertThat(type.accepts("icon")).as(type.name()).isTrue();
      boolean badged = List.of("alert", "progress", "segmented_progress", "value").contains(type.name());
      assertThat(type.accepts("badge")).as(type.name()).isEqualTo(badged);
      assertThat(type.accepts("secondary_action")).as(type.name()).isEqualTo(badged);
    }
    assertThat(start(map("title", "Deploy", "type", "segmented_progress", "number_of_steps", 4, "current_step", 0))).isEmpty();
  }

  @Test
  void metadataTakesTextsNumbersAndBooleansOnEveryOperationThatSendsContent() {
    Map<String, Object> metadata = map("order_id", "ord_1042", "amount", 48.5, "paid", true);
    assertThat(start(map("title", "t", "type", "alert", "message", "m"), "metadata", metadata)).isEmpty();
    assertThat(rules.validate("sendPushNotification", map("title", "t", "metadata", metadata))).isEmpty();
    assertThat(rules.validate("updateLiveActivity", map("activity_id", "a", "content_state", map("title", "t"),
        "metadata", Map.of(), "tags", List.of()))).isEmpty();
    assertThat(rules.validate("endLiveActivity", map("activity_id", "a", "content_state", map("title", "t"),
        "metadata", metadata, "tags", List.of("done")))).isEmpty();
    assertThat(rules.validate("endLiveActivityStream", map("metadata", metadata, "tags", List.of("done")))).isEmpty();
    assertThat(rules.validate("reconcileLiveActivityStream", map("content_state", map("title", "t"), "metadata", metadata)))
        .isEmpty();
  }

  @Test
  void metadataRejectsNestedValuesLongTextsAndTooManyEntries() {
    assertThat(push("metadata", map("nested", map("a", 1)))).extracting(SpecViolation::path).containsOnly("metadata.nested");
    assertThat(push("metadata", map("list", List.of(1)))).extracting(SpecViolation::path).containsOnly("metadata.list");
    assertThat(push("metadata", map("text", "x".repeat(4001)))).extracting(SpecViolation::path).containsOnly("metadata.text");
    assertThat(push("metadata", map("text", "x".repeat(4000)))).isEmpty();
    assertThat(push("metadata", map("", "empty key"))).isNotEmpty();
    assertThat(push("metadata", map("k".repeat(101), "long key"))).isNotEmpty();
    Map<String, Object> many = new LinkedHashMap<>();
    for (int i = 0; i < 51; i++) {
      many.put("k" + i, i);
    }
    assertThat(push("metadata", many)).extracting(SpecViolation::rule).containsExactly("maxProperties");
  }

  @Test
  void metadataIsLimitedToSixteenKilobytesOfUtf8Json() {
    assertThat(rules.jsonByteLimits()).containsEntry("Metadata", 16384);
    Map<String, Object> big = new LinkedHashMap<>();
    for (int i = 0; i < 5; i++) {
      big.put("k" + i, "é".repeat(2000)); // 4000 characters, 4000 bytes each once encoded
    }
    assertThat(ApiRules.jsonBytes(big)).isGreaterThan(16384);
    assertThat(push("metadata", big)).extracting(SpecViolation::path, SpecViolation::rule)
        .containsExactly(tuple("metadata", ApiRules.MAX_JSON_BYTES));
    assertThat(push("metadata", big).get(0).message()).contains("bytes").contains("16384");
    big.remove("k4");
    assertThat(push("metadata", big)).isEmpty();
  }

  @Test
  void tagsFollowThePatternAreUniqueAndAtMostTwenty() {
    assertThat(push("tags", List.of("deploy", "env:prod", "v2.4.0", "a_b-c"))).isEmpty();
    assertThat(push("tags", List.of())).isEmpty();
    assertThat(push("tags", List.of("-lead"))).extracting(SpecViolation::path).containsExactly("tags[0]");
    assertThat(push("tags", List.of("has space"))).isNotEmpty();
    assertThat(push("tags", List.of("deploy\n"))).as("a final line break is not part of a tag").isNotEmpty();
    assertThat(push("tags", List.of("x".repeat(65)))).isNotEmpty();
    assertThat(push("tags", List.of("a", "a"))).extracting(SpecViolation::rule).containsExactly("uniqueItems");
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      many.add("t" + i);
    }
    assertThat(push("tags", many)).extracting(SpecViolation::rule).containsExactly("maxItems");
  }

  @Test
  void pushIconIsAnHttpsLinkWithoutCredentials() {
    assertThat(push("icon", "https://cdn.example.com/brand.png")).isEmpty();
    assertThat(push("icon", "http://cdn.example.com/brand.png")).isNotEmpty();
    assertThat(push("icon", "https://user:secret@cdn.example.com/brand.png")).isNotEmpty();
    assertThat(push("icon", "https://cdn.example.com")).isEmpty();
  }

  @Test
  void interruptionLevelIsOneOfThree() {
    for (String level : List.of("passive", "active", "time-sensitive")) {
      assertThat(push("interruption_level", level)).as(level).isEmpty();
    }
    assertThat(push("interruption_level", "critical")).extracting(SpecViolation::path).containsExactly("interruption_level");
  }

  @Test
  void deepLinksTakeAnySchemeButTheBlockedOnes() {
    for (String url : List.of("https://x.example/a", "shortcuts://run-shortcut?name=Deploy", "linear://issue/ENG-42",
        "myapp:settings")) {
      assertThat(push("redirection", url)).as(url).isEmpty();
      assertThat(pushAction("open_url", url)).as(url).isEmpty();
    }
    for (String url : List.of("javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "file:///etc/passwd",
        "about:blank", "activitysmith://x", "app-prefs:root", "blob:x", "itms-services://?action=download", "prefs:root")) {
      assertThat(push("redirection", url)).as(url).isNotEmpty();
      assertThat(pushAction("open_url", url)).as(url).isNotEmpty();
    }
    assertThat(push("redirection", "https://x.example/" + "a".repeat(2048))).isNotEmpty();
  }

  @Test
  void webhooksStayHttpsOnlyAndLiveActivityLinksTakeHttpHttpsOrShortcuts() {
    assertThat(pushAction("webhook", "https://ci.example.com/hook")).isEmpty();
    assertThat(pushAction("webhook", "linear://issue/ENG-42")).isNotEmpty();
    Map<String, Object> state = map("title", "t", "type", "alert", "message", "m");
    assertThat(start(state, "action", map("title", "Open", "type", "open_url", "url", "http://intranet.example"))).isEmpty();
    assertThat(start(state, "action", map("title", "Open", "type", "open_url", "url", "shortcuts://run-shortcut?name=X")))
        .isEmpty();
    assertThat(start(state, "action", map("title", "Open", "type", "open_url", "url", "linear://issue/ENG-42")))
        .isNotEmpty();
  }

  private List<SpecViolation> push(String key, Object value) {
    return rules.validate("sendPushNotification", map("title", "t", key, value));
  }

  private List<SpecViolation> pushAction(String type, String url) {
    return rules.validate("sendPushNotification", map("title", "t", "actions", List.of(map("title", "Go", "type", type, "url", url))));
  }
}
