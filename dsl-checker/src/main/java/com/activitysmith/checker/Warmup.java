package com.activitysmith.checker;

import static com.activitysmith.dsl.Dsl.badge;
import static com.activitysmith.dsl.Dsl.icon;
import static com.activitysmith.dsl.Dsl.liveActivity;
import static com.activitysmith.dsl.Dsl.liveActivityEnd;
import static com.activitysmith.dsl.Dsl.liveActivityStream;
import static com.activitysmith.dsl.Dsl.liveActivityStreamEnd;
import static com.activitysmith.dsl.Dsl.liveActivityUpdate;
import static com.activitysmith.dsl.Dsl.metadata;
import static com.activitysmith.dsl.Dsl.metric;
import static com.activitysmith.dsl.Dsl.openUrl;
import static com.activitysmith.dsl.Dsl.push;
import static com.activitysmith.dsl.Dsl.webhook;

import com.activitysmith.dsl.Color;
import java.time.Duration;
import java.util.List;

/**
 * Runs a handful of valid chains, one or more per payload kind, through the same conversion and
 * validation as the check, on the check's second thread ({@link Evaluations}), while javac is still
 * attributing the sources.
 *
 * <p>In a fresh compiler JVM the first chains cost far more than the rest: the DSL's, the request
 * records' and the validators' classes are loaded and initialised then, their JSON adapters built,
 * and all of it runs in the interpreter. Done here, that work overlaps with javac's own instead of
 * delaying the first class checked. It checks nothing and reports nothing; the check itself
 * evaluates every chain whether or not this has run or finished.
 */
final class Warmup {
  private Warmup() {}

  /** Queues the warm-up as the first task of the check's second thread; it takes a few hundred milliseconds. */
  static void start(Evaluations evaluations) {
    evaluations.background(Warmup::run);
  }

  /** Valid chains over every payload interface and the value types chains take. */
  static List<Object> samples() {
    return List.of(
        liveActivity("a").segmented(4).step(2).color(Color.YELLOW).icon(icon("a"))
            .metadata(metadata("a", 1).and("b", "c")).action(openUrl("a", "https://a.example")),
        liveActivity("a").progress(50).subtitle("a").badge(badge("a")).tags("a"),
        liveActivity("a").metrics(metric("a", 1.5).unit("%"), metric("b", 2)),
        liveActivity("a").timer(Duration.ofMinutes(5)).color(Color.CYAN),
        liveActivityUpdate("a").segmented(3).step(1),
        liveActivityUpdate("a").progress(10, 100),
        liveActivityEnd("a").alert("a").autoDismissMinutes(2),
        liveActivityStream("a").stats(metric("a", 1), metric("b", "c")),
        liveActivityStreamEnd("a").progress(1),
        push("a").message("a").redirection("https://a.example").tags("a"),
        push("a").actions(openUrl("a", "https://a.example"), webhook("b", "https://b.example").post()));
  }

  private static void run() {
    try {
      // One pass: loading and initialising is the point; the JIT compiles what the check makes hot.
      for (Object sample : samples()) {
        Requests.check(sample, Requests.conversions(sample.getClass()));
      }
    } catch (Throwable ignored) {
      // Whatever went wrong here the check meets again on javac's thread, and reports it there.
    }
  }
}
