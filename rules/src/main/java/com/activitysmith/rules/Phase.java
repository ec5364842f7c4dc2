package com.activitysmith.rules;

import java.util.Locale;

/** The kind of call a Live Activity content state is sent with; each has its own requirements. */
public enum Phase {
  /** {@code POST /live-activity/start}, and a stream PUT that starts a new activity. */
  START,
  /** {@code POST /live-activity/update}. */
  UPDATE,
  /** {@code POST /live-activity/end}. */
  END,
  /** {@code PUT} and {@code DELETE /live-activity/stream/{stream_key}}. */
  STREAM;

  /**
   * The key this phase has in the spec's {@code x-activitysmith-live-activity-types}.
   *
   * @return the lower-case name ({@code start})
   */
  public String specKey() {
    return name().toLowerCase(Locale.ROOT);
  }
}
