package com.activitysmith.dsl;

import static java.util.Objects.requireNonNull;

/**
 * An SF Symbol shown on a Live Activity: {@code icon("server.rack").color(GREEN)}. Immutable.
 *
 * @param symbol the SF Symbol name
 * @param color its tint, or null for the default
 */
public record Icon(String symbol, Color color) {
  public Icon {
    requireNonNull(symbol, "symbol == null");
  }

  /** Returns this icon tinted with {@code color}. */
  public Icon color(Color color) {
    return new Icon(symbol, requireNonNull(color, "color == null"));
  }
}
