package com.activitysmith.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Copies a child's output stream to ours byte for byte, and hands each complete line (decoded as
 * UTF-8, without its terminator) to a listener. Runs on its own thread until the stream ends.
 */
final class LinePump extends Thread {
  private static final int MAX_LINE = 64 * 1024;

  private final InputStream from;
  private final OutputStream to;
  private final Consumer<String> lines;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();

  LinePump(String name, InputStream from, OutputStream to, Consumer<String> lines) {
    super(name);
    setDaemon(true);
    this.from = from;
    this.to = to;
    this.lines = lines;
  }

  @Override
  public void run() {
    byte[] buffer = new byte[8192];
    try (from) {
      int n;
      while ((n = from.read(buffer)) != -1) {
        to.write(buffer, 0, n);
        to.flush();
        for (int i = 0; i < n; i++) {
          byte b = buffer[i];
          if (b == '\n') {
            emit();
          } else if (line.size() < MAX_LINE) {
            line.write(b);
          }
        }
      }
      if (line.size() > 0) {
        emit();
      }
    } catch (IOException e) {
      // The child closed its end or we cannot write: nothing more to pass through.
    }
  }

  private void emit() {
    String text = line.toString(StandardCharsets.UTF_8);
    line.reset();
    if (text.endsWith("\r")) {
      text = text.substring(0, text.length() - 1);
    }
    lines.accept(text);
  }
}
