package com.activitysmith.dsl;

import static java.util.Objects.requireNonNull;

import com.activitysmith.dsl.internal.Wire;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Your own key-value data stored with a notification or Live Activity: texts, numbers and
 * booleans, in the order you give them. Immutable.
 *
 * <pre>{@code
 * liveActivity("Deploy").segmented(4).step(1)
 *     .metadata(metadata("build", 812).and("branch", "main").and("canary", true));
 * }</pre>
 *
 * <p>A chain's {@code metadata(..)} replaces what the service stored; {@code clearMetadata()}
 * removes it, leaving it out keeps it. The client checks the limits (at most 50 entries, keys of
 * 1 to 100 characters, texts up to 4000 characters, 16 KB of JSON) before sending.
 */
public final class Metadata {
  private static final Metadata EMPTY = new Metadata(Map.of());

  private final Map<String, Object> entries;

  private Metadata(Map<String, Object> entries) {
    this.entries = entries;
  }

  /**
   * No entries; sending it removes the stored metadata, as {@code clearMetadata()} does.
   *
   * @return metadata with no entries
   */
  public static Metadata empty() {
    return EMPTY;
  }

  /**
   * Returns this metadata with {@code key} set to a text; a key already present is replaced.
   *
   * @param key the entry's key
   * @param value its text
   * @return new metadata with the entry set; this one is unchanged
   */
  public Metadata and(String key, String value) {
    return put(key, requireNonNull(value, () -> "metadata value of " + key + " == null"));
  }

  /**
   * Returns this metadata with {@code key} set to a whole number.
   *
   * @param key the entry's key
   * @param value its whole number
   * @return new metadata with the entry set; this one is unchanged
   */
  public Metadata and(String key, long value) {
    return put(key, value);
  }

  /**
   * Returns this metadata with {@code key} set to a number, which must be finite.
   *
   * @param key the entry's key
   * @param value its number, finite
   * @return new metadata with the entry set; this one is unchanged
   */
  public Metadata and(String key, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("metadata value of " + key + " must be a finite number but was " + value);
    }
    return put(key, Wire.number(value));
  }

  /**
   * Returns this metadata with {@code key} set to an exact decimal.
   *
   * @param key the entry's key
   * @param value its exact decimal
   * @return new metadata with the entry set; this one is unchanged
   */
  public Metadata and(String key, BigDecimal value) {
    return put(key, requireNonNull(value, () -> "metadata value of " + key + " == null"));
  }

  /**
   * Returns this metadata with {@code key} set to a boolean.
   *
   * @param key the entry's key
   * @param value its boolean
   * @return new metadata with the entry set; this one is unchanged
   */
  public Metadata and(String key, boolean value) {
    return put(key, value);
  }

  /**
   * The entries as the wire sends them: texts, numbers and booleans by key, in insertion order.
   *
   * @return an unmodifiable map of the entries
   */
  public Map<String, Object> asMap() {
    return entries;
  }

  private Metadata put(String key, Object value) {
    requireNonNull(key, "metadata key == null");
    Map<String, Object> copy = new LinkedHashMap<>(entries);
    copy.put(key, value);
    return new Metadata(Collections.unmodifiableMap(copy));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Metadata other && entries.equals(other.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "Metadata" + entries;
  }
}
