package com.activitysmith.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The standalone simulator's command line. */
class SimulatorMainTest {
  @Test
  void optionsConfigureKeysChannelsAndLimits() {
    try (Simulator simulator = SimulatorMain.start("--port", "0", "--api-key", "ask_all", "--api-key", "ask_ops=ops",
        "--channel", "ops:2", "--devices", "3", "--activity-limit", "1", "--rate-limit", "off", "--metric", "cpu")) {
      Http all = new Http(simulator);
      Http ops = all.withKey("ask_ops");

      assertThat(simulator.apiKey()).isEqualTo("ask_all");
      assertThat(all.post("/push-notification", "{'title':'x'}").integer("devices_notified")).isEqualTo(3);
      assertThat(ops.post("/push-notification", "{'title':'x'}").integer("devices_notified")).isEqualTo(2);
      assertThat(ops.post("/push-notification", "{'title':'x','target':{'channels':['dev']}}").status()).isEqualTo(403);
      assertThat(all.post("/metrics/memory/value", "{'value':1}").status()).isEqualTo(404);
      all.post("/live-activity/start", "{'content_state':{'title':'a','type':'alert','message':'m'}}");
      assertThat(all.post("/live-activity/start", "{'content_state':{'title':'b','type':'alert','message':'m'}}").status())
          .isEqualTo(429);
    }
  }

  @Test
  void announcesTheBaseUrlAndKey() {
    try (Simulator simulator = SimulatorMain.start("--port", "0", "--any-api-key")) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      SimulatorMain.announce(simulator, new PrintStream(bytes, true, StandardCharsets.UTF_8));

      assertThat(bytes.toString(StandardCharsets.UTF_8))
          .contains("listening on " + simulator.baseUrl())
          .contains("API key: " + Simulator.DEFAULT_API_KEY);
      assertThat(new Http(simulator).withKey("ask_anything").post("/badge", "{'badge':1}").status()).isEqualTo(200);
    }
  }

  @Test
  void badOptionsAreRejectedWithTheReason() {
    assertThatThrownBy(() -> SimulatorMain.start("--port")).hasMessage("--port needs a value");
    assertThatThrownBy(() -> SimulatorMain.start("--port", "eighty")).hasMessageContaining("whole number");
    assertThatThrownBy(() -> SimulatorMain.start("--verbose")).hasMessage("unknown option --verbose");
    assertThatThrownBy(() -> SimulatorMain.start("--activity-limit", "0")).hasMessageContaining("noActivityLimit");
    assertThat(SimulatorMain.usage()).contains("--port N");
  }
}
