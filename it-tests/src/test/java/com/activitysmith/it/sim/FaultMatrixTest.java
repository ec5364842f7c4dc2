package com.activitysmith.it.sim;

import static com.activitysmith.dsl.Dsl.GREEN;
import static com.activitysmith.dsl.Dsl.liveActivity;
import static com.activitysmith.dsl.Dsl.liveActivityEnd;
import static com.activitysmith.dsl.Dsl.liveActivityStream;
import static com.activitysmith.dsl.Dsl.liveActivityStreamEnd;
import static com.activitysmith.dsl.Dsl.liveActivityUpdate;
import static com.activitysmith.dsl.Dsl.push;
import static com.activitysmith.testing.SimulatorAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.activitysmith.ActivitySmith;
import com.activitysmith.RetryPolicy;
import com.activitysmith.exception.ApiConnectionException;
import com.activitysmith.exception.ApiException;
import com.activitysmith.exception.ServerException;
import com.activitysmith.testing.Fault;
import com.activitysmith.testing.JournalEntry;
import com.activitysmith.testing.LiveActivityCard;
import com.activitysmith.testing.Endpoint;
import com.activitysmith.testing.Simulator;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fault kind the simulator plays, against every operation the client offers: the call
 * either succeeds after retrying or throws the typed exception for what happened; the journal
 * shows no push or start delivered twice; and every activity, stream, metric and badge ends up in
 * the state the caller asked for whenever the service handled the request.
 *
 * <p>The client is retried by its default policy (3 attempts) with a sleeper that does not sleep;
 * for the delay fault its read timeout is short, so that the delayed answer is a timeout.
 */
class FaultMatrixTest {
  /** Short enough that a delayed answer times out; used only where the fault is a delay. */
  private static final Duration IMPATIENT = Duration.ofMillis(300);
  private static final Duration DELAY = Duration.ofMillis(1200);
  /** Generous elsewhere, so that a slow machine never turns another fault into a timeout. */
  private static final Duration PATIENT = Duration.ofSeconds(10);

  /** What the client is expected to do with a fault on an operation. */
  enum Outcome {
    /** The call returns normally, after a retry when the fault allowed one. */
    SUCCEEDS,
    /** {@link ServerException}: the service said 5xx and the operation may not be repeated. */
    SERVER_EXCEPTION,
    /** {@link ApiConnectionException}: the answer never arrived and the operation may not be repeated. */
    CONNECTION_EXCEPTION,
    /** A plain {@link ApiException} with status 200: the answer arrived but could not be read. */
    UNREADABLE_ANSWER
  }

  static Stream<Arguments> matrix() {
    List<Fault> faults = List.of(
        Fault.serverError(500), Fault.serverError(502), Fault.serverError(503),
        Fault.rateLimited(Duration.ZERO),
        Fault.delay(DELAY),
        Fault.resetMidResponse(),
        Fault.truncatedJson(),
        Fault.htmlErrorPage(502));
    List<Arguments> cases = new ArrayList<>();
    for (Fault fault : faults) {
      for (Endpoint operation : Endpoint.values()) {
        cases.add(Arguments.of(fault, operation, expected(fault, operation)));
      }
    }
    return cases.stream();
  }

  /**
   * The client retries push and start only when the service provably did not act; the other
   * operations set state, so every transient fault, a truncated answer included, is asked again.
   */
  static Outcome expected(Fault fault, Endpoint operation) {
    boolean repeatable = operation != Endpoint.PUSH && operation != Endpoint.START;
    return switch (fault.kind()) {
      case RATE_LIMITED -> Outcome.SUCCEEDS;
      case SERVER_ERROR, HTML_ERROR_PAGE -> repeatable ? Outcome.SUCCEEDS : Outcome.SERVER_EXCEPTION;
      case DELAY, RESET_MID_RESPONSE -> repeatable ? Outcome.SUCCEEDS : Outcome.CONNECTION_EXCEPTION;
      case TRUNCATED_JSON -> repeatable ? Outcome.SUCCEEDS : Outcome.UNREADABLE_ANSWER;
      // Badge delivery faults are typed answers, not transport trouble: TodayAndLegacyEndToEndTest covers them.
      case BADGE_DEVICE_DISCONNECTED, BADGE_UPDATE_FAILED -> throw new AssertionError("not in the matrix: " + fault);
    };
  }

