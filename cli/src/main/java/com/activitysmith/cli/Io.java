package com.activitysmith.cli;

import static java.util.Objects.requireNonNull;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * What a run of the command line talks to: its streams, environment and whether a person sits at
 * the terminal. Tests pass their own; {@link #system()} is the real process's.
 *
 * @param out results (and, with {@code --json}, structured errors)
 * @param err messages, warnings and human-readable errors
 * @param rawOut the bytes behind {@code out}, for passing a watched command's output through untouched
 * @param rawErr the bytes behind {@code err}
 * @param in standard input, for {@code -} file arguments and the demo's confirmation
 * @param env the environment
 * @param interactive whether standard input and output are a terminal
 * @param processStreams whether the streams are this process's own, so a child can inherit them
 */
record Io(PrintStream out, PrintStream err, OutputStream rawOut, OutputStream rawErr, InputStream in,
    Function<String, String> env, boolean interactive, boolean processStreams) {
  Io {
    requireNonNull(out, "out == null");
    requireNonNull(err, "err == null");
    requireNonNull(rawOut, "rawOut == null");
    requireNonNull(rawErr, "rawErr == null");
    requireNonNull(in, "in == null");
    requireNonNull(env, "env == null");
  }

  static Io system() {
    OutputStream rawOut = new FileOutputStream(FileDescriptor.out);
    OutputStream rawErr = new FileOutputStream(FileDescriptor.err);
    return new Io(new PrintStream(rawOut, true, StandardCharsets.UTF_8),
        new PrintStream(rawErr, true, StandardCharsets.UTF_8), rawOut, rawErr, System.in, System::getenv,
        System.console() != null, true);
  }
}
