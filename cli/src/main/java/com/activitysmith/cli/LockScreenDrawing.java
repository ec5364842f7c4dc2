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
      while (text.codePointCount(0, text.length()) > WIDTH) {
        int cut = text.offsetByCodePoints(0, WIDTH);
        lines.add(text.substring(0, cut));
        text = "    " + text.substring(cut);
      }
      lines.add(text);
    }
    StringBuilder out = new StringBuilder();
    out.append("   ╭").append("─".repeat(WIDTH + 2)).append("╮\n");
    for (String line : lines) {
      int pad = WIDTH - line.codePointCount(0, line.length());
      out.append("   │ ").append(line).append(" ".repeat(Math.max(0, pad))).append(" │\n");
    }
    out.append("   ╰").append("─".repeat(WIDTH + 2)).append("╯\n");
    return out.toString();
  }
}
