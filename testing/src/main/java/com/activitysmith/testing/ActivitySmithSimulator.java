package com.activitysmith.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs tests against an embedded ActivitySmith {@link Simulator}: parameters of type {@link
 * Simulator} and {@code com.activitysmith.ActivitySmith} (a client pointed at it) are injected.
 *
 * <pre>{@code
 * @ActivitySmithSimulator
 * class DeployNotifierTest {
 *   @Test
 *   void showsEachStep(ActivitySmith client, Simulator simulator) {
 *     new DeployNotifier(client).run();
 *     assertThat(simulator).showsLiveActivity("Deploy").atStep(3);
 *   }
 * }
 * }</pre>
 *
 * <p>By default every test method gets a fresh simulator ({@link Lifecycle#PER_METHOD}); with
 * {@link Lifecycle#PER_CLASS} one simulator serves the whole class, and may also be injected into
 * constructors and {@code @BeforeAll} methods. On a method, the annotation gives that method its
 * own simulator with the method's settings. For settings the annotation does not offer, register
 * {@link SimulatorExtension#using(Simulator.Builder)} instead.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(SimulatorExtension.class)
public @interface ActivitySmithSimulator {
  /** Whether each test method gets its own simulator or the class shares one. */
  enum Lifecycle {
    /** A fresh simulator for every test method (the default). */
    PER_METHOD,
    /** One simulator for all the test methods of the class, closed after the last. */
    PER_CLASS
  }

  /**
   * Default {@link Lifecycle#PER_METHOD}.
   *
   * @return when the simulator starts and stops
   */
  Lifecycle lifecycle() default Lifecycle.PER_METHOD;

  /**
   * Accepted API keys, {@code "KEY"} or {@code "KEY=channel,channel"} for a channel-scoped key; the first is injected clients' key. Default {@value Simulator#DEFAULT_API_KEY}.
   *
   * @return the accepted keys
   */
  String[] apiKeys() default {};

  /**
   * Channels, {@code "slug"} (one device) or {@code "slug:devices"}. Default none.
   *
   * @return the account's channels
   */
  String[] channels() default {};

  /**
   * Devices paired with the account. Default 1.
   *
   * @return how many devices are paired
   */
  int devices() default 1;

  /**
   * Concurrent Live Activities; 0 switches the limit off. Default 4.
   *
   * @return the concurrent Live Activity limit, or 0 for none
   */
  int activityLimit() default 4;

  /**
   * Requests per minute for the account in each rate-limit policy; 0 switches the limits off.
   * Default -1: the service's quotas (see {@link Simulator.Builder#rateLimit(int)}).
   *
   * @return the requests per minute, 0 for none, or -1 for the service's quotas
   */
  int rateLimit() default -1;

  /**
   * Answers as the older deployment did; see {@link Simulator.Builder#legacy()}. Default false.
   *
   * @return whether to answer as the older deployment
   */
  boolean legacy() default false;
}
