package com.activitysmith.it.dsl;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What the compiler accepts and rejects, per Live Activity type and phase, and for push.
 *
 * <p>Each test compiles one class whose every statement is one case; every rejected statement
 * must fail on its own line with its own message, and nothing else may fail.
 */
class DslCompileMatrixTest {

  /** One statement and the error it must cause, found on the line holding its variable name. */
  record Reject(String variable, String statement, String message) {}

  private static final String IMPORTS = String.join("\n",
      "import static com.activitysmith.dsl.Dsl.*;",
      "import com.activitysmith.payload.*;",
      "import java.time.Duration;",
      "import java.util.Map;", "");

  @Test
  void completePayloadsOfEveryTypeAndPhaseCompileAndImplementTheirPayloadInterfaces() {
    JavaFileObject source = source("Complete",
        "StartPayload designCard = liveActivity().segmented(4).step(1).color(YELLOW).title(\"Deploy\");",
        "StartPayload designCardTitledFirst = liveActivity(\"Deploy\").segmented(4).step(1).color(YELLOW);",
        "StartPayload titleInTheMiddle = liveActivity().title(\"Deploy\").segmented(4).step(1);",
        "StartPayload segmented = liveActivity(\"Deploy\").segmented(4).step(1).stepColor(GREEN).stepColors(GREEN)"
            + ".subtitle(\"api\").color(YELLOW).icon(icon(\"hammer\").color(ORANGE)).badge(badge(\"PROD\").color(RED))"
            + ".action(openUrl(\"Open\", \"https://ci.example.com\")).secondaryAction(webhook(\"Stop\", \"https://ci.example.com/stop\").post(Map.of(\"id\", 1)))"
            + ".alertBanner(\"Deploy\", \"started\").channels(\"ops\", \"releases\").tags(\"deploy\");",
        "StartPayload percent = liveActivity(\"Backup\").progress(42).subtitle(\"nas\").color(BLUE).icon(icon(\"externaldrive\"))"
            + ".badge(badge(\"NAS\")).action(shortcut(\"Run\", \"Backup now\")).secondaryAction(webhook(\"Cancel\", \"https://b.example.com\").get());",
        "StartPayload valueOf = liveActivity(\"Backup\").progress(21, 50);",
        "StartPayload metrics = liveActivity(\"Servers\").metrics(metric(\"CPU\", 27.5).unit(\"%\").color(RED), metric(\"RAM\", 61))"
            + ".subtitle(\"eu\").color(CYAN).icon(icon(\"server.rack\")).action(openUrl(\"Grafana\", \"https://g.example.com\"));",
        "StartPayload stats = liveActivity(\"Queue\").stats(metric(\"Jobs\", 12), metric(\"Status\", \"healthy\")).subtitle(\"q\").icon(icon(\"tray\"));",
        "StartPayload alert = liveActivity(\"Approval\").alert(\"Ship v2.4.0?\").color(CYAN).badge(badge(\"v2.4.0\"))"
            + ".action(webhook(\"Ship\", \"https://ci.example.com/ship\")).secondaryAction(webhook(\"Hold\", \"https://ci.example.com/hold\").get());",
        "StartPayload countdown = liveActivity(\"Benchmark\").timer(Duration.ofMinutes(5)).color(CYAN).running(true);",
        "StartPayload countUp = liveActivity(\"On call\").countUp().icon(icon(\"phone\"));",
        "UpdatePayload segmentedUpdate = liveActivityUpdate(\"Deploy\").segmented(5).step(2).stepColors(GREEN, GREEN);",
        "UpdatePayload updateUntitled = liveActivityUpdate().progress(50).title(\"Backup\");",
        "UpdatePayload metricsUpdate = liveActivityUpdate(\"Servers\").metrics(metric(\"CPU\", 30));",
        "UpdatePayload statsUpdate = liveActivityUpdate(\"Queue\").stats(metric(\"Jobs\", 3));",
        "UpdatePayload alertUpdate = liveActivityUpdate(\"Approval\").alert(\"Shipped\");",
        "UpdatePayload timerUpdate = liveActivityUpdate(\"Benchmark\").timer().running(false);",
        "EndPayload segmentedEnd = liveActivityEnd(\"Deploy\").segmented().step(4).color(GREEN).autoDismissMinutes(0);",
        "EndPayload progressEnd = liveActivityEnd(\"Backup\").progress(100);",
        "EndPayload metricsEnd = liveActivityEnd(\"Servers\").metrics(metric(\"CPU\", 2));",
        "EndPayload statsEnd = liveActivityEnd(\"Queue\").stats(metric(\"Jobs\", 0));",
        "EndPayload alertEnd = liveActivityEnd(\"Approval\").alert(\"Done\").autoDismissMinutes(2);",
        "EndPayload timerEnd = liveActivityEnd(\"Benchmark\").timer();",
        "StreamPayload segmentedStream = liveActivityStream(\"Deploy\").segmented(4).step(1).channels(\"ops\");",
        "StreamPayload progressStream = liveActivityStream(\"Nightly backup\").progress(42).tags(\"backup\");",
        "StreamEndPayload progressStreamEnd = liveActivityStreamEnd(\"Nightly backup\").progress(100).autoDismissSeconds(30);",
        "StreamPayload metricsStream = liveActivityStream(\"Servers\").metrics(metric(\"CPU\", 1)).alertBanner(\"Hot\", \"CPU high\");",
        "StreamPayload statsStream = liveActivityStream(\"Queue\").stats(metric(\"Jobs\", 1));",
        "StreamPayload alertStream = liveActivityStream(\"Approval\").alert(\"Waiting\");",
        "StreamPayload timerStream = liveActivityStream(\"Benchmark\").timer(Duration.ofSeconds(300));",
        "PushPayload push = push(\"Build failed\").message(\"CI failed on main\").subtitle(\"api\").redirection(\"https://ci.example.com\")"
            + ".payload(Map.of(\"build\", 812)).badge(3).sound(\"default\").channels(\"ci\").tags(\"ci\");",
        "PushPayload withMedia = push(\"Chart\").media(\"https://example.com/chart.png\").message(\"today\");",
        "PushPayload withActions = push(\"Deploy\").actions(openUrl(\"a\", \"https://a.example\"), shortcut(\"b\", \"B\"),"
            + " webhook(\"c\", \"https://c.example\"), webhook(\"d\", \"https://d.example\").post()).message(\"ok\");",
        "StartPayload value = liveActivity(\"Queue\").value(42).subtitle(\"jobs\").color(BLUE).icon(icon(\"tray\")).badge(badge(\"EU\"))"
            + ".secondaryAction(openUrl(\"b\", \"https://b.example\")).tags(\"ci\").metadata(metadata(\"build\", 812).and(\"main\", true));",
        "StartPayload valueText = liveActivity(\"Queue\").value(\"many\").clearTags().clearMetadata();",
        "UpdatePayload valueUpdate = liveActivityUpdate(\"Queue\").value(7.5).tags(\"ci\").metadata(metadata(\"load\", 0.75));",
        "EndPayload valueEnd = liveActivityEnd(\"Queue\").value(0).autoDismissMinutes(1).clearTags();",
        "StreamPayload valueStream = liveActivityStream(\"Queue\").value(3).metadata(metadata(\"run\", \"nightly\"));",
        "StreamEndPayload valueStreamEnd = liveActivityStreamEnd(\"Queue\").value(\"done\").tags(\"ok\");",
        "UpdatePayload tagsOnUpdate = liveActivityUpdate(\"Deploy\").segmented().step(2).tags(\"deploy\").clearMetadata();",
        "EndPayload metadataOnEnd = liveActivityEnd(\"Servers\").metrics(metric(\"CPU\", 2)).metadata(metadata(\"host\", \"db-1\"));",
        "PushPayload today = push(\"Disk full\").icon(\"https://cdn.example.com/db.png\")"
            + ".interruptionLevel(com.activitysmith.generated.model.PushInterruptionLevel.TIME_SENSITIVE)"
            + ".metadata(metadata(\"pct\", 95)).clearTags();",
        "PushPayload todayWithMedia = push(\"Chart\").media(\"https://example.com/c.png\").clearMetadata().icon(\"https://cdn.example.com/i.png\");");
    assertThat(javac().compile(source)).succeededWithoutWarnings();
  }

