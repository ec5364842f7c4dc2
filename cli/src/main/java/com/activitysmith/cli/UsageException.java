package com.activitysmith.cli;

/** The command line itself is wrong (a missing key, an unreadable file); exit code {@link ExitCodes#USAGE}. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }

  UsageException(String message, Throwable cause) {
    super(message, cause);
  }
}
