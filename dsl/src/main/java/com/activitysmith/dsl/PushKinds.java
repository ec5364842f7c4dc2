package com.activitysmith.dsl;

import java.util.Collection;

/**
 * What a push without media or buttons may take next: media, or buttons, but not both, as the
 * service requires. Shared by {@link Push} and {@link PushToChannels}.
 *
 * @param <M> the kind a push becomes with media
 * @param <A> the kind a push becomes with buttons
 */
public interface PushKinds<M, A> {
  /**
   * Sets {@code media}, an {@code https://} image, audio or video; buttons are then unavailable.
   *
   * @param url the media's {@code https://} link
   * @return the push with media, which takes no buttons
   */
  M media(String url);

  /**
   * Sets {@code actions} to one button; media is then unavailable.
   *
   * @param first the button
   * @return the push with buttons, which takes no media
   */
  A actions(Action first);

  /**
   * Sets {@code actions} to two buttons; media is then unavailable.
   *
   * @param first the first button
   * @param second the second button
   * @return the push with buttons, which takes no media
   */
  A actions(Action first, Action second);

  /**
   * Sets {@code actions} to three buttons; media is then unavailable.
   *
   * @param first the first button
   * @param second the second button
   * @param third the third button
   * @return the push with buttons, which takes no media
   */
  A actions(Action first, Action second, Action third);

  /**
   * Sets {@code actions} to four buttons, the most a notification shows; media is then unavailable.
   *
   * @param first the first button
   * @param second the second button
   * @param third the third button
   * @param fourth the fourth button
   * @return the push with buttons, which takes no media
   */
  A actions(Action first, Action second, Action third, Action fourth);

  /**
   * Sets {@code actions} from a list computed at run time; media is then unavailable. The client
   * rejects an empty list or more than four buttons before sending.
   *
   * @param actions the buttons, in order
   * @return the push with buttons, which takes no media
   */
  A actions(Collection<? extends Action> actions);
}
