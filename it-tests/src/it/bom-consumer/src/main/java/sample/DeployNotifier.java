package sample;

import static com.activitysmith.dsl.Dsl.*;

import com.activitysmith.ActivitySmith;
import com.activitysmith.LiveActivity;

/** The README's Quick start, given the client instead of reading it from the environment. */
final class DeployNotifier {
  private final ActivitySmith activitySmith;

  DeployNotifier(ActivitySmith activitySmith) {
    this.activitySmith = activitySmith;
  }

  void deploy() {
    activitySmith.notifications().send(push("Build failed").message("CI failed on main"));
    LiveActivity deploy = activitySmith.liveActivities()
        .start(liveActivity("Deploy").segmented(4).step(1).color(YELLOW));
    deploy.update(liveActivityUpdate("Deploy").segmented().step(2));
    deploy.end(liveActivityEnd("Deploy").segmented().step(4).color(GREEN));
  }
}
