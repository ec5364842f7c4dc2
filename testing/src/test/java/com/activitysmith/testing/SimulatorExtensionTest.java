package com.activitysmith.testing;

import static com.activitysmith.testing.SimulatorAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.activitysmith.ActivitySmith;
import com.activitysmith.RetryPolicy;
import com.activitysmith.exception.ApiConnectionException;
import com.activitysmith.generated.model.PushNotificationRequest;
import com.activitysmith.payload.PushPayload;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The JUnit extension, run through the JUnit engine on small test classes: what it injects, how
 * long a simulator lives, and that it is closed afterwards.
 */
class SimulatorExtensionTest {
  /** Simulators the sample classes saw, to check after the run. */
  static final List<Simulator> SEEN = new ArrayList<>();

  private static Events run(Class<?> testClass) {
    SEEN.clear();
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute().testEvents();
  }

  private static PushPayload pushTitled(String title) {
    return PushPayload.of(PushNotificationRequest.builder().title(title).build());
  }

  @Test
  void injectsAFreshSimulatorAndAClientPointedAtItIntoEachMethod() {
    Events events = run(PerMethodSample.class);

    events.assertStatistics(stats -> stats.started(2).succeeded(2));
    assertThat(SEEN).hasSize(2);
    assertThat(SEEN.get(0)).isNotSameAs(SEEN.get(1));
    assertClosed(SEEN);
  }

  @Test
  void sharesOneSimulatorAcrossTheClassWhenAskedTo() {
    Events events = run(PerClassSample.class);

    events.assertStatistics(stats -> stats.started(2).succeeded(2));
    assertThat(SEEN).hasSize(3).allSatisfy(s -> assertThat(s).isSameAs(SEEN.get(0)));
    assertClosed(SEEN.subList(0, 1));
  }

  @Test
  void takesItsSettingsFromTheAnnotationAndAMethodsOwnAnnotation() {
    Events events = run(SettingsSample.class);

    events.assertStatistics(stats -> stats.started(2).succeeded(2));
  }

  @Test
  void registeredProgrammaticallyItUsesTheGivenBuilder() {
    Events events = run(ProgrammaticSample.class);

    events.assertStatistics(stats -> stats.started(1).succeeded(1));
  }

  @Test
  void refusesToShareAPerMethodSimulatorWithBeforeAll() {
    Events events = EngineTestKit.engine("junit-jupiter").selectors(selectClass(MisuseSample.class)).execute()
        .containerEvents();

    events.failed().assertThatEvents().singleElement().satisfies(event ->
        assertThat(event.getPayload(TestExecutionResult.class).orElseThrow()
            .getThrowable().orElseThrow()).hasMessageContaining("lifecycle = PER_CLASS"));
  }

  /** A closed simulator no longer accepts connections. */
  private static void assertClosed(List<Simulator> simulators) {
    for (Simulator simulator : simulators) {
      try (ActivitySmith client = ActivitySmith.builder().apiKey(simulator.apiKey()).baseUrl(simulator.baseUrl())
          .retryPolicy(RetryPolicy.none()).build()) {
        assertThatThrownBy(() -> client.notifications().send(pushTitled("x"))).isInstanceOf(ApiConnectionException.class);
      }
    }
  }

  @ActivitySmithSimulator
  static class PerMethodSample {
    @Test
    void first(Simulator simulator, ActivitySmith client) {
      SEEN.add(simulator);
      client.notifications().send(pushTitled("first"));
      assertThat(simulator).sentPushCount(1);
    }

    @Test
    void second(Simulator simulator, ActivitySmith client) {
      SEEN.add(simulator);
      client.notifications().send(pushTitled("second"));
      assertThat(simulator).sentPushCount(1).sentNoPush("first");
    }
  }

  @ActivitySmithSimulator(lifecycle = ActivitySmithSimulator.Lifecycle.PER_CLASS)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class PerClassSample {
    @BeforeAll
    static void before(Simulator simulator) {
      SEEN.add(simulator);
    }

    @Test
    @Order(1)
    void first(Simulator simulator, ActivitySmith client) {
      SEEN.add(simulator);
      client.notifications().send(pushTitled("first"));
    }

    @Test
    @Order(2)
    void second(Simulator simulator) {
      assertThat(simulator).sentExactlyOnePush("first");
      SEEN.add(simulator);
    }
  }

  @ActivitySmithSimulator(apiKeys = {"ask_class", "ask_ops=ops"}, channels = "ops:3", devices = 2, rateLimit = 0)
  static class SettingsSample {
    @Test
    void classSettings(Simulator simulator, ActivitySmith client) {
      assertThat(simulator.apiKey()).isEqualTo("ask_class");
      assertThat(client.notifications().send(pushTitled("all")).devicesNotified()).isEqualTo(2);
      assertThat(client.notifications().channels("ops").send(pushTitled("ops")).devicesNotified()).isEqualTo(3);
    }

    @Test
    @ActivitySmithSimulator(activityLimit = 0)
    void methodSettingsReplaceTheClasses(Simulator simulator) {
      assertThat(simulator.apiKey()).isEqualTo(Simulator.DEFAULT_API_KEY);
    }
  }

  static class ProgrammaticSample {
    @RegisterExtension
    static SimulatorExtension extension = SimulatorExtension.using(Simulator.builder().apiKey("ask_custom").devices(5));

    @Test
    void usesTheBuilder(Simulator simulator, ActivitySmith client) {
      assertThat(simulator.apiKey()).isEqualTo("ask_custom");
      assertThat(client.notifications().send(pushTitled("x")).devicesNotified()).isEqualTo(5);
    }
  }

  @ActivitySmithSimulator
  static class MisuseSample {
    @BeforeAll
    static void before(Simulator simulator) {
      SEEN.add(simulator);
    }

    @BeforeEach
    void each() {
    }

    @Test
    void test() {
    }
  }
}
