package com.activitysmith.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Where the simulator listens and how its configuration rejects nonsense. */
class SimulatorBuilderTest {
  @Test
  void listensOnAFreePortOf127001ByDefault() {
    try (Simulator simulator = Simulator.start()) {
      assertThat(simulator.port()).isPositive();
      assertThat(simulator.baseUrl()).isEqualTo("http://127.0.0.1:" + simulator.port() + "/api");
      assertThat(simulator.toString()).contains(simulator.baseUrl());
    }
  }

  @Test
  void listensOnAGivenPort() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = probe.getLocalPort();
    }
    try (Simulator simulator = Simulator.builder().port(port).start()) {
      assertThat(simulator.baseUrl()).isEqualTo("http://127.0.0.1:" + port + "/api");
      assertThat(new Http(simulator).post("/badge", "{'badge':1}").status()).isEqualTo(200);
    }
  }

  @Test
  void aPortInUseFailsWithTheAddress() {
    try (Simulator first = Simulator.start()) {
      assertThatThrownBy(() -> Simulator.builder().port(first.port()).start())
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("127.0.0.1:" + first.port());
    }
  }

  @Test
  void rejectsNonsenseWithTheReason() {
    Simulator.Builder builder = Simulator.builder();
    assertThatThrownBy(() -> builder.port(70000)).hasMessageContaining("0..65535");
    assertThatThrownBy(() -> builder.apiKey(" ")).hasMessageContaining("non-empty and contain no whitespace");
    assertThatThrownBy(() -> builder.apiKey("ask_secret\n")).hasMessageNotContaining("ask_secret");
    assertThatThrownBy(() -> builder.apiKey(null)).isInstanceOf(NullPointerException.class).hasMessage("key == null");
    assertThatThrownBy(() -> builder.apiKey("ask_x", new String[0])).hasMessageContaining("at least one channel");
    assertThatThrownBy(() -> builder.devices(-1)).hasMessageContaining("negative");
    assertThatThrownBy(() -> builder.channel("", 1)).hasMessageContaining("empty");
    assertThatThrownBy(() -> builder.activityLimit(0)).hasMessageContaining("noActivityLimit()");
    assertThatThrownBy(() -> builder.rateLimit(0)).hasMessageContaining("noRateLimit()");
    assertThatThrownBy(() -> builder.activityLifetime(Duration.ZERO)).hasMessageContaining("positive");
    assertThatThrownBy(() -> builder.defaultDismissal(Duration.ofSeconds(-1))).hasMessageContaining("negative");
    assertThatThrownBy(() -> builder.journalCapacity(0)).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> builder.clock(null)).hasMessage("clock == null");
  }

  @Test
  void aPushBadgeTheIconCannotShowIsRefusedAndNotKept() {
    try (Simulator simulator = Simulator.start()) {
      Http http = new Http(simulator);
      assertThat(http.post("/push-notification", "{'title':'x','badge':99999999999}").status()).isEqualTo(400);
      assertThat(simulator.lockScreen().badge()).isEmpty();
      assertThat(simulator.lockScreen().pushes()).isEmpty();
    }
  }
}
