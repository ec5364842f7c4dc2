package com.activitysmith.internal.retry;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javax.annotation.Nullable;

/** Reads a {@code Retry-After} header: delay seconds, or an HTTP date (RFC 9110). */
public final class RetryAfter {
  private RetryAfter() {}

  /**
   * Returns the wait the header asks for, measured from {@code now}; a date in the past means no
   * wait. Empty when the header is absent or unreadable.
   */
  public static Optional<Duration> parse(@Nullable String header, Instant now) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    String value = header.trim();
    if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      // More digits than a long holds is still "a very long time".
      return Optional.of(value.length() > 12 ? Duration.ofSeconds(999_999_999_999L) : Duration.ofSeconds(Long.parseLong(value)));
    }
    try {
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
