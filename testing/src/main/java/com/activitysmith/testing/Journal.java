package com.activitysmith.testing;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The requests the simulator received, oldest first. A snapshot; take a new one with
 * {@link Simulator#journal()} after more requests.
 */
public final class Journal {
  private final List<JournalEntry> entries;
  private final long dropped;

  Journal(List<JournalEntry> entries, long dropped) {
    this.entries = List.copyOf(entries);
    this.dropped = dropped;
  }

  /**
   * How many older entries were dropped to keep the journal within its bounds
   * ({@link Simulator.Builder#journalCapacity} and {@link Simulator.Builder#journalBytes}).
   *
   * @return the number of entries dropped
   */
  public long dropped() {
    return dropped;
  }

  /**
   * Every entry, oldest first.
   *
   * @return the entries, unmodifiable
   */
  public List<JournalEntry> entries() {
    return entries;
  }

  /**
   * The entries routed to {@code operation}, oldest first.
   *
   * @param operation the operation
   * @return the matching entries
   */
  public List<JournalEntry> entries(Endpoint operation) {
    requireNonNull(operation, "operation == null");
    return filter(e -> e.operation() == operation);
  }

  /**
   * The entries that match {@code predicate}, oldest first.
   *
   * @param predicate what to keep
   * @return the matching entries
   */
  public List<JournalEntry> filter(Predicate<? super JournalEntry> predicate) {
    return entries.stream().filter(predicate).toList();
  }

  /**
   * How many requests of {@code operation} reached devices (see {@link JournalEntry#delivered()}).
   *
   * @param operation the operation
   * @return the number of delivered requests
   */
  public int deliveredCount(Endpoint operation) {
    return filter(e -> e.operation() == operation && e.delivered()).size();
  }

  /**
   * How many requests were received.
   *
   * @return the number of entries
   */
  public int size() {
    return entries.size();
  }

  /**
   * The newest entry.
   *
   * @return the newest entry, or empty when nothing arrived
   */
  public Optional<JournalEntry> last() {
    return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    entries.forEach(e -> out.append(e.describe()).append('\n'));
    return out.toString();
  }
}
