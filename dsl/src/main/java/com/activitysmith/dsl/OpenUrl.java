package com.activitysmith.dsl;

import static java.util.Objects.requireNonNull;

/**
 * A button that opens a link on the device ({@code type: open_url}). Immutable.
 *
 * @param title the button's label
 * @param url an {@code https://} link or a {@code shortcuts://run-shortcut?name=...} link
 */
public record OpenUrl(String title, String url) implements Action {
  /**
   * Checks that title and link are present.
   *
   * @param title the button's label
   * @param url an {@code https://} link or a {@code shortcuts://run-shortcut?name=...} link
   */
  public OpenUrl {
    requireNonNull(title, "title == null");
    requireNonNull(url, "url == null");
  }
}
