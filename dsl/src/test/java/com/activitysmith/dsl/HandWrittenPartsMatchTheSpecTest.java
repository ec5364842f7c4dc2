package com.activitysmith.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.activitysmith.rules.ApiRules;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The few hand-written parts of the DSL that mirror a rule of the spec (the color list, push's
 * action limit and its media/actions exclusion) are pinned to the spec, so a change there fails
 * here instead of drifting silently.
 */
class HandWrittenPartsMatchTheSpecTest {
  private static final Map<String, Object> SPEC = ApiRules.fromSpec().specTree();

  @SuppressWarnings("unchecked")
  private static Map<String, Object> schema(String name) {
    return (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) SPEC.get("components"))
        .get("schemas")).get(name);
  }

  @Test
  void colorsAreTheSpecsColors() {
    assertThat(Arrays.stream(Color.values()).map(Color::wireName).toList())
        .containsExactlyElementsOf((List<String>) schema("LiveActivityColor").get("enum"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void pushTakesAsManyActionsAsTheSpecAllows() {
    Map<String, Object> actions = (Map<String, Object>) ((Map<String, Object>) schema("PushNotificationRequest")
        .get("properties")).get("actions");
    int maxItems = ((Number) actions.get("maxItems")).intValue();
    int widest = Arrays.stream(Push.class.getMethods()).filter(m -> m.getName().equals("actions"))
        .mapToInt(Method::getParameterCount).max().orElseThrow();
    assertThat(widest).isEqualTo(maxItems);
  }

  @Test
  @SuppressWarnings("unchecked")
  void mediaAndActionsExcludeEachOtherAsInTheSpec() {
    Map<String, Object> not = (Map<String, Object>) schema("PushNotificationRequest").get("not");
    assertThat((List<String>) not.get("required")).containsExactlyInAnyOrder("media", "actions");
    assertThat(Arrays.stream(PushWithMedia.class.getMethods()).map(Method::getName)).doesNotContain("actions");
    assertThat(Arrays.stream(PushWithActions.class.getMethods()).map(Method::getName)).doesNotContain("media");
  }

  @Test
  void thePushChainsSlotsAreThePushRecordsComponentsInOrder() {
    List<String> components = Arrays.stream(com.activitysmith.generated.model.PushNotificationRequest.class.getRecordComponents())
        .map(HandWrittenPartsMatchTheSpecTest::jsonName).toList();
    assertThat(Arrays.asList(PushChain.NAMES)).containsExactlyElementsOf(components);
  }

  private static String jsonName(java.lang.reflect.RecordComponent component) {
    try {
      java.lang.reflect.Field field = component.getDeclaringRecord().getDeclaredField(component.getName());
      com.squareup.moshi.Json json = field.getAnnotation(com.squareup.moshi.Json.class);
      return json == null ? component.getName() : json.name();
    } catch (NoSuchFieldException e) {
      throw new AssertionError(e);
    }
  }
}
