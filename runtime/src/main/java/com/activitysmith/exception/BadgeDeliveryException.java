package com.activitysmith.exception;

import com.activitysmith.RateLimitState;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import javax.annotation.Nullable;

/**
 * The badge could not be put on the devices (HTTP 422 or 502 on the badge operation, with a {@code
 * code}): the devices are disconnected, or the update failed on the way. Immutable.
 *
 * <p>The body's counts tell how far it got. Not retried by the client: the service reached a
 * verdict on the devices, and repeating the request at once yields the same one.
 */
public class BadgeDeliveryException extends ApiException {
  /** What went wrong; {@link #UNKNOWN} for a code this SDK does not know yet. */
  public enum Code {
    /** No targeted device is connected (usually HTTP 422). */
    BADGE_DEVICE_DISCONNECTED,
    /** Sending the update to the devices failed (usually HTTP 502). */
    BADGE_UPDATE_FAILED,
    /** A code the service added after this SDK was built; see {@link BadgeDeliveryException#rawCode()}. */
    UNKNOWN;

    /** The code for a body's {@code code} value ({@code badge_update_failed}, ...); UNKNOWN otherwise. */
    public static Code of(@Nullable String code) {
      for (Code value : values()) {
        if (value != UNKNOWN && value.name().toLowerCase(Locale.ROOT).equals(code)) {
          return value;
        }
      }
      return UNKNOWN;
    }
  }

  private final String rawCode;
  private final @Nullable Integer badge;
  private final @Nullable Integer devicesTargeted;
  private final @Nullable Integer devicesUpdated;
  private final @Nullable Integer usersUpdated;
  private final List<String> effectiveChannelSlugs;

  /**
   * Creates the exception; see {@link ApiException#ApiException} for the common parameters.
   *
   * @param rawCode the body's {@code code} as sent
   * @param badge the body's {@code badge}, or null
   * @param devicesTargeted the body's {@code devices_targeted}, or null
   * @param devicesUpdated the body's {@code devices_updated}, or null
   * @param usersUpdated the body's {@code users_updated}, or null
   * @param effectiveChannelSlugs the channels the target resolved to, empty when the body had none
   */
  public BadgeDeliveryException(String message, int statusCode, @Nullable String errorCode,
      @Nullable String serverMessage, @Nullable String requestId, String rawBody, int attempts,
      RateLimitState rateLimit, String rawCode, @Nullable Integer badge, @Nullable Integer devicesTargeted,
      @Nullable Integer devicesUpdated, @Nullable Integer usersUpdated, List<String> effectiveChannelSlugs) {
    super(message, statusCode, errorCode, serverMessage, requestId, rawBody, attempts, rateLimit);
    this.rawCode = Objects.requireNonNull(rawCode, "rawCode == null");
    this.badge = badge;
    this.devicesTargeted = devicesTargeted;
    this.devicesUpdated = devicesUpdated;
    this.usersUpdated = usersUpdated;
    this.effectiveChannelSlugs = List.copyOf(Objects.requireNonNull(effectiveChannelSlugs, "effectiveChannelSlugs == null"));
  }

  /** What went wrong. */
  public Code code() {
    return Code.of(rawCode);
  }

  /** The body's {@code code} as sent, such as {@code badge_device_disconnected}. */
  public String rawCode() {
    return rawCode;
  }

  /** The badge count that was to be shown, if the body said. */
  public OptionalInt badge() {
    return optional(badge);
  }

  /** How many devices the update targeted, if the body said. */
  public OptionalInt devicesTargeted() {
    return optional(devicesTargeted);
  }

  /** How many devices did get the update, if the body said. */
  public OptionalInt devicesUpdated() {
    return optional(devicesUpdated);
  }

  /** How many users those devices belong to, if the body said. */
  public OptionalInt usersUpdated() {
    return optional(usersUpdated);
  }

  /** The channel slugs the target resolved to; empty when the response did not list them. */
  public List<String> effectiveChannelSlugs() {
    return effectiveChannelSlugs;
  }

  private static OptionalInt optional(@Nullable Integer value) {
    return value == null ? OptionalInt.empty() : OptionalInt.of(value);
  }
}
