package com.activitysmith.dsl;

/**
 * A button: on a push notification ({@code actions}) or a Live Activity ({@code action},
 * {@code secondaryAction}). Made by {@link Dsl#openUrl}, {@link Dsl#shortcut} and
 * {@link Dsl#webhook}.
 */
public sealed interface Action permits OpenUrl, Webhook {
  /**
   * The button's label.
   *
   * @return the label
   */
  String title();

  /**
   * Where it leads: an {@code https://} or {@code shortcuts://} link, or the webhook endpoint.
   *
   * @return the link or endpoint
   */
  String url();
}
