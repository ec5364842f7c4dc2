package com.activitysmith.internal.error;

import static java.util.Objects.requireNonNull;

import com.activitysmith.exception.ApiException;
import com.activitysmith.exception.AuthenticationException;
import com.activitysmith.exception.InvalidRequestException;
import com.activitysmith.exception.LiveActivityLimitException;
import com.activitysmith.exception.NoRecipientsException;
import com.activitysmith.exception.NotFoundException;
import com.activitysmith.exception.PermissionException;
import com.activitysmith.exception.RateLimitException;
import com.activitysmith.exception.ServerException;
import com.activitysmith.internal.call.Operation;
import com.activitysmith.internal.retry.RetryAfter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.annotation.Nullable;
import okhttp3.Headers;

/**
 * Turns an error response into the exception for its meaning, by status, operation and body.
 * Thread-safe.
 *
 * <p>A 404 with the service's JSON error body means "no recipients" on operations whose spec'd 404
 * is {@code NoRecipientsError} (push, start, stream, badge) or whenever the body lists {@code effective_channel_slugs}, and "not found" otherwise. A
 * 429 whose body has {@code limit} or {@code active} is the Live Activity limit, any other 429 the
 * rate limit. Bodies that are not JSON still produce a readable message.
 */
public final class ErrorMapper {
  /** The response header that identifies a request to the service's support. */
  public static final String REQUEST_ID_HEADER = "X-Request-Id";

