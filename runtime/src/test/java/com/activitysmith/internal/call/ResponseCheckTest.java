package com.activitysmith.internal.call;

import static org.assertj.core.api.Assertions.assertThat;

import com.activitysmith.generated.Required;
import com.squareup.moshi.Json;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first required field missing in a decoded answer, named by its JSON path. */
class ResponseCheckTest {
  record Device(@Required @Json(name = "device_id") String deviceId, String name) {}

  record Answer(@Required Boolean success, @Json(name = "devices") List<Device> devices, Device primary) {}

  @Test
  void aCompleteAnswerHasNoProblem() {
    assertThat(ResponseCheck.problem(new Answer(true, List.of(new Device("d1", null)), new Device("d2", "x")))).isNull();
    assertThat(ResponseCheck.problem(new Answer(true, null, null))).isNull();
  }

  @Test
  void namesTheMissingFieldByItsJsonPath() {
    assertThat(ResponseCheck.problem(new Answer(null, null, null))).isEqualTo("$.success is required but missing");
    assertThat(ResponseCheck.problem(new Answer(true, List.of(new Device("d1", null), new Device(null, "b")), null)))
        .isEqualTo("$.devices[1].device_id is required but missing");
    assertThat(ResponseCheck.problem(new Answer(true, Arrays.asList(new Device("d1", null), null), new Device(null, null))))
        .isEqualTo("$.primary.device_id is required but missing");
  }
}
