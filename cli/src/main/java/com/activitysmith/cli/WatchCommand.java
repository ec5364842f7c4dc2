package com.activitysmith.cli;

import com.activitysmith.ActivitySmith;
import com.activitysmith.exception.ActivitySmithException;
import com.activitysmith.exception.ValidationException;
import com.activitysmith.generated.model.ChannelTarget;
import com.activitysmith.generated.model.LiveActivityColor;
import com.activitysmith.generated.model.LiveActivityStreamDeleteRequest;
import com.activitysmith.generated.model.LiveActivityStreamRequest;
import com.activitysmith.generated.model.LiveActivityType;
import com.activitysmith.generated.model.PushNotificationRequest;
import com.activitysmith.generated.model.StreamContentState;
import com.activitysmith.payload.PushPayload;
import com.activitysmith.payload.StreamEndPayload;
import com.activitysmith.payload.StreamPayload;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.annotation.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code activitysmith watch -- CMD...}: runs a command and shows it as a Live Activity (a
 * count-up timer, or segmented progress advancing on matching output lines), ends it green or red,
 * sends a push with the exit code and duration, and exits with the command's exit code.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = {
        "Run a command and show it as a Live Activity: a count-up timer, or with --steps and --step-pattern"
            + " a segmented bar that advances on each output line matching the pattern.",
        "When it exits, the activity ends green (exit 0) or red, a push reports the exit code and duration,"
            + " and watch exits with the command's exit code (128+N if a signal N killed it).",
        "The command's output passes through unchanged; updates are sent at most once per --update-interval,"
            + " the final state always."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  activitysmith watch --title 'Nightly backup' -- ./backup.sh --full",
        "  activitysmith watch --title 'Deploy api' --steps 4 --step-pattern '^==> ' -- make deploy",
        "  activitysmith watch --stream-key ci-main --channels ops -- ./gradlew build",
        "  activitysmith watch --simulator --steps 3 --step-pattern '^step' -- sh -c 'echo step 1; echo step 2; echo step 3'"})
final class WatchCommand extends CliCommand {
  private static final Pattern NOT_KEY = Pattern.compile("[^A-Za-z0-9_-]+");

  @Option(names = "--title", paramLabel = "TEXT", description = "The activity's title (default: the command).")
  @Nullable String title;

  @Option(names = "--stream-key", paramLabel = "KEY", description = "The stream to show it on (default: watch-<title>).")
  @Nullable String streamKey;

  @Option(names = "--steps", paramLabel = "N", description = "Show segmented progress with N steps (needs --step-pattern).")
  @Nullable Integer steps;

  @Option(names = "--step-pattern", paramLabel = "REGEX",
      description = "A Java regular expression; each output line (stdout or stderr) it finds in completes one step.")
  @Nullable String stepPattern;

  @Option(names = "--update-interval", paramLabel = "SECONDS", defaultValue = "3",
      description = "Send at most one progress update per this many seconds (default ${DEFAULT-VALUE}); the final state is always sent.")
  double updateInterval;

  @Option(names = "--no-push", negatable = false, description = "Do not send the push when the command exits.")
  boolean noPush;

  @Mixin
  ChannelOptions channels;

  private final AtomicReference<Process> child = new AtomicReference<>();
  private final CountDownLatch done = new CountDownLatch(1);

  @Parameters(paramLabel = "CMD", arity = "1..*", description = "The command and its arguments, after --.")
  List<String> command;

  @Override
  int run() throws InterruptedException {
    Pattern pattern = pattern();
    String shownTitle = title != null ? title : abbreviate(String.join(" ", command), 60);
    String key = streamKey != null ? streamKey : defaultKey(shownTitle);
    if (updateInterval < 0 || Double.isNaN(updateInterval)) {
      throw new UsageException("--update-interval must be 0 or more seconds but was " + updateInterval);
    }
    String subtitle = abbreviate(String.join(" ", command), 80);
    try (Connection connection = connect()) {
      ActivitySmith client = connection.client();
      Tracker tracker = new Tracker(key, shownTitle, subtitle);
      tracker.send("start", () -> client.liveActivities().stream(key, StreamPayload.of(tracker.putRequest(0))));
      long started = System.nanoTime();
      Coalescer updates = new Coalescer(Math.round(updateInterval * 1000), started, step ->
          tracker.send("update", () -> client.liveActivities().stream(key, StreamPayload.of(tracker.putRequest(step)))));
      AtomicInteger step = new AtomicInteger();
      Thread hook = onTermination();
      int exitCode;
      try {
        exitCode = finish(client, tracker, updates, step, started, shownTitle, subtitle, key, runCommand(pattern, line -> {
          if (steps != null && pattern != null && pattern.matcher(line).find()) {
            int now = step.updateAndGet(s -> Math.min(steps, s + 1));
            updates.offer(now);
          }
        }));
      } finally {
        done.countDown();
        if (hook != null) {
          try {
            Runtime.getRuntime().removeShutdownHook(hook);
          } catch (IllegalStateException shuttingDown) {
            // the hook is running: it was waiting for exactly this
          }
        }
      }
      return exitCode;
    }
  }

