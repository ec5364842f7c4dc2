package com.activitysmith.cli;

import com.activitysmith.ActivitySmith;
import com.activitysmith.LiveActivity;
import com.activitysmith.PushResult;
import com.activitysmith.StreamEndResult;
import com.activitysmith.StreamResult;
import com.activitysmith.UpdateResult;
import com.activitysmith.generated.model.ActivityMetric;
import com.activitysmith.generated.model.ContentStateEnd;
import com.activitysmith.generated.model.ContentStateStart;
import com.activitysmith.generated.model.ContentStateUpdate;
import com.activitysmith.generated.model.LiveActivityColor;
import com.activitysmith.generated.model.LiveActivityEndRequest;
import com.activitysmith.generated.model.LiveActivityStartRequest;
import com.activitysmith.generated.model.LiveActivityStreamRequest;
import com.activitysmith.generated.model.LiveActivityType;
import com.activitysmith.generated.model.LiveActivityUpdateRequest;
import com.activitysmith.generated.model.MetricValue;
import com.activitysmith.generated.model.PushNotificationRequest;
import com.activitysmith.generated.model.StreamContentState;
import com.activitysmith.payload.EndPayload;
import com.activitysmith.payload.PushPayload;
import com.activitysmith.payload.StartPayload;
import com.activitysmith.payload.StreamPayload;
import com.activitysmith.payload.UpdatePayload;
import com.activitysmith.testing.Simulator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code activitysmith demo}: plays a deploy (a push, a segmented Live Activity through its steps,
 * a metrics stream, a closing push) against the embedded simulator, printing each result and the
 * simulated lock screen; with a key, against the real service after asking once.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {
        "Play a realistic deploy: a push, a four-step Live Activity through its steps, a metrics stream and a closing push.",
        "Without a key (or with --simulator) it runs against an embedded simulator and draws its lock screen after each step.",
        "With a key it asks once before sending to the real service; without a terminal it needs --yes."},
    footerHeading = "%nExamples:%n",
    footer = {"  activitysmith demo", "  ACTIVITYSMITH_API_KEY=ask_... activitysmith demo", "  activitysmith demo --yes --pause 0"})
final class DemoCommand extends CliCommand {
  private static final String TITLE = "Deploy api v2.4.1";
  private static final String[] STEPS = {"Build", "Test", "Migrate", "Release"};

  @Option(names = "--yes", description = "Send to the real service without asking.")
  boolean yes;

  @Option(names = "--pause", paramLabel = "SECONDS",
      description = "Wait this long between steps (default: 0 on the simulator, 2 on the real service).")
  Double pause;

  @Override
  int run() throws InterruptedException {
    boolean real = !globals().simulator && hasKey();
    if (real && !confirmed()) {
      return ExitCodes.NOT_CONFIRMED;
    }
    GlobalOptions options = globals();
    if (!real) {
      options.simulator = true;
    }
    long pauseMillis = Math.round((pause != null ? pause : real ? 2.0 : 0.0) * 1000);
    try (Connection connection = connect()) {
      new Script(connection.client(), connection.simulator(), pauseMillis).play();
    }
    return ExitCodes.OK;
  }

  private boolean hasKey() {
    GlobalOptions g = globals();
    String env = io().env().apply(ActivitySmith.API_KEY_ENV);
    return g.apiKey != null || g.apiKeyFile != null || (env != null && !env.isBlank());
  }

  private boolean confirmed() {
    String where = globals().baseUrl != null ? globals().baseUrl : ActivitySmith.DEFAULT_BASE_URL;
    if (yes) {
      return true;
    }
    if (!io().interactive()) {
      output().simple("not_confirmed", ExitCodes.NOT_CONFIRMED, "demo would send 3 pushes and 2 Live Activities to your devices"
          + " through " + where + "; run it in a terminal to confirm, pass --yes, or use --simulator");
      return false;
    }
    io().err().print("The demo sends 3 pushes and 2 Live Activities to your devices through " + where + ". Continue? [y/N] ");
    io().err().flush();
    try {
      String answer = new BufferedReader(new InputStreamReader(io().in(), StandardCharsets.UTF_8)).readLine();
      if (answer != null && List.of("y", "yes").contains(answer.strip().toLowerCase(Locale.ROOT))) {
        return true;
      }
    } catch (IOException e) {
      // unreadable stdin counts as no
    }
    output().simple("not_confirmed", ExitCodes.NOT_CONFIRMED, "demo not confirmed; nothing was sent");
    return false;
  }

