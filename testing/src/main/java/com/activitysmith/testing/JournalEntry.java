package com.activitysmith.testing;

import static java.util.Objects.requireNonNull;

import com.activitysmith.testing.internal.JsonTree;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * One request the simulator received and what it answered.
 *
 * @param sequence 1 for the first request after start or {@link Simulator#reset()}, then counting up
 * @param receivedAt when it arrived, by the simulator's clock
 * @param method the HTTP method
 * @param path the path as sent, with its query, such as {@code /api/live-activity/stream/nightly-backup}
 * @param operation the operation it was routed to, or null when no operation matches
 * @param headers the request headers (names lower-cased); the API key is replaced by {@code [redacted]}
 * @param requestBody the body as text, empty when there was none
 * @param status the status answered (the fault's when a fault replaced the answer)
 * @param responseBody the body answered; for a truncated-JSON fault the cut body, for a reset
 *     the whole body the simulator began to send
 * @param fault the fault played on this request, or null
 * @param delivered whether the request reached devices or changed what they show: a push sent, a
 *     Live Activity started, updated or ended, a metric or badge set (false for noops, pauses,
 *     errors and faults played before handling)
 */
public record JournalEntry(
    int sequence,
    Instant receivedAt,
    String method,
    String path,
    @Nullable Endpoint operation,
    Map<String, List<String>> headers,
    String requestBody,
    int status,
    String responseBody,
    @Nullable Fault fault,
    boolean delivered) {

  /**
   * Checks the required components and copies the headers.
   *
   * @param sequence 1 for the first request after start or {@link Simulator#reset()}, then counting up
   * @param receivedAt when it arrived, by the simulator's clock
   * @param method the HTTP method
   * @param path the path as sent, with its query, such as {@code /api/live-activity/stream/nightly-backup}
   * @param operation the operation it was routed to, or null when no operation matches
   * @param headers the request headers (names lower-cased); the API key is replaced by {@code [redacted]}
   * @param requestBody the body as text, empty when there was none
   * @param status the status answered (the fault's when a fault replaced the answer)
   * @param responseBody the body answered; for a truncated-JSON fault the cut body, for a reset the whole body the simulator began to send
   * @param fault the fault played on this request, or null
   * @param delivered whether the request reached devices or changed what they show: a push sent, a Live Activity started, updated or ended, a metric or badge set (false for noops, pauses, errors and faults played before handling)
   */
  public JournalEntry {
    requireNonNull(receivedAt, "receivedAt == null");
    requireNonNull(method, "method == null");
    requireNonNull(path, "path == null");
    headers = Map.copyOf(headers);
    requireNonNull(requestBody, "requestBody == null");
    requireNonNull(responseBody, "responseBody == null");
  }

  /**
   * The first value of a request header (case-insensitive name).
   *
   * @param name the header name, in any case
   * @return the value, or empty when the request had no such header
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * The request body as a JSON tree (maps, lists, strings, {@code BigDecimal}s), if it is JSON.
   *
   * @return the parsed body, or empty when it is not JSON
   */
  public Optional<Object> requestJson() {
    return parse(requestBody);
  }

  /**
   * The response body as a JSON tree, if it is complete JSON.
   *
   * @return the parsed body, or empty when it is not complete JSON
   */
  public Optional<Object> responseJson() {
    return parse(responseBody);
  }

  private static Optional<Object> parse(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(JsonTree.parse(text));
    } catch (JsonTree.MalformedJsonException e) {
      return Optional.empty();
    }
  }

  /**
   * One line for people: {@code #3 PUT /api/live-activity/stream/k -> 200 (delivered)}.
   *
   * @return the line
   */
  public String describe() {
    return "#" + sequence + " " + method + " " + path + " -> " + status
        + (fault == null ? "" : " [fault " + fault + "]") + (delivered ? " (delivered)" : "");
  }
}
