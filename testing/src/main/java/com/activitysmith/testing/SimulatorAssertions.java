package com.activitysmith.testing;

/**
 * Entry points of the fluent assertions over a simulator, its lock screen and its journal, built
 * on AssertJ. Static-import {@code assertThat} next to AssertJ's own; the argument type picks.
 *
 * <pre>{@code
 * assertThat(simulator).showsLiveActivity("Deploy").isActive().atStep(3).ofSteps(4);
 * assertThat(simulator).sentExactlyOnePush("Deploy finished");
 * assertThat(simulator).journal().hasDelivered(Endpoint.PUSH, 1);
 * }</pre>
 */
public final class SimulatorAssertions {
  private SimulatorAssertions() {}

  /**
   * Assertions over what the simulator shows and received, read fresh on each call.
   *
   * @param simulator the simulator
   * @return the assertions
   */
  public static SimulatorAssert assertThat(Simulator simulator) {
    return new SimulatorAssert(simulator);
  }

  /**
   * Assertions over one Live Activity card.
   *
   * @param card the card
   * @return the assertions
   */
  public static LiveActivityCardAssert assertThat(LiveActivityCard card) {
    return new LiveActivityCardAssert(card);
  }

  /**
   * Assertions over a journal snapshot.
   *
   * @param journal the journal snapshot
   * @return the assertions
   */
  public static JournalAssert assertThat(Journal journal) {
    return new JournalAssert(journal);
  }
}
