package com.activitysmith.rules;

/** The spec could not be read, or its rules extension is malformed; the message says where. */
public final class SpecFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SpecFormatException(String message) {
    super(message);
  }

  public SpecFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
