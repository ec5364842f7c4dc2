package com.activitysmith.cli;

import com.activitysmith.generated.JsonSupport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Runs the command line in this JVM with captured streams, a given environment and stdin. */
final class CliRun {
  private final Map<String, String> env = new HashMap<>();
  private byte[] stdin = new byte[0];
  private boolean interactive;

  CliRun env(String name, String value) {
    env.put(name, value);
    return this;
  }

  CliRun stdin(String text) {
    stdin = text.getBytes(StandardCharsets.UTF_8);
    return this;
  }

  CliRun interactive() {
    interactive = true;
    return this;
  }

  /** Streams for building the command model without running it. */
  Io ioForModel() {
    return new Io(System.out, System.err, System.out, System.err, new ByteArrayInputStream(stdin), env::get, interactive, false);
  }

  Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Io io = new Io(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        out, err, new ByteArrayInputStream(stdin), env::get, interactive, false);
    int code = ActivitySmithCli.run(io, args);
    return new Result(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  /** What a run printed and returned. */
  record Result(int code, byte[] outBytes, String err) {
    String out() {
      return new String(outBytes, StandardCharsets.UTF_8);
    }

    /** Stdout as one JSON object. */
    @SuppressWarnings("unchecked")
    Map<String, Object> json() {
      try {
        return (Map<String, Object>) JsonSupport.moshi().adapter(Object.class).fromJson(out());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> error() {
      return (Map<String, Object>) json().get("error");
    }

    @Override
    public String toString() {
      return "exit " + code + "\nstdout: " + out() + "\nstderr: " + err;
    }
  }
}