  @Test
  void listsComputedAtRunTimeCompileWhereverTheDslTakesAList() {
    JavaFileObject source = source("Lists",
        "java.util.List<com.activitysmith.dsl.Metric> computed = new java.util.ArrayList<>();",
        "for (int i = 0; i < 3; i++) { computed.add(metric(\"m\" + i, i)); }",
        "java.util.List<String> names = java.util.stream.Stream.of(\"ops\", \"ci\").toList();",
        "java.util.Set<com.activitysmith.dsl.OpenUrl> buttons = java.util.Set.of(openUrl(\"Open\", \"https://a.example\"));",
        "StartPayload metricsStart = liveActivity(\"Servers\").metrics(computed).channels(names).tags(names);",
        "StartPayload statsStart = liveActivity(\"Queue\").stats(computed).tags(java.util.List.of());",
        "UpdatePayload metricsUpdate = liveActivityUpdate(\"Servers\").metrics(computed).tags(names);",
        "EndPayload statsEnd = liveActivityEnd(\"Queue\").stats(computed);",
        "StreamPayload metricsStream = liveActivityStream(\"Servers\").metrics(computed).channels(names);",
        "StartPayload colors = liveActivity(\"Deploy\").segmented(2).step(2).stepColors(java.util.List.of(GREEN, RED));",
        "PushPayload pushLists = push(\"Deploy\").actions(buttons).channels(names).tags(names);",
        "PushPayload pushTags = push(\"Deploy\").media(\"https://m.example/a.png\").tags(names).channels(names);");
    assertThat(javac().compile(source)).succeededWithoutWarnings();
  }

