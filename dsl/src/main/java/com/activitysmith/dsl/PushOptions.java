package com.activitysmith.dsl;

import com.activitysmith.generated.model.PushInterruptionLevel;
import com.activitysmith.payload.PushPayload;
import java.util.Collection;
import java.util.Map;

/**
 * The options every push notification takes, in any order; each returns a new payload of the
 * same kind {@code S}. Users never name this type.
 *
 * @param <S> the kind of push the options return
 */
public interface PushOptions<S extends PushOptions<S>> extends PushPayload {
  /**
   * Sets {@code message}, the body text.
   *
   * @param message the body text
   * @return a copy with the message set
   */
  S message(String message);

  /**
   * Sets {@code subtitle}, the line between title and body.
   *
   * @param subtitle the subtitle
   * @return a copy with the subtitle set
   */
  S subtitle(String subtitle);

  /**
   * Sets {@code redirection}, what a tap opens: an {@code https://} or {@code shortcuts://} link.
   *
   * @param url the link a tap opens
   * @return a copy with the redirection set
   */
  S redirection(String url);

  /**
   * Sets {@code payload}, free-form JSON handed to the app.
   *
   * @param payload the JSON object for the app
   * @return a copy with the payload set
   */
  S payload(Map<String, ?> payload);

  /**
   * Sets {@code badge}, the app icon badge count.
   *
   * @param badge the badge count, at least 0
   * @return a copy with the badge set
   */
  S badge(int badge);

  /**
   * Sets {@code sound}, the name of the sound to play.
   *
   * @param sound the sound's name
   * @return a copy with the sound set
   */
  S sound(String sound);

  /**
   * Sets {@code tags}; none clears the stored tags.
   *
   * @param tags the tags, in order
   * @return a copy with the tags set
   */
  S tags(String... tags);

  /**
   * Sets {@code tags} from a list computed at run time; an empty one clears the stored tags.
   *
   * @param tags the tags, in order
   * @return a copy with the tags set
   */
  S tags(Collection<String> tags);

  /**
   * Sets {@code tags} to an empty list, which clears the tags stored with earlier sends.
   *
   * @return a copy that clears the stored tags
   */
  S clearTags();

  /**
   * Sets {@code icon}, an image shown beside the notification in place of the app icon.
   *
   * @param url the icon's {@code https://} link
   * @return a copy with the icon set
   */
  S icon(String url);

  /**
   * Sets {@code interruption_level}, how strongly the notification breaks through Focus and
   * scheduled summaries; the service's default is {@code active}.
   *
   * @param level passive, active or time-sensitive
   * @return a copy with the interruption level set
   */
  S interruptionLevel(PushInterruptionLevel level);

  /**
   * Sets {@code metadata}, your own key-value data stored with the notification.
   *
   * @param metadata the entries, made with {@link Dsl#metadata}
   * @return a copy with the metadata set
   */
  S metadata(Metadata metadata);

  /**
   * Sets {@code metadata} to an empty object, which clears the stored metadata.
   *
   * @return a copy that clears the stored metadata
   */
  S clearMetadata();
}
