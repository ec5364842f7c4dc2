package com.activitysmith.bench;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Cold start, raw side: a fresh JVM posts the bytes the SDK sends for the same push with plain
 * OkHttp, reads the answer, exits. {@link #BODY} is checked against the SDK's bytes by
 * {@link BenchMain} before it is used.
 */
public final class ColdRaw {
  static final String BODY = "{\"title\":\"Deploy waiting\",\"message\":\"Approve v2.4.0?\",\"actions\":["
      + "{\"title\":\"Approve\",\"type\":\"webhook\",\"url\":\"https://ci.example.com/hooks/approve\",\"method\":\"POST\","
      + "\"body\":{\"release\":\"v2.4.0\"}},{\"title\":\"Open pipeline\",\"type\":\"open_url\","
      + "\"url\":\"https://ci.example.com/pipelines/812\"},{\"title\":\"Log it\",\"type\":\"open_url\","
      + "\"url\":\"shortcuts://run-shortcut?name=Deploy%20Log\"}],\"target\":{\"channels\":[\"releases\"]},"
      + "\"tags\":[\"deploy\"]}";

  private ColdRaw() {}

  public static void main(String[] args) throws Exception {
    OkHttpClient http = new OkHttpClient();
    Request request = new Request.Builder().url(args[0] + "/push-notification").header("Authorization", "Bearer ask_bench")
        .post(RequestBody.create(BODY, MediaType.get("application/json; charset=UTF-8"))).build();
    try (Response response = http.newCall(request).execute()) {
      System.out.println(response.code() + " " + response.body().string().length());
    }
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    System.exit(0);
  }
}
