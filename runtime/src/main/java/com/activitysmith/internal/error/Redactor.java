package com.activitysmith.internal.error;

import static java.util.Objects.requireNonNull;

import javax.annotation.Nullable;

/**
 * Masks the API key wherever it might appear in text the client produces: exception messages,
 * echoed response bodies, log lines. Thread-safe.
 */
public final class Redactor {
  /** What the key is replaced with. */
  public static final String MASK = "[REDACTED]";

  private final String secret;

  /** Creates a redactor for one key. */
  public Redactor(String secret) {
    this.secret = requireNonNull(secret, "secret == null");
    if (secret.isEmpty()) {
      throw new IllegalArgumentException("secret is empty");
    }
  }

  /** Returns the text with every occurrence of the key masked; null stays null. */
  public @Nullable String redact(@Nullable String text) {
    return text == null || !text.contains(secret) ? text : text.replace(secret, MASK);
  }
}
