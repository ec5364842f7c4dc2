package com.activitysmith;

import com.activitysmith.exception.ValidationException;
import com.activitysmith.generated.model.PushNotificationRequest;
import com.activitysmith.payload.PushPayload;

/** Run by {@link RuntimeClosureTest} in a fresh JVM on the run-time closure only. */
public final class ClosureProbe {
  private ClosureProbe() {}

  public static void main(String[] args) {
    boolean spec = ClosureProbe.class.getClassLoader().getResource("com/activitysmith/spec/activitysmith.yaml") != null;
    try (ActivitySmith smith = ActivitySmith.builder().apiKey("ask_probe").baseUrl("http://127.0.0.1:9/api").build()) {
      smith.notifications().send(PushPayload.of(PushNotificationRequest.builder().message("no title").build()));
      System.out.println("sent?");
    } catch (ValidationException e) {
      System.out.println("rejected: " + e.violations().get(0) + "; spec on classpath: " + spec);
    }
  }
}
