package com.activitysmith.cli;

/**
 * The exit codes of {@code activitysmith}, one per kind of outcome so that scripts can act on them.
 * {@code watch} is the exception: it exits with the watched command's code. {@code --help} lists
 * them from {@link ActivitySmithCli}'s {@code exitCodeList}, README.md in a table.
 */
final class ExitCodes {
  /** The request was accepted. */
  static final int OK = 0;
  /** Something unexpected failed inside the command line itself. */
  static final int INTERNAL = 1;
  /** The command line was wrong: an unknown command or option, a missing or malformed argument, an unreadable file. */
  static final int USAGE = 2;
  /** A request broke the API's rules; nothing was sent. */
  static final int VALIDATION = 3;
  /** The key was missing, invalid (401), or not allowed to do this (403). */
  static final int AUTH = 4;
  /** The rate limit or the concurrent Live Activity limit was hit (429), after the client's retries. */
  static final int RATE_LIMIT = 5;
  /** Any other error answer of the service (no recipients, not found, billing, 5xx, ...). */
  static final int API_ERROR = 6;
  /** No answer came: timeout, refused connection, DNS or TLS failure. */
  static final int NETWORK = 7;
  /** The demo was not confirmed. */
  static final int NOT_CONFIRMED = 8;

  private ExitCodes() {}
}
