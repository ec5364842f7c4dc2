package com.activitysmith.dsl;

import com.activitysmith.payload.PushPayload;
import java.util.Map;

/**
 * The options every push notification takes, in any order; each returns a new payload of the
 * same kind {@code S}. Users never name this type.
 *
 * @param <S> the kind of push the options return
 */
public interface PushOptions<S extends PushOptions<S>> extends PushPayload {
  /** Sets {@code message}, the body text. */
  S message(String message);

  /** Sets {@code subtitle}, the line between title and body. */
  S subtitle(String subtitle);

  /** Sets {@code redirection}, what a tap opens: an {@code https://} or {@code shortcuts://} link. */
  S redirection(String url);

  /** Sets {@code payload}, free-form JSON handed to the app. */
  S payload(Map<String, ?> payload);

  /** Sets {@code badge}, the app icon badge count. */
  S badge(int badge);

  /** Sets {@code sound}, the name of the sound to play. */
  S sound(String sound);

  /** Sets {@code target.channels}: only devices subscribed to these channels are notified. */
  S channels(String channel, String... more);

  /** Sets {@code tags}; none clears the stored tags. */
  S tags(String... tags);
}
