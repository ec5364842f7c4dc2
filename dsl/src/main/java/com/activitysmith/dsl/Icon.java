package com.activitysmith.dsl;

import static java.util.Objects.requireNonNull;

/**
 * An SF Symbol shown on a Live Activity: {@code icon("server.rack").color(GREEN)}. Immutable.
 *
 * @param symbol the SF Symbol name
 * @param color its tint, or null for the default
 */
public record Icon(String symbol, Color color) {
  /**
   * Checks that the symbol is present.
   *
   * @param symbol the SF Symbol name
   * @param color its tint, or null for the default
   */
  public Icon {
    requireNonNull(symbol, "symbol == null");
  }

  /**
   * Returns this icon tinted with {@code color}.
   *
   * @param color the tint
   * @return a copy with that tint
   */
  public Icon color(Color color) {
    return new Icon(symbol, requireNonNull(color, "color == null"));
  }
}
