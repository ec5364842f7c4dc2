package com.activitysmith.testing.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the simulated service answers: a status, a JSON tree and extra headers, and whether the
 * request reached devices (a push or Live Activity change was delivered).
 */
public record Reply(int status, Object body, Map<String, String> headers, boolean delivered) {
  /** Copies the headers. */
  public Reply {
    headers = Map.copyOf(headers);
  }

  /** A 200 whose body is a generated response model or a tree. */
  public static Reply ok(Object body, boolean delivered) {
    return new Reply(200, body instanceof Map || body instanceof List ? body : JsonTree.toTree(body), Map.of(), delivered);
  }

  /** An error in the service's shape: {@code {"error": ..., "message": ...}}. */
  public static Reply error(int status, String error, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error);
    body.put("message", message);
    return new Reply(status, body, Map.of(), false);
  }

  /** The same reply with one more header. */
  public Reply withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Reply(status, body, more, delivered);
  }

  /** The same reply with one more body field (which may be an explicit null). */
  @SuppressWarnings("unchecked")
  public Reply with(String field, Object value) {
    Map<String, Object> more = new LinkedHashMap<>((Map<String, Object>) body);
    more.put(field, value);
    return new Reply(status, more, headers, delivered);
  }
}
