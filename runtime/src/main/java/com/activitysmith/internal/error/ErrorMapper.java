package com.activitysmith.internal.error;

import static java.util.Objects.requireNonNull;

import com.activitysmith.RateLimitState;
import com.activitysmith.exception.ApiException;
import com.activitysmith.exception.AuthenticationException;
import com.activitysmith.exception.BadgeDeliveryException;
import com.activitysmith.exception.BillingBlockedException;
import com.activitysmith.exception.InvalidRequestException;
import com.activitysmith.exception.LiveActivityLimitException;
import com.activitysmith.exception.NoRecipientsException;
import com.activitysmith.exception.NotFoundException;
import com.activitysmith.exception.PermissionException;
import com.activitysmith.exception.RateLimitException;
import com.activitysmith.exception.ResponseTooLargeException;
import com.activitysmith.exception.ServerException;
import com.activitysmith.internal.call.Operation;
import com.activitysmith.internal.http.RateLimitHeaders;
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
 * <ul>
 *   <li>402 is the billing block.
 *   <li>422 and 502 whose JSON body has a badge {@code code} are the badge delivery failure.
 *   <li>422 with the service's JSON body means "no recipients"; so does a 404 with it on operations
 *       whose spec'd 404 is {@code NoRecipientsError} (older deployments) or whose body lists {@code
 *       effective_channel_slugs}. Any other 404, and every 404 that is not the service's JSON (a
 *       wrong base URL's page), is "not found".
 *   <li>429 whose body has {@code limit} or {@code active} is the Live Activity limit, any other 429
 *       the rate limit.
 *   <li>3xx is a redirect the client does not follow; the message says where it pointed.
 * </ul>
 *
 * <p>Bodies that are not JSON still produce a readable message; reading them is linear in their
 * size. Numbers appear as people write them ({@code 60}, never {@code 6E+1}).
 */
public final class ErrorMapper {
  /** The response header that identifies a request to the service's support. */
  public static final String REQUEST_ID_HEADER = "X-Request-Id";

  private static final Map<Integer, String> REASONS = Map.ofEntries(
      Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"), Map.entry(303, "See Other"),
      Map.entry(307, "Temporary Redirect"), Map.entry(308, "Permanent Redirect"), Map.entry(400, "Bad Request"),
      Map.entry(401, "Unauthorized"), Map.entry(402, "Payment Required"), Map.entry(403, "Forbidden"),
      Map.entry(404, "Not Found"), Map.entry(409, "Conflict"), Map.entry(422, "Unprocessable Content"),
      Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"), Map.entry(502, "Bad Gateway"),
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
    String error = redactor.redact(parsed.string("error"));
    String message = redactor.redact(parsed.string("message"));
    RateLimitState rateLimit = RateLimitHeaders.parse(headers);
    StringBuilder text = new StringBuilder(error != null ? error : REASONS.getOrDefault(status, "HTTP error"));
    if (message != null) {
      text.append(": ").append(message);
    }
    Kind kind = Kind.of(status, operation, parsed);
    if (kind == Kind.REDIRECT) {
      String location = headers.get("Location");
      text.append(location == null ? " without a Location" : " to " + redactor.redact(location))
          .append("; the API never redirects and the client follows no redirect: check the base URL");
    } else if (!parsed.json()) {
      text.append(rawBody.isBlank() ? " (empty response body)" : " (response body is not JSON: " + Snippet.of(rawBody) + ")");
    }

    List<String> slugs = orEmpty(parsed.strings("effective_channel_slugs"));
    Duration retryAfter = RetryAfter.parse(headers.get("Retry-After"), clock.instant()).orElse(null);
    switch (kind) {
      case NO_RECIPIENTS -> {
        if (!slugs.isEmpty()) {
          text.append(" (effective channels: ").append(String.join(", ", slugs)).append(')');
        }
      }
      case ACTIVITY_LIMIT -> {
        text.append(" (limit ").append(orUnknown(parsed.integer("limit"))).append(", active ")
            .append(orUnknown(parsed.integer("active")));
        if (parsed.has("blocked_devices") || parsed.has("targeted_devices")) {
          text.append(", ").append(orUnknown(parsed.integer("blocked_devices"))).append(" of ")
              .append(orUnknown(parsed.integer("targeted_devices"))).append(" devices blocked");
        }
        text.append(')');
      }
      case RATE_LIMITED -> {
        if (retryAfter != null) {
          text.append(" (Retry-After ").append(retryAfter.toSeconds()).append(" s)");
        } else if (rateLimit.untilAvailable().isPresent()) {
          text.append(" (rate limit resets in ").append(rateLimit.untilAvailable().get().toSeconds()).append(" s)");
        }
      }
      case BILLING_BLOCKED -> {
        String upgrade = parsed.string("upgrade_url");
        if (upgrade != null) {
          text.append(" (upgrade at ").append(redactor.redact(upgrade)).append(')');
        }
      }
      case BADGE_DELIVERY -> text.append(" (").append(redactor.redact(parsed.string("code"))).append(": ")
          .append(orUnknown(parsed.integer("devices_updated"))).append(" of ")
          .append(orUnknown(parsed.integer("devices_targeted"))).append(" devices updated)");
      default -> { }
    }
    String summary = describe(text, status, operation, requestId, attempts);
    return switch (kind) {
      case INVALID_REQUEST -> new InvalidRequestException(summary, status, error, message, requestId, rawBody, attempts, rateLimit);
      case AUTHENTICATION -> new AuthenticationException(summary, status, error, message, requestId, rawBody, attempts, rateLimit);
      case PERMISSION -> new PermissionException(summary, status, error, message, requestId, rawBody, attempts, rateLimit);
      case BILLING_BLOCKED -> new BillingBlockedException(summary, status, error, message, requestId, rawBody, attempts,
          rateLimit, BillingBlockedException.Reason.of(error), redactor.redact(parsed.string("upgrade_url")),
          parsed.dateTime("trial_period", "started_at"), parsed.dateTime("trial_period", "ends_at"));
      case NO_RECIPIENTS -> new NoRecipientsException(summary, status, error, message, requestId, rawBody, attempts, rateLimit, slugs);
      case BADGE_DELIVERY -> new BadgeDeliveryException(summary, status, error, message, requestId, rawBody, attempts,
          rateLimit, redactor.redact(parsed.string("code")), parsed.integer("badge"), parsed.integer("devices_targeted"),
          parsed.integer("devices_updated"), parsed.integer("users_updated"), slugs);
      case NOT_FOUND -> new NotFoundException(summary, status, error, message, requestId, rawBody, attempts, rateLimit);
      case ACTIVITY_LIMIT -> new LiveActivityLimitException(summary, status, error, message, requestId, rawBody, attempts,
          rateLimit, parsed.integer("limit"), parsed.integer("active"), parsed.integer("blocked_devices"),
          parsed.integer("targeted_devices"));
      case RATE_LIMITED -> new RateLimitException(summary, status, error, message, requestId, rawBody, attempts, rateLimit, retryAfter);
      case SERVER -> new ServerException(summary, status, error, message, requestId, rawBody, attempts, rateLimit);
      case REDIRECT, OTHER -> new ApiException(summary, status, error, message, requestId, rawBody, attempts, rateLimit);
    };
  }

