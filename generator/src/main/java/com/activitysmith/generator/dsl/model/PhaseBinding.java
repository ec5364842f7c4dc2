package com.activitysmith.generator.dsl.model;

import com.activitysmith.rules.Phase;
import java.util.List;

/**
 * How one phase reaches the client: the entry method that starts its chain, the chooser
 * interface it returns, and the payload interfaces a finished chain implements.
 *
 * <p>This is the Java side of each phase (the runtime's payload interfaces and generated request
 * records), not per-type knowledge, so it lives here rather than in the spec.
 */
public enum PhaseBinding {
  /** A Live Activity start: {@code liveActivity(..)}. */
  START(Phase.START, "liveActivity", "LiveActivityStart", "Start",
      List.of(new Payload("StartPayload", "toStartRequest", "LiveActivityStartRequest", false))),
  /** An update of a running Live Activity: {@code liveActivityUpdate(..)}. */
  UPDATE(Phase.UPDATE, "liveActivityUpdate", "LiveActivityUpdate", "Update",
      List.of(new Payload("UpdatePayload", "toUpdateRequest", "LiveActivityUpdateRequest", true))),
  /** The end of a Live Activity: {@code liveActivityEnd(..)}. */
  END(Phase.END, "liveActivityEnd", "LiveActivityEnd", "End",
      List.of(new Payload("EndPayload", "toEndRequest", "LiveActivityEndRequest", true))),
  /** A stream's latest state, for its PUT: {@code liveActivityStream(..)}. */
  STREAM(Phase.STREAM, "liveActivityStream", "LiveActivityStream", "Stream",
      List.of(new Payload("StreamPayload", "toStreamRequest", "LiveActivityStreamRequest", false))),
  /**
   * A stream's final state, for its DELETE: {@code liveActivityStreamEnd(..)}. Its own chain, so it
   * offers exactly what the DELETE takes (no channels) and nothing is dropped on the way.
   */
  STREAM_END(Phase.STREAM, "liveActivityStreamEnd", "LiveActivityStreamEnd", "StreamEnd",
      List.of(new Payload("StreamEndPayload", "toStreamDeleteRequest", "LiveActivityStreamDeleteRequest", false)));

  /** Package of the runtime's payload interfaces. */
  public static final String PAYLOAD_PACKAGE = "com.activitysmith.payload";
  /** Package of the generated request records. */
  public static final String MODEL_PACKAGE = "com.activitysmith.generated.model";

  /**
   * One runtime payload interface.
   *
   * @param interfaceName simple name in {@link #PAYLOAD_PACKAGE}
   * @param method its single abstract method
   * @param requestSchema the request record (and spec schema) the method returns
   * @param takesActivityId whether the method takes the activity id
   */
  public record Payload(String interfaceName, String method, String requestSchema, boolean takesActivityId) {}

  private final Phase phase;
  private final String entryMethod;
  private final String chooser;
  private final String suffix;
  private final List<Payload> payloads;

  PhaseBinding(Phase phase, String entryMethod, String chooser, String suffix, List<Payload> payloads) {
    this.phase = phase;
    this.entryMethod = entryMethod;
    this.chooser = chooser;
    this.suffix = suffix;
    this.payloads = payloads;
  }

  /**
   * The phase whose requirements apply.
   *
   * @return the rules' phase
   */
  public Phase phase() {
    return phase;
  }

  /**
   * The static entry method ({@code liveActivity}).
   *
   * @return the method name
   */
  public String entryMethod() {
    return entryMethod;
  }

  /**
   * Simple name of the titled chooser interface; the untitled one is prefixed {@code Untitled}.
   *
   * @return the simple name
   */
  public String chooser() {
    return chooser;
  }

  /**
   * Suffix of the per-type step names ({@code SegmentedProgressStart}).
   *
   * @return the suffix ({@code Start})
   */
  public String suffix() {
    return suffix;
  }

  /**
   * The runtime payload interfaces a finished chain of this phase implements.
   *
   * @return the payload interfaces, in order
   */
  public List<Payload> payloads() {
    return payloads;
  }
}
