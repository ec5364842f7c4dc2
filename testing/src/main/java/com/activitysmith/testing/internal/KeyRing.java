package com.activitysmith.testing.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * The API keys the simulator accepts, each with its channel scope (null for a key that may reach
 * every recipient).
 */
public final class KeyRing {
  /** An accepted key; {@code scope} is null for an all-recipients key. */
  public record Key(String value, @Nullable Set<String> scope) {}

  /** The outcome of reading the Authorization header: a key, or the 401 to answer. */
  public record Authentication(@Nullable Key key, @Nullable Reply rejection) {}

  private final Map<String, Key> keys;
  private final boolean acceptAny;

  /** Accepts these keys (a null scope is an all-recipients key), and any key when {@code acceptAny}. */
  public KeyRing(Map<String, Set<String>> keysToScopes, boolean acceptAny) {
    Map<String, Key> copy = new LinkedHashMap<>();
    keysToScopes.forEach((k, scope) -> copy.put(k, new Key(k, scope == null ? null : Set.copyOf(scope))));
    this.keys = copy;
    this.acceptAny = acceptAny;
  }

  /** The first configured key, which the test kit hands to clients. */
  public String primaryKey() {
    return keys.keySet().iterator().next();
  }

  /** The configured keys, in order. */
  public List<String> keys() {
    return List.copyOf(keys.keySet());
  }

  /** Reads {@code Authorization: Bearer <key>}. */
  public Authentication authenticate(@Nullable String authorization) {
    if (authorization == null || authorization.isBlank()) {
      return new Authentication(null, Reply.error(401, "Unauthorized", "Missing API key"));
    }
    String value = authorization.strip();
    if (!value.regionMatches(true, 0, "Bearer ", 0, 7) || value.substring(7).isBlank()) {
      return new Authentication(null, Reply.error(401, "Unauthorized", "Authorization must be: Bearer <API key>"));
    }
    String token = value.substring(7).strip();
    Key key = keys.get(token);
    if (key == null && acceptAny) {
      key = new Key(token, null);
    }
    if (key == null) {
      return new Authentication(null, Reply.error(401, "Unauthorized", "Invalid API key"));
    }
    return new Authentication(key, null);
  }
}