  /**
   * When watch itself is told to stop (Ctrl-C, SIGTERM), passes the termination on to the command
   * and waits for the final state and push to go out before the JVM exits.
   */
  private @Nullable Thread onTermination() {
    if (!io().processStreams()) {
      return null; // in-process runs (tests) leave the JVM's shutdown alone
    }
    Thread hook = new Thread(() -> {
      Process p = child.get();
      if (p != null) {
        p.destroy();
      }
      try {
        done.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "activitysmith-watch-termination");
    Runtime.getRuntime().addShutdownHook(hook);
    return hook;
  }

  /** Sends the final state and the push; returns the command's exit code. */
  private int finish(ActivitySmith client, Tracker tracker, Coalescer updates, AtomicInteger step, long started,
      String shownTitle, String subtitle, String key, int exitCode) {
    updates.finish();
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    String outcome = (exitCode == 0 ? "exit 0" : "exit " + exitCode) + " after " + human(took);
    int finalStep = exitCode == 0 && steps != null ? steps : step.get();
    tracker.send("end", () -> client.liveActivities().endStream(key,
        StreamEndPayload.of(tracker.endRequest(finalStep, exitCode == 0, outcome))));
    if (!noPush) {
      tracker.send("push", () -> client.notifications().send(PushPayload.of(PushNotificationRequest.builder()
          .title((exitCode == 0 ? "✅ " : "❌ ") + shownTitle + (exitCode == 0 ? " succeeded" : " failed"))
          .message(outcome + ": " + subtitle)
          .target(target())
          .build())));
    }
    io().err().println("activitysmith: " + shownTitle + ": " + outcome
        + (tracker.failures.get() == 0 ? "" : " (" + tracker.failures.get() + " request(s) to ActivitySmith failed, see above)"));
    return exitCode;
  }

  private @Nullable Pattern pattern() {
    if ((steps == null) != (stepPattern == null)) {
      throw new UsageException("--steps and --step-pattern go together: give both, or neither for a timer");
    }
    if (steps != null && steps < 1) {
      throw new UsageException("--steps must be 1 or more but was " + steps);
    }
    try {
      return stepPattern == null ? null : Pattern.compile(stepPattern);
    } catch (PatternSyntaxException e) {
      throw new UsageException("--step-pattern is not a valid regular expression: " + e.getDescription()
          + " near index " + e.getIndex());
    }
  }

  private int runCommand(@Nullable Pattern pattern, java.util.function.Consumer<String> lines) throws InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.INHERIT);
    boolean pipe = pattern != null || !io().processStreams();
    if (!pipe) {
      builder.inheritIO();
    }
    Process process;
    try {
      process = builder.start();
      child.set(process);
    } catch (IOException e) {
      io().err().println("activitysmith: cannot run " + command.get(0) + ": " + e.getMessage());
      return 127;
    }
    if (!pipe) {
      return process.waitFor();
    }
    LinePump out = new LinePump("watch-stdout", process.getInputStream(), io().rawOut(), lines);
    LinePump err = new LinePump("watch-stderr", process.getErrorStream(), io().rawErr(), lines);
    out.start();
    err.start();
    int code = process.waitFor();
    out.join();
    err.join();
    return code;
  }

  private @Nullable ChannelTarget target() {
    return channels.channels == null ? null : ChannelTarget.builder().channels(channels.channels).build();
  }

  static String defaultKey(String title) {
    String slug = NOT_KEY.matcher(title.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
    return abbreviate("watch-" + (slug.isEmpty() ? "command" : slug), 200).replaceAll("-+$", "");
  }

  static String human(Duration d) {
    long s = d.toSeconds();
    if (s < 60) {
      return s + "s";
    }
    if (s < 3600) {
      return s / 60 + "m " + s % 60 + "s";
    }
    return s / 3600 + "h " + (s % 3600) / 60 + "m";
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** Builds the stream's requests and sends them, warning instead of failing: the command runs on regardless. */
  private final class Tracker {
    private final String key;
    private final String title;
    private final String subtitle;
    private final AtomicInteger failures = new AtomicInteger();

    Tracker(String key, String title, String subtitle) {
      this.key = key;
      this.title = title;
      this.subtitle = subtitle;
    }

    LiveActivityStreamRequest putRequest(int step) {
      StreamContentState.Builder state = StreamContentState.builder().title(title).subtitle(subtitle);
      if (steps != null) {
        state.type(LiveActivityType.SEGMENTED_PROGRESS).numberOfSteps(steps).currentStep(step);
      } else {
        state.type(LiveActivityType.TIMER).countsDown(false);
      }
      return LiveActivityStreamRequest.builder().contentState(state.build()).target(target()).build();
    }

    LiveActivityStreamDeleteRequest endRequest(int step, boolean success, String outcome) {
      StreamContentState.Builder state = StreamContentState.builder().title(title).subtitle(outcome)
          .color(success ? LiveActivityColor.GREEN : LiveActivityColor.RED);
      if (steps != null) {
        state.type(LiveActivityType.SEGMENTED_PROGRESS).numberOfSteps(steps).currentStep(step)
            .stepColor(success ? LiveActivityColor.GREEN : LiveActivityColor.RED);
      } else {
        state.type(LiveActivityType.TIMER).countsDown(false).isRunning(false);
      }
      return LiveActivityStreamDeleteRequest.builder().contentState(state.build()).build();
    }

    void send(String what, Supplier<?> call) {
      try {
        call.get();
      } catch (ValidationException e) {
        if (what.equals("start")) {
          throw e; // bad input: nothing was sent and the command has not run yet
        }
        failures.incrementAndGet();
        io().err().println("activitysmith: watch " + what + " of stream " + key + " failed: " + e.getMessage());
      } catch (ActivitySmithException e) {
        failures.incrementAndGet();
        io().err().println("activitysmith: watch " + what + " of stream " + key + " failed: " + e.getMessage());
      }
    }
  }
}
