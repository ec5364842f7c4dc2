package com.activitysmith.dsl;

import static java.util.Objects.requireNonNull;

/**
 * A small labelled capsule on a Live Activity: {@code badge("PROD").color(RED)}. Immutable.
 *
 * @param title the capsule's text
 * @param color its color, or null for the default
 */
public record Badge(String title, Color color) {
  public Badge {
    requireNonNull(title, "title == null");
  }

  /** Returns this badge in {@code color}. */
  public Badge color(Color color) {
    return new Badge(title, requireNonNull(color, "color == null"));
  }
}
