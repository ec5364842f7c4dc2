package sample;

import static com.activitysmith.dsl.Dsl.*;

import com.activitysmith.payload.PushPayload;
import com.activitysmith.payload.StartPayload;

/** Valid chains, and one whose step is known only at run time. */
public final class Deploys {
  private static final int STEPS = 4;

  private Deploys() {}

  public static StartPayload started() {
    return liveActivity("Deploy").segmented(STEPS).step(1).color(YELLOW);
  }

  public static StartPayload at(int step) {
    return liveActivity("Deploy").segmented(STEPS).step(step);
  }

  public static PushPayload failed() {
    return push("Build failed").message("CI failed on main").redirection("https://ci.example.com/pipelines/812");
  }
}
