package com.activitysmith.internal.http;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import okhttp3.HttpUrl;

/** Checks and normalises the API base URL: https only, except on loopback hosts. */
public final class BaseUrl {
  private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "::1", "localhost");

  private BaseUrl() {}

  /**
   * Parses a base URL such as {@code https://activitysmith.com/api}, returning it with a trailing
   * slash as Retrofit expects.
   *
   * @throws IllegalArgumentException if it is not an absolute http(s) URL, carries credentials, has a query or fragment,
   *     or is plain http on a host other than 127.0.0.1, ::1 or localhost
   */
  public static HttpUrl parse(String rawBaseUrl) {
    requireNonNull(rawBaseUrl, "baseUrl == null");
    String baseUrl = withoutUserInfo(rawBaseUrl);
    if (!baseUrl.equals(rawBaseUrl)) {
      // The credentials stay out of the message: it may end up in logs.
      throw new IllegalArgumentException("baseUrl must not contain credentials (user:password@) but was '" + baseUrl
          + "'; the API key, set with apiKey(..), is the only credential the client sends");
    }
    HttpUrl url = HttpUrl.parse(baseUrl);
    if (url == null) {
      throw new IllegalArgumentException("baseUrl must be an absolute https URL but was '" + baseUrl + "'");
    }
    if (url.encodedQuery() != null || url.encodedFragment() != null) {
      throw new IllegalArgumentException("baseUrl must not have a query or fragment but was '" + baseUrl + "'");
    }
    if (!url.isHttps() && !LOOPBACK_HOSTS.contains(url.host())) {
      throw new IllegalArgumentException("baseUrl must use https (plain http is allowed only on 127.0.0.1, "
          + "::1 and localhost) but was '" + baseUrl + "'");
    }
    String path = url.encodedPath();
    return path.endsWith("/") ? url : url.newBuilder().encodedPath(path + "/").build();
  }

  /**
   * The URL with any user info of its authority replaced by {@code ***}: {@code
   * https://user:pass@host/api} becomes {@code https://***@host/api}. A linear scan that accepts
   * anything, so it also masks URLs that do not parse.
   */
  static String withoutUserInfo(String url) {
    int scheme = url.indexOf("://");
    int from = scheme < 0 ? 0 : scheme + 3;
    int end = url.length();
    for (int i = from; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '/' || c == '?' || c == '#' || c == '\\') {
        end = i;
        break;
      }
    }
    int at = url.lastIndexOf('@', end - 1);
    return at < from ? url : url.substring(0, from) + "***" + url.substring(at);
  }

  /** Whether two URLs share scheme, host and port, the scope an API key is sent to. */
  public static boolean sameOrigin(HttpUrl a, HttpUrl b) {
    return a.scheme().equals(b.scheme()) && a.host().equals(b.host()) && a.port() == b.port();
  }
}
