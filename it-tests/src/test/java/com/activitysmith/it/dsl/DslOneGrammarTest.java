package com.activitysmith.it.dsl;

import static com.activitysmith.dsl.Dsl.*;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.activitysmith.generated.JsonSupport;
import com.activitysmith.generated.validation.RequestRules;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One grammar for every phase: what a type's entry method takes ({@code number_of_steps} for
 * segmented progress, {@code duration_seconds} or {@code counts_down=false} for a timer) is said
 * there, the same way on start, update, end, stream and stream end, and nowhere later in the
 * chain. Where a phase requires nothing of it, the bare entry method is there too.
 */
class DslOneGrammarTest {
  private static final String ID = "act_7Yp2QmV9";

  /** The chooser call of each phase, keyed by the payload interface it produces. */
  private static final List<String[]> PHASES = List.of(
      new String[] {"UpdatePayload", "liveActivityUpdate"},
      new String[] {"EndPayload", "liveActivityEnd"},
      new String[] {"StreamPayload", "liveActivityStream"},
      new String[] {"StreamEndPayload", "liveActivityStreamEnd"});

  @Test
  void theEntryFormsCompileInEveryPhaseAndTheBareEntryWhereNothingIsRequired() {
    List<String> statements = new ArrayList<>(List.of(
        "StartPayload startSegmented = liveActivity(\"D\").segmented(4).step(1).color(YELLOW);",
        "StartPayload startTimer = liveActivity(\"D\").timer(Duration.ofMinutes(5)).running(true).color(CYAN);",
        "StartPayload startCountUp = liveActivity(\"D\").countUp().color(CYAN).running(false);",
        "StartPayload startUntitled = liveActivity().countUp().running(false).title(\"D\");"));
    for (String[] phase : PHASES) {
      String p = phase[1];
      statements.addAll(List.of(
          phase[0] + " " + p + "Segmented = " + p + "(\"D\").segmented().step(2);",
          phase[0] + " " + p + "SegmentedCount = " + p + "(\"D\").segmented(5).step(2).stepColor(GREEN);",
          phase[0] + " " + p + "Timer = " + p + "(\"D\").timer().running(false);",
          phase[0] + " " + p + "TimerDuration = " + p + "(\"D\").timer(Duration.ofSeconds(90)).color(RED).running(true);",
          phase[0] + " " + p + "CountUp = " + p + "(\"D\").countUp().running(false).color(RED);",
          phase[0] + " " + p + "Untitled = " + p + "().segmented(5).step(2).title(\"D\");"));
    }
    assertThat(javac().compile(source("EntryForms", statements))).succeededWithoutWarnings();
  }

  @Test
  void whatTheEntryTakesIsNoLaterOptionInAnyPhase() {
    List<String[]> cases = new ArrayList<>(List.of(
        new String[] {"startSteps", "Object startSteps = liveActivity(\"D\").segmented(4).step(1).steps(5);", "method steps("},
        new String[] {"startStepsBeforeStep", "Object startStepsBeforeStep = liveActivity(\"D\").segmented(4).steps(5);", "method steps("},
        new String[] {"startCountsDown", "Object startCountsDown = liveActivity(\"D\").timer(Duration.ofMinutes(5)).countsDown(false);",
            "method countsDown("},
        new String[] {"startDuration", "Object startDuration = liveActivity(\"D\").countUp().duration(Duration.ofMinutes(5));",
            "method duration("},
        new String[] {"startBareTimer", "Object startBareTimer = liveActivity(\"D\").timer().running(false);", "method timer"},
        new String[] {"startBareSegmented", "Object startBareSegmented = liveActivity(\"D\").segmented().step(1);", "method segmented"}));
    for (String[] phase : PHASES) {
      String p = phase[1];
      cases.addAll(List.of(
          new String[] {p + "Steps", "Object " + p + "Steps = " + p + "(\"D\").segmented().step(2).steps(5);", "method steps("},
          new String[] {p + "CountsDown", "Object " + p + "CountsDown = " + p + "(\"D\").timer().countsDown(false);", "method countsDown("},
          new String[] {p + "Duration", "Object " + p + "Duration = " + p + "(\"D\").timer().duration(Duration.ofSeconds(90));",
              "method duration("}));
    }
    JavaFileObject source = source("RemovedForms", cases.stream().map(c -> c[1]).toList());
    Compilation compilation = javac().compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(cases.size());
    for (String[] c : cases) {
      assertThat(compilation).hadErrorContaining(c[2]).inFile(source).onLineContaining(" " + c[0] + " =");
    }
  }

