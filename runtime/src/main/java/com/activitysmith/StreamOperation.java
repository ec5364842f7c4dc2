package com.activitysmith;

import com.activitysmith.generated.model.StreamPutOperation;
import javax.annotation.Nullable;

/** What sending a stream's latest state did. */
public enum StreamOperation {
  /** The first state for the key: a new Live Activity started. */
  STARTED,
  /** The running Live Activity now shows the new state. */
  UPDATED,
  /**
   * The type changed or the old activity expired: the previous one ended and a new one started
   * ({@link StreamResult#previousActivityId()} names the old one).
   */
  ROTATED,
  /** The state equals the last one sent; nothing was delivered. */
  NOOP,
  /** The stream is paused in the ActivitySmith app; nothing was delivered. */
  PAUSED,
  /** An operation this version of the SDK does not know; the service added it later. */
  UNKNOWN;

  static StreamOperation from(@Nullable StreamPutOperation operation) {
    if (operation == null) {
      return UNKNOWN;
    }
    switch (operation) {
      case STARTED:
        return STARTED;
      case UPDATED:
        return UPDATED;
      case ROTATED:
        return ROTATED;
      case NOOP:
        return NOOP;
      case PAUSED:
        return PAUSED;
      default:
        return UNKNOWN;
    }
  }
}
