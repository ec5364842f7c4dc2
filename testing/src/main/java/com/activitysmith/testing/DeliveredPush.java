package com.activitysmith.testing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * A push notification the simulator delivered.
 *
 * @param deliveredAt when it was delivered
 * @param request the request body as sent (a JSON tree: maps, lists, strings, {@code BigDecimal}s)
 * @param channels the channels it went to, or null for all the account's devices
 * @param devices how many devices it reached
 */
public record DeliveredPush(Instant deliveredAt, Map<String, Object> request, @Nullable List<String> channels, int devices) {
  /**
   * Checks the required components.
   *
   * @param deliveredAt when it was delivered
   * @param request the request body as sent
   * @param channels the channels it went to, or null for all the account's devices
   * @param devices how many devices it reached
   */
  public DeliveredPush {
    requireNonNull(deliveredAt, "deliveredAt == null");
    requireNonNull(request, "request == null");
  }

  /**
   * The notification's title.
   *
   * @return the title
   */
  public String title() {
    return String.valueOf(request.get("title"));
  }

  /**
   * The body text, if any.
   *
   * @return the message, or empty
   */
  public Optional<String> message() {
    return request.get("message") instanceof String s ? Optional.of(s) : Optional.empty();
  }

  /**
   * The subtitle, if any.
   *
   * @return the subtitle, or empty
   */
  public Optional<String> subtitle() {
    return request.get("subtitle") instanceof String s ? Optional.of(s) : Optional.empty();
  }

  /**
   * The tags it was sent with (empty when none).
   *
   * @return the tags, in order
   */
  public List<String> tags() {
    return request.get("tags") instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
  }

  /**
   * The metadata it was sent with (empty when none).
   *
   * @return the metadata by key
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> metadata() {
    return request.get("metadata") instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  /**
   * The interruption level it was sent with; {@code active} when it named none, as the service reads it.
   *
   * @return the interruption level's wire name
   */
  public String interruptionLevel() {
    return request.get("interruption_level") instanceof String s ? s : "active";
  }

  /**
   * One line for people: {@code Build Failed 🚨: CI failed on main}.
   *
   * @return the title, then the message after a colon and the channels in brackets when there are
   *     any
   */
  public String describe() {
    return title() + message().map(m -> ": " + m).orElse("")
        + (channels == null ? "" : " [" + String.join(", ", channels) + "]");
  }
}
