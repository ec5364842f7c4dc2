package com.activitysmith.dsl;

import java.util.Locale;

/**
 * The accent colors of Live Activities, metrics, icons and badges; the service shows blue when
 * none is given. {@code import static com.activitysmith.dsl.Dsl.*} brings the constants in.
 */
public enum Color {
  LIME, GREEN, CYAN, BLUE, PURPLE, MAGENTA, RED, ORANGE, YELLOW, GRAY;

  /** The wire name ({@code "yellow"}). */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
