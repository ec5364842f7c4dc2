package com.activitysmith.cli;

import com.activitysmith.testing.LockScreen;
import java.util.ArrayList;
import java.util.List;

/** Frames the simulator's description of its lock screen as a small phone screen of text. */
final class LockScreenDrawing {
  private static final int WIDTH = 72;

  private LockScreenDrawing() {}

  static String draw(LockScreen screen) {
    List<String> lines = new ArrayList<>();
    for (String line : screen.describe().split("\n")) {
      String text = line.stripTrailing();
      while (width(text) > WIDTH) {
        int cut = text.offsetByCodePoints(0, WIDTH - 2);
        lines.add(text.substring(0, cut));
        text = "    " + text.substring(cut);
      }
      lines.add(text);
    }
    StringBuilder out = new StringBuilder();
    out.append("   ╭").append("─".repeat(WIDTH + 2)).append("╮\n");
    for (String line : lines) {
      int pad = WIDTH - width(line);
      out.append("   │ ").append(line).append(" ".repeat(Math.max(0, pad))).append(" │\n");
    }
    out.append("   ╰").append("─".repeat(WIDTH + 2)).append("╯\n");
    return out.toString();
  }

  /** Terminal columns: emoji such as 🚀 and ✅ take two. */
  static int width(String text) {
    return text.codePoints().map(cp -> cp >= 0x1F000 || cp == 0x2705 || cp == 0x274C || cp == 0x23F3 ? 2 : 1).sum();
  }
}
