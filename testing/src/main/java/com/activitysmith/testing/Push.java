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
public record Push(Instant deliveredAt, Map<String, Object> request, @Nullable List<String> channels, int devices) {
  /**
   * Checks the required components.
   *
   * @param deliveredAt when it was delivered
   * @param request the request body as sent (a JSON tree: maps, lists, strings, {@code BigDecimal}s)
   * @param channels the channels it went to, or null for all the account's devices
   * @param devices how many devices it reached
   */
  public Push {
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
   * One line for people: {@code Build Failed 🚨: CI failed on main}.
   *
   * @return the line
   */
  public String describe() {
    return title() + message().map(m -> ": " + m).orElse("")
        + (channels == null ? "" : " [" + String.join(", ", channels) + "]");
  }
}