  private static final int SNIPPET_LENGTH = 200;
  private static final Map<Integer, String> REASONS = Map.ofEntries(
      Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"), Map.entry(307, "Temporary Redirect"),
      Map.entry(308, "Permanent Redirect"), Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(402, "Payment Required"),
      Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(409, "Conflict"),
      Map.entry(422, "Unprocessable Content"), Map.entry(429, "Too Many Requests"),
      Map.entry(500, "Internal Server Error"), Map.entry(502, "Bad Gateway"),
      Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

  private final Redactor redactor;
  private final Clock clock;

  /** Creates a mapper that masks the key and resolves {@code Retry-After} dates against the clock. */
  public ErrorMapper(Redactor redactor, Clock clock) {
    this.redactor = requireNonNull(redactor, "redactor == null");
    this.clock = requireNonNull(clock, "clock == null");
  }

  /**
   * Maps an error response.
   *
   * @param operation the operation that was called
   * @param status the HTTP status (not 2xx)
   * @param headers the response headers
   * @param body the response body as text, empty without one
   * @param attempts the attempt this response answered, counting from 1
   */
  public ApiException map(Operation operation, int status, Headers headers, String body, int attempts) {
    requireNonNull(operation, "operation == null");
    requireNonNull(headers, "headers == null");
    String rawBody = redactor.redact(requireNonNull(body, "body == null"));
    ErrorBody parsed = ErrorBody.parse(rawBody);
    String requestId = redactor.redact(headers.get(REQUEST_ID_HEADER));
    String error = redactor.redact(parsed.error());
    String message = redactor.redact(parsed.message());
    StringBuilder text = new StringBuilder(error != null ? error : REASONS.getOrDefault(status, "HTTP error"));
    if (message != null) {
      text.append(": ").append(message);
    }
    if (!parsed.json()) {
      text.append(rawBody.isBlank() ? " (empty response body)" : " (response body is not JSON: " + snippet(rawBody) + ")");
    }

    Kind kind = Kind.of(status, operation, parsed);
    List<String> slugs = parsed.effectiveChannelSlugs() == null ? List.of() : parsed.effectiveChannelSlugs();
    Duration retryAfter = RetryAfter.parse(headers.get("Retry-After"), clock.instant()).orElse(null);
    if (kind == Kind.NO_RECIPIENTS && !slugs.isEmpty()) {
      text.append(" (effective channels: ").append(String.join(", ", slugs)).append(')');
    } else if (kind == Kind.ACTIVITY_LIMIT) {
      text.append(" (limit ").append(orUnknown(parsed.limit())).append(", active ").append(orUnknown(parsed.active())).append(')');
    } else if (kind == Kind.RATE_LIMITED && retryAfter != null) {
      text.append(" (Retry-After ").append(retryAfter.toSeconds()).append(" s)");
    }
    String summary = describe(text, status, operation, requestId, attempts);
    return switch (kind) {
      case INVALID_REQUEST -> new InvalidRequestException(summary, status, error, message, requestId, rawBody, attempts);
      case AUTHENTICATION -> new AuthenticationException(summary, status, error, message, requestId, rawBody, attempts);
      case PERMISSION -> new PermissionException(summary, status, error, message, requestId, rawBody, attempts);
      case NO_RECIPIENTS -> new NoRecipientsException(summary, status, error, message, requestId, rawBody, attempts, slugs);
      case NOT_FOUND -> new NotFoundException(summary, status, error, message, requestId, rawBody, attempts);
      case ACTIVITY_LIMIT -> new LiveActivityLimitException(summary, status, error, message, requestId, rawBody, attempts,
          parsed.limit(), parsed.active());
      case RATE_LIMITED -> new RateLimitException(summary, status, error, message, requestId, rawBody, attempts, retryAfter);
      case SERVER -> new ServerException(summary, status, error, message, requestId, rawBody, attempts);
      case OTHER -> new ApiException(summary, status, error, message, requestId, rawBody, attempts);
    };
  }

  /** The meaning of an error response, one per exception type. */
  private enum Kind {
    INVALID_REQUEST, AUTHENTICATION, PERMISSION, NO_RECIPIENTS, NOT_FOUND, ACTIVITY_LIMIT, RATE_LIMITED, SERVER, OTHER;

    static Kind of(int status, Operation operation, ErrorBody body) {
      switch (status) {
        case 400:
          return INVALID_REQUEST;
        case 401:
          return AUTHENTICATION;
        case 403:
          return PERMISSION;
        case 404:
          // Only the service's own JSON error says "no recipients"; a proxy's page or an empty
          // body (a wrong base URL, say) is a plain "not found".
          return body.json() && (operation.targetable() || body.effectiveChannelSlugs() != null) ? NO_RECIPIENTS : NOT_FOUND;
        case 429:
          return body.isActivityLimit() ? ACTIVITY_LIMIT : RATE_LIMITED;
        default:
          return status >= 500 && status <= 599 ? SERVER : OTHER;
      }
    }
  }

  /** An exception for a success status whose body could not be read as the expected JSON. */
  public ApiException unreadable(Operation operation, int status, Throwable cause, int attempts) {
    StringBuilder text = new StringBuilder("Could not read the response body: ")
        .append(redactor.redact(String.valueOf(cause.getMessage())));
    ApiException exception = new ApiException(describe(text, status, operation, null, attempts), status, null, null, null, "", attempts);
    exception.initCause(cause);
    return exception;
  }

  private String describe(StringBuilder text, int status, Operation operation, @Nullable String requestId, int attempts) {
    StringBuilder described = new StringBuilder(text).append(" [HTTP ").append(status).append(", ").append(operation.id());
    if (requestId != null) {
      described.append(", request id ").append(requestId);
    }
    described.append(", ").append(attempts).append(attempts == 1 ? " attempt]" : " attempts]");
    return redactor.redact(described.toString());
  }

  private static String orUnknown(@Nullable Integer value) {
    return value == null ? "unknown" : value.toString();
  }

  /** The start of a non-JSON body as one readable line: tags dropped, whitespace collapsed. */
  static String snippet(String body) {
    String text = body.replaceAll("(?s)<(script|style)\\b.*?</\\1>", " ")
        .replaceAll("<[^>]*>", " ")
        .replaceAll("\\s+", " ")
        .trim();
    if (text.isEmpty()) {
      text = body.replaceAll("\\s+", " ").trim();
    }
    return '"' + (text.length() > SNIPPET_LENGTH ? text.substring(0, SNIPPET_LENGTH) + "…" : text) + '"';
  }
}
