package com.activitysmith.dsl;

import static com.activitysmith.dsl.Dsl.liveActivity;

import com.activitysmith.ActivitySmith;
import com.activitysmith.exception.ValidationException;

/** Run by {@link DslClosureTest} in a fresh JVM on the DSL's run-time closure only. */
public final class DslClosureProbe {
  private DslClosureProbe() {}

  public static void main(String[] args) {
    boolean spec = DslClosureProbe.class.getClassLoader().getResource("com/activitysmith/spec/activitysmith.yaml") != null;
    try (ActivitySmith smith = ActivitySmith.builder().apiKey("ask_probe").baseUrl("http://127.0.0.1:9/api").build()) {
      smith.liveActivities().start(liveActivity("Backup").progress(101));
      System.out.println("sent?");
    } catch (ValidationException e) {
      System.out.println("rejected: " + e.violations().get(0) + "; spec on classpath: " + spec);
    }
  }
}
