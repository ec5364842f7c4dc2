package com.activitysmith.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.activitysmith.generated.JsonSupport;
import com.activitysmith.generated.model.ContentStateStart;
import com.activitysmith.generated.model.LiveActivityColor;
import com.activitysmith.generated.model.LiveActivityType;
import org.junit.jupiter.api.Test;

/** The JSON the design card's chain must produce, pinned against the generated client it builds on. */
class DesignCardWireShapeTest {
  @Test
  void segmentedStartStateSerializesInDeclarationOrder() {
    ContentStateStart state = ContentStateStart.builder()
        .title("Deploy").type(LiveActivityType.SEGMENTED_PROGRESS).numberOfSteps(4).currentStep(1)
        .color(LiveActivityColor.YELLOW).build();
    assertThat(JsonSupport.moshi().adapter(ContentStateStart.class).toJson(state)).isEqualTo(
        "{\"title\":\"Deploy\",\"type\":\"segmented_progress\",\"number_of_steps\":4,\"current_step\":1,\"color\":\"yellow\"}");
  }
}