  @Test
  void wildcardImportsOfTheClientAndTheDslDoNotClash() {
    JavaFileObject source = JavaFileObjects.forSourceString("test.Wildcards", String.join("\n",
        "package test;", "import com.activitysmith.*;", "import com.activitysmith.dsl.*;", "import com.activitysmith.payload.*;",
        "class Wildcards {",
        "  StartPayload start(LiveActivities client) { return LiveActivityDsl.liveActivity(\"D\").progress(1); }",
        "}"));
    assertThat(javac().compile(source)).succeededWithoutWarnings();
  }

  @Test
  void listsOfTheWrongItemTypeDoNotCompile() {
    expectRejected("WrongLists", List.of(
        new Reject("textsAsMetrics", "Object textsAsMetrics = liveActivity(\"D\").metrics(java.util.List.of(\"a\"));", "metrics("),
        new Reject("metricsAsTags", "Object metricsAsTags = push(\"p\").tags(java.util.List.of(metric(\"a\", 1)));", "tags("),
        new Reject("textsAsActions", "Object textsAsActions = push(\"p\").actions(java.util.List.of(\"a\"));", "actions(")));
  }

  @Test
  void whatWouldSilentlyReplaceAnEarlierCallDoesNotCompile() {
    expectRejected("SaidOnce", List.of(
        new Reject("titleTwice", "Object titleTwice = liveActivity(\"A\").title(\"B\");", "method title("),
        new Reject("titleTwiceLater", "Object titleTwiceLater = liveActivity().title(\"A\").segmented(4).step(1).title(\"B\");",
            "method title("),
        new Reject("titleAfterEntry", "Object titleAfterEntry = liveActivityStream(\"A\").progress(4).color(RED).title(\"B\");",
            "method title("),
        new Reject("untitledTitleTwice", "Object untitledTitleTwice = liveActivityEnd().alert(\"m\").title(\"A\").title(\"B\");",
            "method title("),
        new Reject("channelsTwice", "Object channelsTwice = liveActivity(\"D\").progress(1).channels(\"a\").color(RED).channels(\"b\");",
            "method channels("),
        new Reject("channelsTwiceStream", "Object channelsTwiceStream = liveActivityStream().progress(1).channels(\"a\").title(\"D\")"
            + ".channels(java.util.List.of(\"b\"));", "method channels("),
        new Reject("pushChannelsTwice", "Object pushChannelsTwice = push(\"P\").channels(\"a\").message(\"m\").channels(\"b\");",
            "method channels("),
        new Reject("pushMediaChannelsTwice", "Object pushMediaChannelsTwice = push(\"P\").channels(\"a\").media(\"https://m.example/a.png\")"
            + ".channels(java.util.List.of(\"b\"));", "method channels("),
        new Reject("pushActionsChannelsTwice", "Object pushActionsChannelsTwice = push(\"P\").actions(openUrl(\"o\", \"https://a.example\"))"
            + ".channels(\"a\").tags(\"t\").channels(\"b\");", "method channels("),
        new Reject("pushChannelsThenBoth", "Object pushChannelsThenBoth = push(\"P\").channels(\"a\").media(\"https://m.example/a.png\")"
            + ".actions(openUrl(\"o\", \"https://a.example\"));", "method actions("),
        new Reject("postThenGet", "Object postThenGet = webhook(\"Retry\", \"https://a.example\").post(Map.of(\"id\", 1)).get();",
            "method get("),
        new Reject("getThenPost", "Object getThenPost = webhook(\"Retry\", \"https://a.example\").get().post();", "method post(")));
  }

