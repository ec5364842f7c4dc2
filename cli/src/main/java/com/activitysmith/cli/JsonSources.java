package com.activitysmith.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.annotation.Nullable;

/** Reads a JSON option given inline ({@code --metrics '[...]'}) or as a file ({@code --metrics-file m.json}, {@code -} for stdin). */
final class JsonSources {
  private final Io io;
  private boolean stdinUsed;

  JsonSources(Io io) {
    this.io = io;
  }

  /**
   * Returns the parsed document from whichever of the two options is set, or null if neither is.
   *
   * @throws UsageException if both are set, the file cannot be read, or stdin is used twice
   * @throws InvalidInputException if the text is not JSON
   */
  @Nullable Parsed read(String inlineFlag, @Nullable String inline, String fileFlag, @Nullable String file, String path) {
    if (inline != null && file != null) {
      throw new UsageException(inlineFlag + " and " + fileFlag + " cannot be combined; give one");
    }
    if (inline != null) {
      return new Parsed(inlineFlag, JsonText.parse(inline, inlineFlag, path));
    }
    if (file != null) {
      return new Parsed(fileFlag, JsonText.parse(text(fileFlag, file), fileFlag, path));
    }
    return null;
  }

  /** Reads a file argument's text; {@code -} reads standard input (once per run). */
  String text(String flag, String file) {
    if (file.equals("-")) {
      if (stdinUsed) {
        throw new UsageException(flag + " -: standard input was already read by another option");
      }
      stdinUsed = true;
    }
    try {
      return file.equals("-") ? new String(io.in().readAllBytes(), StandardCharsets.UTF_8)
          : Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw new UsageException(flag + ": cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** A parsed document and the option it came from. */
  record Parsed(String flag, @Nullable Object value) {}
}
