package com.activitysmith.exception;

/**
 * The root of every exception the ActivitySmith client throws on purpose.
 *
 * <p>Unchecked; catch it to handle every failure of a call in one place. Instances are immutable
 * once thrown and never mention the API key.
 */
public class ActivitySmithException extends RuntimeException {
  /** Creates an exception with a message. */
  public ActivitySmithException(String message) {
    super(message);
  }

  /** Creates an exception with a message and the failure that caused it. */
  public ActivitySmithException(String message, Throwable cause) {
    super(message, cause);
  }
}
