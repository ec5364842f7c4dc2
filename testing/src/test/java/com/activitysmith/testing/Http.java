package com.activitysmith.testing;

import com.activitysmith.testing.internal.JsonTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.annotation.Nullable;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Plain HTTP against a simulator, so tests see exactly what goes over the wire. */
final class Http {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final OkHttpClient SHARED = new OkHttpClient.Builder()
      .retryOnConnectionFailure(false)
      .readTimeout(Duration.ofSeconds(10))
      .build();

  private final Simulator simulator;
  private final OkHttpClient client;
  private @Nullable String key;

  Http(Simulator simulator) {
    this(simulator, SHARED);
  }

  Http(Simulator simulator, OkHttpClient client) {
    this.simulator = simulator;
    this.client = client;
    this.key = simulator.apiKey();
  }

  /** The same connection settings with another key, or none (null). */
  Http withKey(@Nullable String key) {
    Http other = new Http(simulator, client);
    other.key = key;
    return other;
  }

  /** Single quotes become double quotes, so JSON reads well in Java strings. */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  Answer post(String path, String body) {
    return send("POST", path, json(body));
  }

  Answer put(String path, String body) {
    return send("PUT", path, json(body));
  }

  Answer delete(String path) {
    return send("DELETE", path, null);
  }

  Answer delete(String path, String body) {
    return send("DELETE", path, json(body));
  }

  Answer get(String rootPath) {
    return call(new Request.Builder().url(root() + rootPath).get().build());
  }

  Answer deleteRoot(String rootPath) {
    return call(new Request.Builder().url(root() + rootPath).delete().build());
  }

  Answer postRoot(String rootPath, String body) {
    return call(new Request.Builder().url(root() + rootPath).post(RequestBody.create(json(body), JSON)).build());
  }

  /** Sends to {@code baseUrl() + path}; the body is sent as is. */
  Answer send(String method, String path, @Nullable String body) {
    Request.Builder request = new Request.Builder().url(simulator.baseUrl() + path)
        .method(method, body == null ? null : RequestBody.create(body, JSON));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    return call(request.build());
  }

  private String root() {
    return simulator.baseUrl().substring(0, simulator.baseUrl().length() - "/api".length());
  }

  private Answer call(Request request) {
    try (Response response = client.newCall(request).execute()) {
      return new Answer(response.code(), response.headers(), response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A response: status, headers and body text, with JSON lookups. */
  record Answer(int status, Headers headers, String body) {
    Object tree() {
      try {
        return JsonTree.parse(body);
      } catch (JsonTree.MalformedJsonException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> json() {
      return (Map<String, Object>) tree();
    }

    /** A value by dotted path ({@code content_state.title}, {@code metrics.0.value}). */
    @Nullable Object at(String path) {
      Object node = tree();
      for (String part : path.split("\\.")) {
        if (node instanceof Map<?, ?> map) {
          node = map.get(part);
        } else if (node instanceof List<?> list) {
          node = list.get(Integer.parseInt(part));
        } else {
          return null;
        }
      }
      return node;
    }

    String string(String path) {
      return (String) at(path);
    }

    int integer(String path) {
      return ((BigDecimal) at(path)).intValueExact();
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
