package com.activitysmith.testing.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The newest items, bounded in count and in bytes: adding past either bound drops the oldest and
 * counts them. Not thread-safe; its owner synchronizes.
 */
public final class History<T> {
  private record Sized<T>(T item, long bytes) {}

  private final int maxItems;
  private final long maxBytes;
  private final Deque<Sized<T>> items = new ArrayDeque<>();
  private long bytes;
  private long dropped;

  /** Keeps at most {@code maxItems} items and about {@code maxBytes} bytes (the newest item always stays). */
  public History(int maxItems, long maxBytes) {
    this.maxItems = maxItems;
    this.maxBytes = maxBytes;
  }

  /** Adds an item of about {@code size} bytes, dropping the oldest past the bounds. */
  public void add(T item, long size) {
    items.addLast(new Sized<>(item, size));
    bytes += size;
    while (items.size() > 1 && (items.size() > maxItems || bytes > maxBytes)) {
      bytes -= items.removeFirst().bytes();
      dropped++;
    }
  }

  /** The items kept, oldest first. */
  public List<T> items() {
    return items.stream().map(Sized::item).toList();
  }

  /** How many items were dropped to stay within the bounds. */
  public long dropped() {
    return dropped;
  }

  /** Forgets every item and the dropped count. */
  public void clear() {
    items.clear();
    bytes = 0;
    dropped = 0;
  }
}
