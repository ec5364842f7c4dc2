package com.activitysmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.activitysmith.testing.Simulator;
import org.junit.jupiter.api.Test;

class LockScreenDrawingTest {
  @Test
  void framesEveryLineToTheSameWidthEvenWithEmojiAndLongLines() {
    try (Simulator simulator = Simulator.start()) {
      CliRun.Result pushed = new CliRun().env("ACTIVITYSMITH_API_KEY", simulator.apiKey())
          .env("ACTIVITYSMITH_BASE_URL", simulator.baseUrl())
          .run("push", "--title", "🚀 Deploy started", "--message", "x".repeat(120));
      assertThat(pushed.code()).as(pushed.toString()).isZero();

      String drawing = LockScreenDrawing.draw(simulator.lockScreen());

      assertThat(drawing).contains("🚀 Deploy started", "╭", "╯");
      assertThat(drawing.lines().mapToInt(LockScreenDrawing::width).distinct()).hasSize(1);
    }
  }
}