  @Test
  void optionsSaidOnceLeaveEveryOtherOptionOpen() {
    JavaFileObject source = source("OnceThenMore",
        "StartPayload channelsFirst = liveActivity(\"D\").progress(1).channels(\"ops\").color(RED).tags(\"a\").subtitle(\"s\");",
        "StartPayload untitledChannels = liveActivity().segmented(3).step(1).channels(\"ops\").stepColor(GREEN).title(\"D\").icon(icon(\"x\"));",
        "StreamPayload streamChannels = liveActivityStream(\"D\").alert(\"m\").channels(\"ops\").alertBanner(\"t\", \"b\");",
        "com.activitysmith.dsl.Action hook = webhook(\"Retry\", \"https://a.example\").post(Map.of(\"id\", 1));",
        "StartPayload withHook = liveActivity(\"D\").progress(1).action(hook);",
        "PushPayload pushChannelsFirst = push(\"P\").channels(\"ops\").media(\"https://m.example/a.png\").message(\"m\").tags(\"t\");",
        "PushPayload pushChannelsLast = push(\"P\").actions(openUrl(\"o\", \"https://a.example\")).badge(1).channels(\"ops\").sound(\"s\");");
    assertThat(javac().compile(source)).succeededWithoutWarnings();
  }

  @Test
  void startChainsMissingWhatTheirTypeRequiresDoNotCompile() {
    expectRejected("MissingOnStart", List.of(
        new Reject("noTitle", "StartPayload noTitle = liveActivity().segmented(4).step(1).color(YELLOW);",
            "UntitledSegmentedProgressStart cannot be converted to com.activitysmith.payload.StartPayload"),
        new Reject("noStep", "StartPayload noStep = liveActivity(\"D\").segmented(4);",
            "SegmentedProgressStartNeedsCurrentStep cannot be converted"),
        new Reject("noStepCount", "StartPayload noStepCount = liveActivity(\"D\").segmented().step(1);", "method segmented"),
        new Reject("noPercentage", "StartPayload noPercentage = liveActivity(\"D\").progress();", "progress(no arguments)"),
        new Reject("noUpperLimitUntitled", "StartPayload noUpperLimitUntitled = liveActivity().progress(1, 2);",
            "UntitledProgressStart cannot be converted"),
        new Reject("noMetrics", "StartPayload noMetrics = liveActivity(\"D\").metrics();", "metrics(no arguments)"),
        new Reject("noStats", "StartPayload noStats = liveActivity(\"D\").stats();", "stats(no arguments)"),
        new Reject("noMessage", "StartPayload noMessage = liveActivity(\"D\").alert();", "method alert"),
        new Reject("noDuration", "StartPayload noDuration = liveActivity(\"D\").timer();", "method timer"),
        new Reject("untitledTimer", "StartPayload untitledTimer = liveActivity().countUp();",
            "UntitledTimerStart cannot be converted"),
        new Reject("updateIsNoStart", "StartPayload updateIsNoStart = liveActivityUpdate(\"D\").progress(1);",
            "ProgressUpdate cannot be converted to com.activitysmith.payload.StartPayload")));
  }

