package com.activitysmith.dsl;

import static java.util.Objects.requireNonNull;

/**
 * A small labelled capsule on a Live Activity: {@code badge("PROD").color(RED)}. Immutable.
 *
 * @param title the capsule's text
 * @param color its color, or null for the default
 */
public record Badge(String title, Color color) {
  /**
   * Checks that the title is present.
   *
   * @param title the capsule's text
   * @param color its color, or null for the default
   */
  public Badge {
    requireNonNull(title, "title == null");
  }

  /**
   * Returns this badge in {@code color}.
   *
   * @param color the capsule's color
   * @return a copy in that color
   */
  public Badge color(Color color) {
    return new Badge(title, requireNonNull(color, "color == null"));
  }
}
