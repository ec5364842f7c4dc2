package com.activitysmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.activitysmith.testing.Endpoint;
import com.activitysmith.testing.Simulator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The packaged jar and the launcher script, run as real processes. */
class CliProcessIT {
  private static final Path JAR = Path.of(System.getProperty("cli.jar", "target/activitysmith.jar"));
  private static final Path LAUNCHER = Path.of(System.getProperty("cli.launcher", "bin/activitysmith"));
  private static Simulator simulator;

  @BeforeAll
  static void start() {
    simulator = Simulator.start();
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @Test
  void theLauncherStartsTheJarWithTheClassArchiveAndWithout() throws Exception {
    Path archive = JAR.resolveSibling("activitysmith.jsa");
    assertThat(archive).as("the AppCDS archive built with the jar").exists();

    // -Xshare:on fails the JVM if the archive does not fit: this proves the launcher's archive is usable.
    Run strict = launcher(Map.of("ACTIVITYSMITH_JAVA_OPTS", "-Xshare:on"), "--version");
    Run without = launcher(Map.of("ACTIVITYSMITH_CDS", "off"), "--version");

    assertThat(strict.code).as(strict.toString()).isZero();
    assertThat(strict.out).startsWith("activitysmith ");
    assertThat(without.code).as(without.toString()).isZero();
    assertThat(without.out).isEqualTo(strict.out);
  }

  @Test
  void pushAgainstTheEmbeddedSimulatorPrintsJson() throws Exception {
    Run r = jar(Map.of(), "--json", "push", "--simulator", "--title", "Hello", "--message", "from a process");

    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).startsWith("{\"devices_notified\":1,");
  }

  @Test
  void sendsToTheServiceNamedByTheEnvironmentAndValidatesFirst() throws Exception {
    simulator.reset();
    Map<String, String> env = Map.of("ACTIVITYSMITH_API_KEY", simulator.apiKey(), "ACTIVITYSMITH_BASE_URL", simulator.baseUrl());

    Run ok = jar(env, "activity", "stream", "deploy", "--content-state",
        "{\"title\":\"Deploy\",\"type\":\"segmented_progress\",\"numberOfSteps\":3,\"currentStep\":1}");
    Run invalid = jar(env, "--json", "activity", "stream", "deploy", "--type", "segmented_progress", "--title", "Deploy",
        "--current-step", "9", "--number-of-steps", "3");
    Run wrongKey = jar(Map.of("ACTIVITYSMITH_API_KEY", "ask_wrong", "ACTIVITYSMITH_BASE_URL", simulator.baseUrl()),
        "badge", "1");

    assertThat(ok.code).as(ok.toString()).isZero();
    assertThat(invalid.code).as(invalid.toString()).isEqualTo(ExitCodes.VALIDATION);
    assertThat(invalid.out).contains("\"flag\":\"--current-step\"");
    assertThat(wrongKey.code).as(wrongKey.toString()).isEqualTo(ExitCodes.AUTH);
    assertThat(simulator.journal().entries(Endpoint.STREAM)).hasSize(1);
    assertThat(simulator.journal().entries(Endpoint.BADGE)).hasSize(1); // the 401
  }

  @Test
  void watchPassesOutputThroughAndExitsWithTheCommandsCodeOrTheSignal() throws Exception {
    Run ok = launcher(Map.of(), "watch", "--simulator", "--no-push", "--", "printf", "a\\tb\\r\\nno newline");
    Run steps = jar(Map.of(), "watch", "--simulator", "--steps", "2", "--step-pattern", "^step", "--",
        "sh", "-c", "echo step 1; echo step 2; exit 4");
    Run killed = jar(Map.of(), "watch", "--simulator", "--", "sh", "-c", "kill -KILL $$");

    assertThat(ok.code).as(ok.toString()).isZero();
    assertThat(ok.out).isEqualTo("a\tb\r\nno newline");
    assertThat(steps.code).as(steps.toString()).isEqualTo(4);
    assertThat(steps.out).isEqualTo("step 1\nstep 2\n");
    assertThat(killed.code).as(killed.toString()).isEqualTo(128 + 9);
    assertThat(killed.err).contains("exit 137 after ");
  }

  @Test
  void terminatingWatchEndsTheCommandAndStillSendsTheFinalState() throws Exception {
    simulator.reset();
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString(), "watch", "--steps", "2", "--step-pattern", "^started", "--stream-key", "long-job",
        "--", "sh", "-c", "echo started; exec sleep 600");
    builder.environment().put("ACTIVITYSMITH_API_KEY", simulator.apiKey());
    builder.environment().put("ACTIVITYSMITH_BASE_URL", simulator.baseUrl());
    Process p = builder.redirectErrorStream(true).start();
    java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    assertThat(out.readLine()).isEqualTo("started");

    // SIGTERM to watch alone, as a CI runner cancelling the job sends (Process.destroy would close our pipes).
    assertThat(new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor()).isZero();
    StringBuilder rest = new StringBuilder();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      rest.append(line).append('\n');
    }
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).isEqualTo(128 + 15);
    assertThat(rest.toString()).contains("exit 143 after ");
    assertThat(simulator.journal().entries(Endpoint.END_STREAM)).singleElement()
        .satisfies(e -> assertThat(e.requestBody()).contains("\"color\":\"red\""));
    assertThat(simulator.journal().entries(Endpoint.PUSH)).hasSize(1);
  }

  @Test
  void theJarShipsTheCompletionScriptAndPrintsIt() throws Exception {
    String shipped;
    try (ZipFile zip = new ZipFile(JAR.toFile());
        InputStream in = zip.getInputStream(zip.getEntry("com/activitysmith/cli/activitysmith_completion"))) {
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Run r = jar(Map.of(), "completion");

    assertThat(r.code).isZero();
    assertThat(r.out).isEqualTo(shipped).contains("_complete_activitysmith");
  }

  @Test
  void demoRunsWithoutAKey() throws Exception {
    Run r = launcher(Map.of(), "demo");

    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).contains("Lock screen:", "Done: 9 requests.");
  }

  private static Run jar(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return run(command, env);
  }

  private static Run launcher(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
    command.addAll(List.of(args));
    return run(command, env);
  }

  private static Run run(List<String> command, Map<String, String> env) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("ACTIVITYSMITH_API_KEY");
    builder.environment().remove("ACTIVITYSMITH_BASE_URL");
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().putAll(env);
    Path out = Files.createTempFile("cli-out", ".txt");
    Path err = Files.createTempFile("cli-err", ".txt");
    try {
      Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
      p.getOutputStream().close();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("timed out: " + command);
      }
      return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      delete(out);
      delete(err);
    }
  }

  private static void delete(Path p) throws IOException {
    Files.deleteIfExists(p);
  }

  private record Run(int code, String out, String err) {}
}