  @Test
  void updateEndAndStreamChainsMissingWhatTheirTypeRequiresDoNotCompile() {
    expectRejected("MissingLater", List.of(
        new Reject("updateNoStep", "UpdatePayload updateNoStep = liveActivityUpdate(\"D\").segmented();",
            "SegmentedProgressUpdateNeedsCurrentStep cannot be converted"),
        new Reject("updateNoTitle", "UpdatePayload updateNoTitle = liveActivityUpdate().timer();",
            "UntitledTimerUpdate cannot be converted"),
        new Reject("updateNoPercentage", "UpdatePayload updateNoPercentage = liveActivityUpdate(\"D\").progress();",
            "progress(no arguments)"),
        new Reject("updateNoMetrics", "UpdatePayload updateNoMetrics = liveActivityUpdate(\"D\").metrics();", "metrics(no arguments)"),
        new Reject("updateNoMessage", "UpdatePayload updateNoMessage = liveActivityUpdate(\"D\").alert();", "method alert"),
        new Reject("endNoStep", "EndPayload endNoStep = liveActivityEnd(\"D\").segmented();",
            "SegmentedProgressEndNeedsCurrentStep cannot be converted"),
        new Reject("endNoStats", "EndPayload endNoStats = liveActivityEnd(\"D\").stats();", "stats(no arguments)"),
        new Reject("endNoTitle", "EndPayload endNoTitle = liveActivityEnd().alert(\"x\");", "UntitledAlertEnd cannot be converted"),
        new Reject("streamNoStep", "StreamPayload streamNoStep = liveActivityStream(\"D\").segmented();",
            "SegmentedProgressStreamNeedsCurrentStep cannot be converted"),
        new Reject("streamNoTitle", "StreamPayload streamNoTitle = liveActivityStream().progress(1);",
            "UntitledProgressStream cannot be converted"),
        new Reject("streamEndNoTitle", "StreamEndPayload streamEndNoTitle = liveActivityStreamEnd().progress(1);",
            "UntitledProgressStreamEnd cannot be converted"),
        new Reject("streamNoMessage", "StreamPayload streamNoMessage = liveActivityStream(\"D\").alert();", "method alert"),
        new Reject("startIsNoStream", "StreamPayload startIsNoStream = liveActivity(\"D\").progress(1);",
            "ProgressStart cannot be converted to com.activitysmith.payload.StreamPayload")));
  }