  /** Runs every operation once, so that no case pays for compiling the spec's schemas. */
  @BeforeAll
  static void warmUp() {
    try (Simulator simulator = Simulator.start();
        ActivitySmith client = ActivitySmith.builder().apiKey(simulator.apiKey()).baseUrl(simulator.baseUrl()).build()) {
      Scenario scenario = new Scenario(client, simulator);
      for (Endpoint operation : Endpoint.values()) {
        scenario.prepare(operation);
        scenario.perform(operation);
      }
      assertThat(simulator).journal().allSucceeded();
    }
  }

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @MethodSource("matrix")
  void theClientRecoversOrFailsTypedAndNoStateIsLost(Fault fault, Endpoint operation, Outcome outcome) {
    try (Simulator simulator = Simulator.builder().noRateLimit().start();
        ActivitySmith client = ActivitySmith.builder()
            .apiKey(simulator.apiKey())
            .baseUrl(simulator.baseUrl())
            .readTimeout(fault.kind() == Fault.Kind.DELAY ? IMPATIENT : PATIENT)
            .retryPolicy(RetryPolicy.builder().sleeper(wait -> { }).build())
            .build()) {
      Scenario scenario = new Scenario(client, simulator);
      scenario.prepare(operation);
      simulator.faults().next(operation, fault);

      Throwable thrown = catchThrowable(() -> scenario.perform(operation));

      switch (outcome) {
        case SUCCEEDS -> assertThat(thrown).as("%s on %s", fault, operation).isNull();
        case SERVER_EXCEPTION -> assertThat(thrown).isInstanceOf(ServerException.class)
            .satisfies(e -> assertThat(((ApiException) e).statusCode()).isEqualTo(fault.status()));
        case CONNECTION_EXCEPTION -> assertThat(thrown).isInstanceOf(ApiConnectionException.class)
            .satisfies(e -> assertThat(((ApiConnectionException) e).requestSent()).isTrue());
        case UNREADABLE_ANSWER -> assertThat(thrown).isExactlyInstanceOf(ApiException.class)
            .satisfies(e -> assertThat(((ApiException) e).statusCode()).isEqualTo(200));
      }
      assertThat(simulator.faults().pending()).isZero();

      // The service acted if any attempt was delivered: a fault played after handling, or a retry.
      boolean handled = simulator.journal().entries(operation).stream().anyMatch(JournalEntry::delivered);
      assertThat(handled).as("handled").isEqualTo(outcome == Outcome.SUCCEEDS || fault.handlesRequest());
      if (handled) {
        scenario.verifyFinalState(operation);
      }
      // Never twice: pushes and starts are not repeated once the service may have acted.
      assertThat(simulator.journal().deliveredCount(Endpoint.PUSH)).isLessThanOrEqualTo(1);
      assertThat(simulator.lockScreen().pushes()).hasSizeLessThanOrEqualTo(1);
      if (operation == Endpoint.START) {
        assertThat(simulator.journal().deliveredCount(Endpoint.START)).isLessThanOrEqualTo(1);
        assertThat(simulator.lockScreen().allLiveActivities()).hasSizeLessThanOrEqualTo(1);
      }
    }
  }

  /** Puts the simulator in the state an operation needs, performs it, and checks what it left. */
  private static final class Scenario {
    private final ActivitySmith client;
    private final Simulator simulator;
    private String activityId;

    Scenario(ActivitySmith client, Simulator simulator) {
      this.client = client;
      this.simulator = simulator;
    }

    void prepare(Endpoint operation) {
      switch (operation) {
        case UPDATE, END -> activityId = client.liveActivities()
            .start(liveActivity().segmented(4).step(1).title("Deploy")).activityId();
        case END_STREAM -> client.liveActivities().stream("backup", liveActivityStream("Backup").progress(90));
        default -> { }
      }
    }

    void perform(Endpoint operation) {
      switch (operation) {
        case PUSH -> client.notifications().send(push("Deploy finished").message("v2.4.0 is live"));
        case START -> client.liveActivities().start(liveActivity().segmented(4).step(1).title("Deploy"));
        case UPDATE -> client.liveActivities().update(activityId, liveActivityUpdate("Deploy").segmented().step(3));
        case END -> client.liveActivities().end(activityId, liveActivityEnd("Deploy").segmented().step(4).color(GREEN));
        case STREAM -> client.liveActivities().stream("backup", liveActivityStream("Backup").progress(42));
        case END_STREAM -> client.liveActivities().endStream("backup", liveActivityStreamEnd("Backup").progress(100));
        case METRIC -> client.metrics().update("api.uptime", new BigDecimal("99.95"));
        case BADGE -> client.badges().set(7);
      }
    }

    void verifyFinalState(Endpoint operation) {
      switch (operation) {
        case PUSH -> assertThat(simulator).sentExactlyOnePush("Deploy finished");
        case START -> assertThat(simulator).showsLiveActivity("Deploy").isActive().atStep(1).ofSteps(4);
        case UPDATE -> assertThat(simulator).liveActivity(activityId).isActive().atStep(3).ofSteps(4);
        case END -> assertThat(simulator).liveActivity(activityId).isEnded().atStep(4).hasField("color", "green");
        case STREAM -> assertThat(simulator).stream("backup").isActive().atPercentage(42);
        case END_STREAM -> {
          LiveActivityCard last = simulator.lockScreen().stream("backup").orElseThrow();
          assertThat(last).isEnded().atPercentage(100);
        }
        case METRIC -> assertThat(simulator).hasMetric("api.uptime", new BigDecimal("99.95"));
        case BADGE -> assertThat(simulator).hasBadge(7);
      }
    }
  }
}
