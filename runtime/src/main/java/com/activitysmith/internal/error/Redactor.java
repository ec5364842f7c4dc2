package com.activitysmith.internal.error;

import static java.util.Objects.requireNonNull;

import java.util.IdentityHashMap;
import java.util.Map;
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

  /**
   * Returns the throwable unchanged when no message in its cause chain (suppressed exceptions
   * included) holds the key; otherwise a copy of the chain in which every throwable whose text
   * holds it is replaced by a {@link RedactedThrowable} with the same stack trace and a masked
   * message. Printing the result ({@code printStackTrace}) thus never shows the key.
   */
  public Throwable redactChain(Throwable throwable) {
    requireNonNull(throwable, "throwable == null");
    return leaks(throwable, new IdentityHashMap<>()) ? copy(throwable, new IdentityHashMap<>()) : throwable;
  }

  private boolean leaks(Throwable t, Map<Throwable, Boolean> seen) {
    if (t == null || seen.put(t, Boolean.TRUE) != null) {
      return false;
    }
    if (contains(t.toString()) || contains(t.getMessage()) || contains(t.getLocalizedMessage())) {
      return true;
    }
    for (Throwable suppressed : t.getSuppressed()) {
      if (leaks(suppressed, seen)) {
        return true;
      }
    }
    return leaks(t.getCause(), seen);
  }

  private Throwable copy(Throwable t, Map<Throwable, Throwable> copies) {
    Throwable done = copies.get(t);
    if (done != null) {
      return done;
    }
    RedactedThrowable copy = new RedactedThrowable(t.getClass().getName(), redact(t.getMessage()));
    copies.put(t, copy);
    copy.setStackTrace(t.getStackTrace());
    if (t.getCause() != null && t.getCause() != t) {
      copy.initCause(copy(t.getCause(), copies));
    }
    for (Throwable suppressed : t.getSuppressed()) {
      copy.addSuppressed(copy(suppressed, copies));
    }
    return copy;
  }

  private boolean contains(@Nullable String text) {
    return text != null && text.contains(secret);
  }

  /**
   * Stands in for a throwable whose message held the key: it names the original class and carries
   * the masked message and the original stack trace.
   */
  public static final class RedactedThrowable extends Exception {
    private final String originalClass;

    RedactedThrowable(String originalClass, @Nullable String message) {
      super(message == null ? originalClass : originalClass + ": " + message);
      this.originalClass = originalClass;
    }

    /** The class name of the throwable this one replaces. */
    public String originalClass() {
      return originalClass;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }

    @Override
    public String toString() {
      return getMessage();
    }
  }
}
