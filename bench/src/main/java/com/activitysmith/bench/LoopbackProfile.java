package com.activitysmith.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the client's CPU goes per request: sync calls in a loop on one thread, sampled by JDK
 * Flight Recorder every millisecond (Java code only; time in the kernel's socket calls is not
 * sampled), each sample put in the first stage its stack passes through. Prints one
 * tab-separated line per stage: stage, samples, microseconds of Java CPU per request.
 *
 * <p>{@code java -cp benchmarks.jar com.activitysmith.bench.LoopbackProfile BASE_URL sdk|raw PUSH|STREAM_8_METRICS}
 */
public final class LoopbackProfile {
  private static final int WARM_UP = 20_000;
  private static final int MEASURED = 30_000;

  /** Stages in order of precedence: a sample counts for the first one whose frame is on its stack. */
  static final Map<String, List<String>> STAGES = stages();

  private LoopbackProfile() {}

  private static Map<String, List<String>> stages() {
    Map<String, List<String>> s = new LinkedHashMap<>();
    s.put("DSL payload to the request record", List.of("com.activitysmith.dsl."));
    s.put("pre-send validation (generated rules)", List.of("com.activitysmith.generated.validation.",
        "com.activitysmith.internal.validation."));
    s.put("request record to JSON (Moshi)", List.of("retrofit2.converter.moshi.MoshiRequestBodyConverter"));
    s.put("Retrofit request (URL, headers)", List.of("retrofit2.RequestFactory", "retrofit2.OkHttpCall.createRawCall"));
    s.put("response JSON to the record (Moshi) and its check", List.of("retrofit2.converter.moshi.MoshiResponseBodyConverter",
        "com.activitysmith.internal.call.ResponseCheck"));
    s.put("SDK interceptors", List.of("com.activitysmith.internal.http.IdentityInterceptor.intercept:self",
        "com.activitysmith.internal.http.ResponseBuffering.intercept:self",
        "com.activitysmith.internal.http.CrossOriginAuthGuard.intercept:self",
        "com.activitysmith.internal.http.SendMarker.intercept:self"));
    s.put("OkHttp exchange (connection, HTTP/1.1, body)", List.of("okhttp3."));
    s.put("SDK call path (retry engine, budget, answer)", List.of("com.activitysmith.internal.", "com.activitysmith.generated.",
        "com.activitysmith.ActivitySmith", "com.activitysmith.Notifications", "com.activitysmith.LiveActivities",
        "com.activitysmith.Metrics", "com.activitysmith.Badges"));
    return s;
  }

  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    Loopback.Client client = args[1].equals("sdk") ? new Loopback.Sdk(baseUrl) : new Loopback.Raw(baseUrl);
    Loopback.Call_ call = Loopback.Call_.valueOf(args[2]);
    for (int i = 0; i < WARM_UP; i++) {
      client.sync(call);
    }
    Path file = Files.createTempFile("loopback-profile", ".jfr");
    String thread = Thread.currentThread().getName();
    try (Recording recording = new Recording()) {
      recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1)).withStackTrace();
      recording.start();
      for (int i = 0; i < MEASURED; i++) {
        client.sync(call);
      }
      recording.stop();
      recording.dump(file);
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    STAGES.keySet().forEach(k -> counts.put(k, 0));
    counts.put("other (the loop, JDK)", 0);
    for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null
          || !thread.equals(e.getThread("sampledThread").getJavaName())) {
        continue;
      }
      counts.merge(stageOf(e.getStackTrace().getFrames()), 1, Integer::sum);
    }
    Files.deleteIfExists(file);
    for (Map.Entry<String, Integer> c : counts.entrySet()) {
      System.out.println(c.getKey() + "\t" + c.getValue() + "\t" + String.format("%.1f", c.getValue() * 1000.0 / MEASURED));
    }
    System.exit(0);
  }

  private static String stageOf(List<RecordedFrame> frames) {
    for (Map.Entry<String, List<String>> stage : STAGES.entrySet()) {
      for (String mark : stage.getValue()) {
        if (mark.endsWith(":self")) {
          // The interceptor's own code only: it is the innermost frame of the SDK or OkHttp.
          String method = mark.substring(0, mark.length() - ":self".length());
          for (RecordedFrame f : frames) {
            String name = f.getMethod().getType().getName() + "." + f.getMethod().getName();
            if (name.startsWith("okhttp3.") || name.startsWith("com.activitysmith.")) {
              if (name.equals(method)) {
                return stage.getKey();
              }
              break;
            }
          }
          continue;
        }
        for (RecordedFrame f : frames) {
          if ((f.getMethod().getType().getName() + "." + f.getMethod().getName()).startsWith(mark)) {
            return stage.getKey();
          }
        }
      }
    }
    return "other (the loop, JDK)";
  }
}
