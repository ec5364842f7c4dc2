package com.activitysmith.rules;

/** The spec could not be read, or its rules extension is malformed; the message says where. */
public final class SpecFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * A spec that cannot be used.
   *
   * @param message what is wrong, and where
   */
  public SpecFormatException(String message) {
    super(message);
  }

  /**
   * A spec that cannot be read.
   *
   * @param message what is wrong, and where
   * @param cause the parser's error
   */
  public SpecFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