  @Test
  void segmentedSendsItsNumberOfStepsFromTheEntryInEveryPhase() {
    String state = "\"title\":\"Deploy\",\"type\":\"segmented_progress\",\"number_of_steps\":5,\"current_step\":2";
    sends("startLiveActivity", liveActivity("Deploy").segmented(5).step(2).toStartRequest(),
        "{\"content_state\":{" + state + "}}");
    sends("updateLiveActivity", liveActivityUpdate("Deploy").segmented(5).step(2).toUpdateRequest(ID),
        "{\"activity_id\":\"" + ID + "\",\"content_state\":{" + state + "}}");
    sends("endLiveActivity", liveActivityEnd("Deploy").segmented(5).step(2).toEndRequest(ID),
        "{\"activity_id\":\"" + ID + "\",\"content_state\":{" + state + "}}");
    sends("reconcileLiveActivityStream", liveActivityStream("Deploy").segmented(5).step(2).toStreamRequest(),
        "{\"content_state\":{" + state + "}}");
    sends("endLiveActivityStream", liveActivityStreamEnd("Deploy").segmented(5).step(2).toStreamDeleteRequest(),
        "{\"content_state\":{" + state + "}}");
    sends("updateLiveActivity", liveActivityUpdate("Deploy").segmented().step(2).toUpdateRequest(ID),
        "{\"activity_id\":\"" + ID + "\",\"content_state\":{\"title\":\"Deploy\",\"type\":\"segmented_progress\",\"current_step\":2}}");
  }

  @Test
  void aTimerSendsItsDurationFromTheEntryInEveryPhase() {
    String state = "\"title\":\"Bench\",\"type\":\"timer\",\"duration_seconds\":90";
    sends("startLiveActivity", liveActivity("Bench").timer(Duration.ofSeconds(90)).toStartRequest(),
        "{\"content_state\":{" + state + "}}");
    sends("updateLiveActivity", liveActivityUpdate("Bench").timer(Duration.ofSeconds(90)).toUpdateRequest(ID),
        "{\"activity_id\":\"" + ID + "\",\"content_state\":{" + state + "}}");
    sends("endLiveActivity", liveActivityEnd("Bench").timer(Duration.ofSeconds(90)).toEndRequest(ID),
        "{\"activity_id\":\"" + ID + "\",\"content_state\":{" + state + "}}");
    sends("reconcileLiveActivityStream", liveActivityStream("Bench").timer(Duration.ofSeconds(90)).toStreamRequest(),
        "{\"content_state\":{" + state + "}}");
    sends("endLiveActivityStream", liveActivityStreamEnd("Bench").timer(Duration.ofSeconds(90)).toStreamDeleteRequest(),
        "{\"content_state\":{" + state + "}}");
  }

  @Test
  void aCountUpSendsCountsDownFalseInEveryPhaseAndTheBareTimerSendsNeither() {
    String state = "\"title\":\"On call\",\"type\":\"timer\",\"counts_down\":false";
    sends("startLiveActivity", liveActivity("On call").countUp().toStartRequest(),
        "{\"content_state\":{" + state + "}}");
    sends("updateLiveActivity", liveActivityUpdate("On call").countUp().toUpdateRequest(ID),
        "{\"activity_id\":\"" + ID + "\",\"content_state\":{" + state + "}}");
    sends("endLiveActivity", liveActivityEnd("On call").countUp().running(false).toEndRequest(ID),
        "{\"activity_id\":\"" + ID + "\",\"content_state\":{" + state + ",\"is_running\":false}}");
    sends("reconcileLiveActivityStream", liveActivityStream("On call").countUp().toStreamRequest(),
        "{\"content_state\":{" + state + "}}");
    sends("endLiveActivityStream", liveActivityStreamEnd("On call").countUp().running(false).toStreamDeleteRequest(),
        "{\"content_state\":{" + state + ",\"is_running\":false}}");
    sends("updateLiveActivity", liveActivityUpdate("On call").timer().running(false).toUpdateRequest(ID),
        "{\"activity_id\":\"" + ID + "\",\"content_state\":{\"title\":\"On call\",\"type\":\"timer\",\"is_running\":false}}");
  }

  @SuppressWarnings("unchecked")
  private static void sends(String operationId, Object record, String expectedJson) {
    assertThat(JsonSupport.moshi().adapter((Class<Object>) record.getClass()).toJson(record)).isEqualTo(expectedJson);
    assertThat(RequestRules.validate(operationId, record)).isEmpty();
  }

  private static JavaFileObject source(String className, List<String> statements) {
    StringBuilder body = new StringBuilder("package test;\n\n")
        .append("import static com.activitysmith.dsl.Dsl.*;\nimport com.activitysmith.payload.*;\nimport java.time.Duration;\n")
        .append("\nclass ").append(className).append(" {\n  void cases() {\n");
    for (String statement : statements) {
      body.append("    ").append(statement).append('\n');
    }
    return JavaFileObjects.forSourceString("test." + className, body.append("  }\n}\n").toString());
  }
}