  /** The meaning of an error response, one per exception type. */
  private enum Kind {
    INVALID_REQUEST, AUTHENTICATION, BILLING_BLOCKED, PERMISSION, NO_RECIPIENTS, BADGE_DELIVERY, NOT_FOUND,
    ACTIVITY_LIMIT, RATE_LIMITED, SERVER, REDIRECT, OTHER;

    static Kind of(int status, Operation operation, ErrorBody body) {
      if (status >= 300 && status <= 399) {
        return REDIRECT;
      }
      if ((status == 422 || status == 502) && isBadgeFailure(body)) {
        return BADGE_DELIVERY;
      }
      switch (status) {
        case 400:
          return INVALID_REQUEST;
        case 401:
          return AUTHENTICATION;
        case 402:
          return BILLING_BLOCKED;
        case 403:
          return PERMISSION;
        case 404:
          // Only the service's own JSON error says "no recipients"; a proxy's page or an empty
          // body (a wrong base URL, say) is a plain "not found", whatever the operation.
          return body.json() && (operation.targetable() || body.has("effective_channel_slugs")) ? NO_RECIPIENTS : NOT_FOUND;
        case 422:
          return body.json() ? NO_RECIPIENTS : OTHER;
        case 429:
          return body.has("limit") || body.has("active") ? ACTIVITY_LIMIT : RATE_LIMITED;
        default:
          return status >= 500 && status <= 599 ? SERVER : OTHER;
      }
    }

    /** A badge answer's {@code code} ({@code badge_device_disconnected}, {@code badge_update_failed}, or one added later). */
    private static boolean isBadgeFailure(ErrorBody body) {
      String code = body.string("code");
      return code != null && (code.startsWith("badge_") || body.has("devices_updated"));
    }
  }

  /** An exception for a success status whose body could not be read as the expected JSON. */
  public ApiException unreadable(Operation operation, int status, Headers headers, Throwable cause, int attempts) {
    StringBuilder text = new StringBuilder("Could not read the response body: ")
        .append(redactor.redact(String.valueOf(cause.getMessage())));
    ApiException exception = new ApiException(describe(text, status, operation, null, attempts), status, null, null,
        null, "", attempts, RateLimitHeaders.parse(headers));
    exception.initCause(redactor.redactChain(cause));
    return exception;
  }

  /** An exception for a success whose body breaks the spec (a required field missing, say). */
  public ApiException brokenAnswer(Operation operation, int status, Headers headers, String problem, int attempts) {
    StringBuilder text = new StringBuilder("The response breaks the API's contract: ").append(redactor.redact(problem));
    return new ApiException(describe(text, status, operation, headers.get(REQUEST_ID_HEADER), attempts), status, null,
        null, redactor.redact(headers.get(REQUEST_ID_HEADER)), "", attempts, RateLimitHeaders.parse(headers));
  }

  /** An exception for a success whose body was larger than the client reads. */
  public ResponseTooLargeException tooLarge(Operation operation, int status, Headers headers, long limitBytes, int attempts) {
    StringBuilder text = new StringBuilder("The response body exceeds the client's limit of ").append(limitBytes)
        .append(" bytes (ActivitySmith.Builder.maxResponseBytes); it was not read");
    return new ResponseTooLargeException(describe(text, status, operation, headers.get(REQUEST_ID_HEADER), attempts),
        status, attempts, RateLimitHeaders.parse(headers), limitBytes);
  }

  private String describe(StringBuilder text, int status, Operation operation, @Nullable String requestId, int attempts) {
    StringBuilder described = new StringBuilder(text).append(" [HTTP ").append(status).append(", ").append(operation.id());
    if (requestId != null) {
      described.append(", request id ").append(requestId);
    }
    described.append(", ").append(attempts).append(attempts == 1 ? " attempt]" : " attempts]");
    return redactor.redact(described.toString());
  }

  private static List<String> orEmpty(@Nullable List<String> list) {
    return list == null ? List.of() : list;
  }

  private static String orUnknown(@Nullable Integer value) {
    return value == null ? "unknown" : value.toString();
  }

  /** The start of a non-JSON body as one readable line; see {@link Snippet}. */
  static String snippet(String body) {
    return Snippet.of(body);
  }
}
