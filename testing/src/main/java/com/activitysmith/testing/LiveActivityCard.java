package com.activitysmith.testing;

import static java.util.Objects.requireNonNull;

import com.activitysmith.testing.internal.Numbers;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * A Live Activity as the simulator holds it: the card the lock screen shows for it.
 *
 * <p>The content state is the merge of every state sent to it (an update that omits a field keeps
 * the shown value, as the service keeps {@code type} and {@code number_of_steps}); JSON numbers
 * are {@link BigDecimal}, objects are maps and arrays lists, all unmodifiable.
 *
 * @param id the activity id the service handed out
 * @param streamKey the stream it shows, or null when it was started with {@code POST /live-activity/start}
 * @param type the type's wire name, such as {@code segmented_progress}
 * @param status whether it is running or ended
 * @param contentState the merged content state
 * @param action the primary button, or null
 * @param secondaryAction the second button, or null
 * @param alert the banner sent with the latest change, or null
 * @param tags the stored tags (empty when none)
 * @param metadata the stored metadata (empty when none): merged from every request that sent it,
 *     cleared by an empty object
 * @param channels the channels it was delivered to, or null for all the account's devices
 * @param devices how many devices show it
 * @param startedAt when it started
 * @param endedAt when it ended, or null while running
 * @param dismissAt when the ended card leaves the lock screen, or null while running
 * @param changes how many updates reached the devices after the start (noops excluded)
 */
public record LiveActivityCard(
    String id,
    @Nullable String streamKey,
    String type,
    Status status,
    Map<String, Object> contentState,
    @Nullable Map<String, Object> action,
    @Nullable Map<String, Object> secondaryAction,
    @Nullable Map<String, Object> alert,
    List<String> tags,
    Map<String, Object> metadata,
    @Nullable List<String> channels,
    int devices,
    Instant startedAt,
    @Nullable Instant endedAt,
    @Nullable Instant dismissAt,
    int changes) {

  /** Whether a Live Activity is still running. */
  public enum Status {
    /** Started and not ended: it counts against the concurrent limit and takes updates. */
    ACTIVE,
    /** Ended by an end call, a stream DELETE, a rotation, a pause or its lifetime running out. */
    ENDED
  }

  /**
   * Checks the required components.
   *
   * @param id the activity id the service handed out
   * @param streamKey the stream it shows, or null when it was started with {@code POST /live-activity/start}
   * @param type the type's wire name, such as {@code segmented_progress}
   * @param status whether it is running or ended
   * @param contentState the merged content state
   * @param action the primary button, or null
   * @param secondaryAction the second button, or null
   * @param alert the banner sent with the latest change, or null
   * @param tags the stored tags (empty when none)
   * @param metadata the stored metadata by key (empty when none)
   * @param channels the channels it was delivered to, or null for all the account's devices
   * @param devices how many devices show it
   * @param startedAt when it started
   * @param endedAt when it ended, or null while running
   * @param dismissAt when the ended card leaves the lock screen, or null while running
   * @param changes how many updates reached the devices after the start (noops excluded)
   */
  public LiveActivityCard {
    requireNonNull(id, "id == null");
    requireNonNull(type, "type == null");
    requireNonNull(status, "status == null");
    requireNonNull(contentState, "contentState == null");
    requireNonNull(tags, "tags == null");
    requireNonNull(metadata, "metadata == null");
    requireNonNull(startedAt, "startedAt == null");
  }

  /**
   * The content state's {@code title}.
   *
   * @return the title
   */
  public String title() {
    return String.valueOf(contentState.get("title"));
  }

  /**
   * Whether it is still running.
   *
   * @return true while running
   */
  public boolean isActive() {
    return status == Status.ACTIVE;
  }

  /**
   * A numeric content-state field, such as {@code current_step} or {@code percentage}.
   *
   * @param field the wire name
   * @return the value, or empty when absent or not a number
   */
  public Optional<BigDecimal> number(String field) {
    return contentState.get(field) instanceof BigDecimal n ? Optional.of(n) : Optional.empty();
  }

  /**
   * A text content-state field, such as {@code subtitle} or {@code message}.
   *
   * @param field the wire name
   * @return the value, or empty when absent or not a text
   */
  public Optional<String> text(String field) {
    return contentState.get(field) instanceof String s ? Optional.of(s) : Optional.empty();
  }

  /**
   * One line for people: {@code [ACTIVE] Deploy (segmented_progress) step 2/4 - api-gateway}.
   *
   * @return the line
   */
  public String describe() {
    StringBuilder out = new StringBuilder().append('[').append(status).append("] ").append(title())
        .append(" (").append(type).append(')');
    number("current_step").ifPresent(step -> out.append(" step ").append(Numbers.text(step))
        .append(number("number_of_steps").map(n -> "/" + Numbers.text(n)).orElse("")));
    number("percentage").ifPresent(p -> out.append(' ').append(Numbers.text(p)).append('%'));
    if (number("percentage").isEmpty()) {
      number("value").ifPresent(v -> out.append(' ').append(Numbers.text(v))
          .append(number("upper_limit").map(u -> "/" + Numbers.text(u)).orElse("")));
      // The value type shows a text value as written ("$48,210").
      text("value").ifPresent(v -> out.append(' ').append(v));
    }
    text("message").ifPresent(m -> out.append(" \"").append(m).append('"'));
    if (contentState.get("metrics") instanceof List<?> metrics) {
      for (Object metric : metrics) {
        if (metric instanceof Map<?, ?> m) {
          out.append(' ').append(m.get("label")).append('=').append(plain(m.get("value")))
              .append(m.get("unit") == null ? "" : String.valueOf(m.get("unit")));
        }
      }
    }
    number("duration_seconds").ifPresent(d -> out.append(" timer ").append(Numbers.text(d)).append('s'));
    text("subtitle").ifPresent(s -> out.append(" - ").append(s));
    if (!tags.isEmpty()) {
      out.append(" #").append(String.join(" #", tags));
    }
    if (!metadata.isEmpty()) {
      out.append(' ').append(metadata.keySet().stream().map(k -> k + "=" + plain(metadata.get(k)))
          .collect(java.util.stream.Collectors.joining(", ", "{", "}")));
    }
    if (streamKey != null) {
      out.append(" {stream ").append(streamKey).append('}');
    }
    return out.toString();
  }

  private static String plain(Object value) {
    return value instanceof BigDecimal n ? Numbers.text(n) : String.valueOf(value);
  }
}
