package com.activitysmith.examples;

import static com.activitysmith.dsl.Dsl.GREEN;
import static com.activitysmith.dsl.Dsl.YELLOW;
import static com.activitysmith.dsl.Dsl.liveActivity;
import static com.activitysmith.dsl.Dsl.liveActivityEnd;
import static com.activitysmith.dsl.Dsl.liveActivityUpdate;
import static com.activitysmith.dsl.Dsl.push;

import com.activitysmith.ActivitySmith;
import com.activitysmith.LiveActivity;
import com.activitysmith.PushResult;
import com.activitysmith.UpdateResult;
import com.activitysmith.testing.Simulator;
import java.io.PrintStream;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * A deploy told through ActivitySmith: a push, then a four-step segmented Live Activity that moves
 * through its steps and ends.
 *
 * <p>Without {@code ACTIVITYSMITH_API_KEY} it starts the embedded simulator and talks to it,
 * printing after each step what the simulator's lock screen shows; with the variable set it talks
 * to the real service and your phone shows the same.
 */
public final class DeployExample {
  private static final int STEPS = 4;

  private DeployExample() {}

  public static void main(String[] args) {
    run(System.getenv(), System.out);
  }

  /** Runs against the service when the environment has a key, else against a fresh simulator. */
  static void run(Map<String, String> environment, PrintStream out) {
    String key = environment.get(ActivitySmith.API_KEY_ENV);
    if (key != null && !key.isBlank()) {
      out.println("Talking to the ActivitySmith service with the key from " + ActivitySmith.API_KEY_ENV + ".");
      try (ActivitySmith client = ActivitySmith.builder().apiKey(key.strip()).build()) {
        run(client, null, out);
      }
      return;
    }
    try (Simulator simulator = Simulator.start()) {
      out.println("No " + ActivitySmith.API_KEY_ENV + " set: talking to the embedded simulator at "
          + simulator.baseUrl() + ".");
      try (ActivitySmith client = ActivitySmith.builder()
          .apiKey(simulator.apiKey())
          .baseUrl(simulator.baseUrl())
          .build()) {
        run(client, simulator, out);
      }
    }
  }

  /** The deploy story itself; {@code simulator} is null when the client talks to the real service. */
  static void run(ActivitySmith client, @Nullable Simulator simulator, PrintStream out) {
    heading(out, "Push: deploy started");
    PushResult pushed = client.notifications().send(
        push("Deploy started 🚀").message("api-gateway v2.4.0 is rolling out"));
    out.println("response: " + pushed);
    show(simulator, out);

    heading(out, "Live Activity: start at step 1 of " + STEPS);
    LiveActivity deploy = client.liveActivities().start(
        liveActivity().segmented(STEPS).step(1).color(YELLOW).subtitle("api-gateway v2.4.0").title("Deploy"));
    out.println("response: " + deploy);
    show(simulator, out);

    for (int current = 2; current < STEPS; current++) {
      heading(out, "Live Activity: step " + current + " of " + STEPS);
      UpdateResult updated = deploy.update(liveActivityUpdate("Deploy").segmented().step(current));
      out.println("response: " + updated);
      show(simulator, out);
    }

    heading(out, "Live Activity: end at step " + STEPS + " of " + STEPS);
    UpdateResult ended = deploy.end(liveActivityEnd("Deploy").segmented().step(STEPS).color(GREEN));
    out.println("response: " + ended);
    show(simulator, out);
  }

  private static void heading(PrintStream out, String title) {
    out.println();
    out.println("== " + title);
  }

  private static void show(@Nullable Simulator simulator, PrintStream out) {
    if (simulator == null) {
      out.println("(real service: your phone's lock screen shows it now)");
    } else {
      out.print(simulator.lockScreen().describe());
    }
  }
}
