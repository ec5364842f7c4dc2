package com.activitysmith.testing;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions over a {@link Journal} snapshot. Obtain it from {@link SimulatorAssert#journal()} or
 * {@link SimulatorAssertions#assertThat(Journal)}.
 */
public final class JournalAssert extends AbstractAssert<JournalAssert, Journal> {
  JournalAssert(Journal actual) {
    super(actual, JournalAssert.class);
  }

  /**
   * Checks how many requests of an operation arrived, whatever their answer.
   *
   * @param operation the operation
   * @param count the expected number of requests
   * @return this assertion
   */
  public JournalAssert hasRequests(Endpoint operation, int count) {
    requireNonNull(operation, "operation == null");
    isNotNull();
    List<JournalEntry> entries = actual.entries(operation);
    if (entries.size() != count) {
      failWithMessage("Expected %s %s request(s) but the simulator received %s:%n%s", count, operation,
          entries.size(), describe(actual.entries()));
    }
    return this;
  }

  /**
   * Checks how many requests of an operation reached devices (see {@link JournalEntry#delivered()}).
   *
   * @param operation the operation
   * @param count the expected number of delivered requests
   * @return this assertion
   */
  public JournalAssert hasDelivered(Endpoint operation, int count) {
    requireNonNull(operation, "operation == null");
    isNotNull();
    int delivered = actual.deliveredCount(operation);
    if (delivered != count) {
      failWithMessage("Expected %s delivered %s request(s) but %s were delivered:%n%s", count, operation, delivered,
          describe(actual.entries()));
    }
    return this;
  }

  /**
   * Checks that every request was answered with a 2xx status.
   *
   * @return this assertion
   */
  public JournalAssert allSucceeded() {
    isNotNull();
    List<JournalEntry> failed = actual.filter(e -> e.status() < 200 || e.status() > 299);
    if (!failed.isEmpty()) {
      failWithMessage("Expected every request to succeed, but these did not:%n%s", describe(failed));
    }
    return this;
  }

  /**
   * Checks that no request carried the key anywhere the journal keeps (headers, path, body).
   *
   * @param secret the text that must not appear
   * @return this assertion
   */
  public JournalAssert neverContains(String secret) {
    requireNonNull(secret, "secret == null");
    isNotNull();
    List<JournalEntry> leaking = actual.filter(e -> e.path().contains(secret) || e.requestBody().contains(secret)
        || e.headers().toString().contains(secret));
    if (!leaking.isEmpty()) {
      failWithMessage("Expected no request to contain the secret, but these do:%n%s", describe(leaking));
    }
    return this;
  }

  private static String describe(List<JournalEntry> entries) {
    return entries.isEmpty() ? "  (none)" : entries.stream().map(e -> "  " + e.describe()).collect(Collectors.joining("\n"));
  }
}