  @Test
  void featuresATypeOrPhaseDoesNotSupportDoNotCompile() {
    expectRejected("Unsupported", List.of(
        new Reject("statsColor", "Object statsColor = liveActivity(\"D\").stats(metric(\"a\", 1)).color(RED);", "method color("),
        new Reject("statsBadge", "Object statsBadge = liveActivity(\"D\").stats(metric(\"a\", 1)).badge(badge(\"b\"));", "method badge("),
        new Reject("statsSecondary", "Object statsSecondary = liveActivityUpdate(\"D\").stats(metric(\"a\", 1)).secondaryAction(openUrl(\"a\", \"https://a\"));",
            "method secondaryAction("),
        new Reject("metricsBadge", "Object metricsBadge = liveActivity(\"D\").metrics(metric(\"a\", 1)).badge(badge(\"b\"));", "method badge("),
        new Reject("metricsSecondary", "Object metricsSecondary = liveActivityStream(\"D\").metrics(metric(\"a\", 1)).secondaryAction(openUrl(\"a\", \"https://a\"));",
            "method secondaryAction("),
        new Reject("timerBadge", "Object timerBadge = liveActivity(\"D\").countUp().badge(badge(\"b\"));", "method badge("),
        new Reject("timerSecondary", "Object timerSecondary = liveActivityEnd(\"D\").timer().secondaryAction(openUrl(\"a\", \"https://a\"));",
            "method secondaryAction("),
        new Reject("segmentedRunning", "Object segmentedRunning = liveActivity(\"D\").segmented(3).step(1).running(true);", "method running("),
        new Reject("progressStep", "Object progressStep = liveActivity(\"D\").progress(3).stepColor(RED);", "method stepColor("),
        new Reject("alertMetrics", "Object alertMetrics = liveActivity(\"D\").alert(\"m\").steps(3);", "method steps("),
        new Reject("startDismiss", "Object startDismiss = liveActivity(\"D\").alert(\"m\").autoDismissMinutes(1);", "method autoDismissMinutes("),
        new Reject("endSeconds", "Object endSeconds = liveActivityEnd(\"D\").alert(\"m\").autoDismissSeconds(1);", "method autoDismissSeconds("),
        new Reject("updateBanner", "Object updateBanner = liveActivityUpdate(\"D\").alert(\"m\").alertBanner(\"t\", \"b\");", "method alertBanner("),
        new Reject("streamEndChannels", "Object streamEndChannels = liveActivityStreamEnd(\"D\").progress(1).channels(\"ops\");",
            "method channels("),
        new Reject("streamStateIsNoEnd", "StreamEndPayload streamStateIsNoEnd = liveActivityStream(\"D\").progress(1);",
            "ProgressStream cannot be converted to com.activitysmith.payload.StreamEndPayload"),
        new Reject("streamEndIsNoState", "StreamPayload streamEndIsNoState = liveActivityStreamEnd(\"D\").progress(1);",
            "ProgressStreamEnd cannot be converted to com.activitysmith.payload.StreamPayload"),
        new Reject("updateChannels", "Object updateChannels = liveActivityUpdate(\"D\").progress(1).channels(\"ops\");", "method channels("),
        new Reject("valueUpperLimit", "Object valueUpperLimit = liveActivity(\"D\").value(3).upperLimit(5);", "method upperLimit("),
        new Reject("startCountsDown", "Object startCountsDown = liveActivity(\"D\").countUp().countsDown(true);", "method countsDown("),
        new Reject("mediaThenActions", "Object mediaThenActions = push(\"p\").media(\"https://m\").actions(openUrl(\"a\", \"https://a\"));",
            "method actions("),
        new Reject("actionsThenMedia", "Object actionsThenMedia = push(\"p\").actions(openUrl(\"a\", \"https://a\")).media(\"https://m\");",
            "method media("),
        new Reject("fiveActions", "Object fiveActions = push(\"p\").actions(openUrl(\"a\", \"https://a\"), openUrl(\"b\", \"https://b\"),"
            + " openUrl(\"c\", \"https://c\"), openUrl(\"d\", \"https://d\"), openUrl(\"e\", \"https://e\"));", "actions("),
        new Reject("valueWithoutValue", "Object valueWithoutValue = liveActivity(\"D\").value();", "value(no arguments)"),
        new Reject("valueBoolean", "Object valueBoolean = liveActivityUpdate(\"D\").value(true);", "value(boolean)"),
        new Reject("metadataObject", "Object metadataObject = metadata(\"k\", new Object());", "metadata(java.lang.String,java.lang.Object)"),
        new Reject("metadataMap", "Object metadataMap = push(\"p\").metadata(Map.of(\"k\", 1));", "conforms to com.activitysmith.dsl.Metadata"),
        new Reject("levelAsText", "Object levelAsText = push(\"p\").interruptionLevel(\"time-sensitive\");",
            "cannot be converted to com.activitysmith.generated.model.PushInterruptionLevel"),
        new Reject("valueTypeStep", "Object valueTypeStep = liveActivityStream(\"D\").value(1).steps(3);", "method steps(")));
  }

  private static void expectRejected(String className, List<Reject> cases) {
    JavaFileObject source = source(className, cases.stream().map(Reject::statement).toArray(String[]::new));
    Compilation compilation = javac().compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(cases.size());
    for (Reject r : cases) {
      assertThat(compilation).hadErrorContaining(r.message()).inFile(source).onLineContaining(" " + r.variable() + " =");
    }
  }

  private static JavaFileObject source(String className, String... statements) {
    StringBuilder body = new StringBuilder("package test;\n\n").append(IMPORTS).append("\nclass ").append(className)
        .append(" {\n  void cases() {\n");
    for (String statement : statements) {
      body.append("    ").append(statement).append('\n');
    }
    return JavaFileObjects.forSourceString("test." + className, body.append("  }\n}\n").toString());
  }
}
