package com.activitysmith.bench;

import static com.activitysmith.dsl.Dsl.*;

import com.activitysmith.ActivitySmith;
import com.activitysmith.PushResult;
import java.util.Map;

/** Cold start, SDK side: a fresh JVM builds the client, sends one push to {@code args[0]}, exits. */
public final class ColdSdk {
  private ColdSdk() {}

  public static void main(String[] args) {
    try (ActivitySmith smith = ActivitySmith.builder().apiKey("ask_bench").baseUrl(args[0]).build()) {
      PushResult result = smith.notifications().send(push("Deploy waiting").message("Approve v2.4.0?")
          .actions(webhook("Approve", "https://ci.example.com/hooks/approve").post(Map.of("release", "v2.4.0")),
              openUrl("Open pipeline", "https://ci.example.com/pipelines/812"),
              shortcut("Log it", "Deploy Log"))
          .channels("releases").tags("deploy"));
      System.out.println("devices_notified=" + result.devicesNotified());
    }
    System.exit(0);
  }
}
