package com.activitysmith.dsl;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A button that makes the ActivitySmith backend call an {@code https://} endpoint
 * ({@code type: webhook}): {@code webhook("Retry", url).post(Map.of("pipeline", 812))}. Without
 * {@link #get()} or {@link #post} the service picks the method. The method is said once: what
 * {@code get()} and {@code post(..)} return is a finished {@link Action}, so
 * {@code .post(body).get()} (which would drop the body) does not compile. Immutable.
 *
 * @param title the button's label
 * @param url the {@code https://} endpoint
 * @param method {@code "GET"}, {@code "POST"} or null
 * @param body the JSON object sent with a POST, or null
 */
public record Webhook(String title, String url, String method, Map<String, Object> body) implements Action {
  /**
   * Checks that title and endpoint are present and copies the body.
   *
   * @param title the button's label
   * @param url the {@code https://} endpoint
   * @param method {@code "GET"}, {@code "POST"} or null
   * @param body the JSON object sent with a POST, or null
   */
  public Webhook {
    requireNonNull(title, "title == null");
    requireNonNull(url, "url == null");
    if (method != null && !method.equals("GET") && !method.equals("POST")) {
      throw new IllegalArgumentException("webhook method is \"" + method + "\"; use GET, POST or null (the service's choice)");
    }
    if (body != null && !"POST".equals(method)) {
      throw new IllegalArgumentException("a webhook body is sent only with POST, but the method is "
          + (method == null ? "unset" : method) + "; use post(body)");
    }
    body = body == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(body));
  }

  /**
   * Returns this webhook called with GET.
   *
   * @return a copy that uses GET, which takes no other method
   */
  public Action get() {
    return new Webhook(title, url, "GET", null);
  }

  /**
   * Returns this webhook called with POST and no body.
   *
   * @return a copy that uses POST, which takes no other method
   */
  public Action post() {
    return new Webhook(title, url, "POST", null);
  }

  /**
   * Returns this webhook called with POST, sending {@code body} as a JSON object.
   *
   * @param body the JSON object to send
   * @return a copy that uses POST with that body, which takes no other method
   */
  public Action post(Map<String, ?> body) {
    // The constructor takes the one copy.
    return new Webhook(title, url, "POST", Collections.<String, Object>unmodifiableMap(requireNonNull(body, "body == null")));
  }
}