  /** The deploy, step by step. */
  private final class Script {
    private final ActivitySmith client;
    private final Optional<Simulator> simulator;
    private final long pauseMillis;
    private int step;

    Script(ActivitySmith client, Optional<Simulator> simulator, long pauseMillis) {
      this.client = client;
      this.simulator = simulator;
      this.pauseMillis = pauseMillis;
    }

    void play() throws InterruptedException {
      heading(simulator.isPresent() ? "Playing a deploy against the embedded simulator at " + simulator.get().baseUrl()
          + " (no key needed, nothing leaves this machine)." : "Playing a deploy against the real service.");

      PushResult started = client.notifications().send(PushPayload.of(PushNotificationRequest.builder()
          .title("🚀 Deploy started").message(TITLE + " to production").subtitle("api").build()));
      shown("push \"🚀 Deploy started\"", Results.push(started), Results.pushLine(started));

      LiveActivity deploy = client.liveActivities().start(StartPayload.of(LiveActivityStartRequest.builder()
          .contentState(ContentStateStart.builder().title(TITLE).subtitle(STEPS[0])
              .type(LiveActivityType.SEGMENTED_PROGRESS).numberOfSteps(STEPS.length).currentStep(1)
              .color(LiveActivityColor.BLUE).build())
          .build()));
      shown("activity start (segmented_progress, step 1/4)", Results.started(deploy), Results.startedLine(deploy));

      for (int i = 2; i < STEPS.length; i++) {
        UpdateResult updated = deploy.update(UpdatePayload.of(LiveActivityUpdateRequest.builder()
            .activityId(deploy.activityId())
            .contentState(ContentStateUpdate.builder().title(TITLE).subtitle(STEPS[i - 1]).currentStep(i).build())
            .build()));
        shown("activity update (step " + i + "/4, " + STEPS[i - 1] + ")", Results.updated(updated),
            Results.updatedLine("Updated", updated));
      }

      String health = "prod-health";
      for (int round = 0; round < 2; round++) {
        StreamResult result = client.liveActivities().stream(health, StreamPayload.of(LiveActivityStreamRequest.builder()
            .contentState(StreamContentState.builder().title("Production health").type(LiveActivityType.METRICS)
                .metrics(List.of(
                    metric("CPU", round == 0 ? "71" : "38", "%"),
                    metric("p95", round == 0 ? "412" : "180", "ms"),
                    metric("errors", round == 0 ? "1.8" : "0.1", "%")))
                .build())
            .build()));
        shown("activity stream " + health + " (metrics, " + (round == 0 ? "during" : "after") + " the rollout)",
            Results.stream(result), Results.streamLine(result));
      }

      UpdateResult ended = deploy.end(EndPayload.of(LiveActivityEndRequest.builder()
          .activityId(deploy.activityId())
          .contentState(ContentStateEnd.builder().title(TITLE).subtitle("Live").currentStep(STEPS.length)
              .color(LiveActivityColor.GREEN).stepColor(LiveActivityColor.GREEN).build())
          .build()));
      shown("activity end (step 4/4, green)", Results.updated(ended), Results.updatedLine("Ended", ended));

      StreamEndResult healthEnded = client.liveActivities().endStream(health);
      shown("activity end-stream " + health, Results.streamEnded(healthEnded), Results.streamEndedLine(healthEnded));

      PushResult done = client.notifications().send(PushPayload.of(PushNotificationRequest.builder()
          .title("✅ Deploy finished").message(TITLE + " is live; errors back to 0.1%").subtitle("api").build()));
      shown("push \"✅ Deploy finished\"", Results.push(done), Results.pushLine(done));
      heading("Done: " + step + " requests. Next: activitysmith --help, or the same with ACTIVITYSMITH_API_KEY set.");
    }

    private ActivityMetric metric(String label, String value, String unit) {
      return ActivityMetric.builder().label(label).value(MetricValue.of(new BigDecimal(value))).unit(unit).build();
    }

    private void shown(String request, Map<String, Object> json, String summary) throws InterruptedException {
      step++;
      if (output().json()) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("step", step);
        line.put("request", request);
        line.put("result", json);
        io().out().println(JsonText.write(line));
      } else {
        io().out().println();
        io().out().println(step + ". " + request);
        io().out().println("   " + summary);
      }
      simulator.ifPresent(s -> (output().json() ? io().err() : io().out()).print(LockScreenDrawing.draw(s.lockScreen())));
      if (pauseMillis > 0) {
        Thread.sleep(pauseMillis);
      }
    }

    private void heading(String text) {
      (output().json() ? io().err() : io().out()).println(text);
    }
  }
}
