package com.activitysmith.dsl;

import java.util.Locale;

/**
 * The accent colors of Live Activities, metrics, icons and badges; the service shows blue when
 * none is given. {@code import static com.activitysmith.dsl.Dsl.*} brings the constants in.
 */
public enum Color {
  /** Lime ({@code "lime"}). */
  LIME,
  /** Green ({@code "green"}). */
  GREEN,
  /** Cyan ({@code "cyan"}). */
  CYAN,
  /** Blue ({@code "blue"}). */
  BLUE,
  /** Purple ({@code "purple"}). */
  PURPLE,
  /** Magenta ({@code "magenta"}). */
  MAGENTA,
  /** Red ({@code "red"}). */
  RED,
  /** Orange ({@code "orange"}). */
  ORANGE,
  /** Yellow ({@code "yellow"}). */
  YELLOW,
  /** Gray ({@code "gray"}). */
  GRAY;

  /**
   * The wire name ({@code "yellow"}).
   *
   * @return the lower-case name the API uses
   */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
