package com.activitysmith.internal.http;

import com.activitysmith.RateLimitPolicyState;
import com.activitysmith.RateLimitState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javax.annotation.Nullable;
import okhttp3.Headers;
import org.greenbytes.http.sfv.IntegerItem;
import org.greenbytes.http.sfv.Item;
import org.greenbytes.http.sfv.ListElement;
import org.greenbytes.http.sfv.Parameters;
import org.greenbytes.http.sfv.Parser;
import org.greenbytes.http.sfv.StringItem;
import org.greenbytes.http.sfv.TokenItem;

/**
 * Reads the IETF {@code RateLimit} and {@code RateLimit-Policy} response headers (structured-field
 * lists, RFC 8941) into a {@link RateLimitState}:
 * {@code RateLimit: "account:push"; r=59; t=60} and {@code RateLimit-Policy: "account:push"; q=60; w=60}.
 *
 * <p>Parsing is done by Julian Reschke's structured-fields library. A header the library rejects as
 * a whole is read member by member, so one broken member costs only itself; members without a
 * string or token name, and parameters that are not non-negative integers, are skipped. Never throws.
 */
public final class RateLimitHeaders {
  /** The header giving each policy's remaining requests and reset. */
  public static final String RATE_LIMIT = "RateLimit";
  /** The header giving each policy's quota and window. */
  public static final String RATE_LIMIT_POLICY = "RateLimit-Policy";

  /** Longer header values than this are not read at all; real ones are a few hundred bytes. */
  static final int MAX_HEADER_CHARS = 8 * 1024;
  /** More policies than this are dropped; the service names two per response. */
  static final int MAX_POLICIES = 64;

  private RateLimitHeaders() {}

  /** Reads the state from a response's headers. */
  public static RateLimitState parse(Headers headers) {
    return parse(headers.values(RATE_LIMIT), headers.values(RATE_LIMIT_POLICY));
  }

  /** Reads the state from the values of the two headers (each possibly given on several lines). */
  public static RateLimitState parse(List<String> rateLimit, List<String> policy) {
    if (rateLimit.isEmpty() && policy.isEmpty()) {
      return RateLimitState.empty();
    }
    Map<String, Builder> policies = new LinkedHashMap<>();
    for (Member member : members(rateLimit)) {
      Builder builder = builder(policies, member.name());
      if (builder != null) {
        builder.remaining = firstNonNull(builder.remaining, member.param("r"));
        builder.reset = firstNonNull(builder.reset, member.param("t"));
      }
    }
    for (Member member : members(policy)) {
      Builder builder = builder(policies, member.name());
      if (builder != null) {
        builder.quota = firstNonNull(builder.quota, member.param("q"));
        builder.window = firstNonNull(builder.window, member.param("w"));
      }
    }
    List<RateLimitPolicyState> states = new ArrayList<>(policies.size());
    for (Builder builder : policies.values()) {
      states.add(builder.build());
    }
    return new RateLimitState(states);
  }

  private static @Nullable Builder builder(Map<String, Builder> policies, String name) {
    Builder builder = policies.get(name);
    if (builder == null && policies.size() < MAX_POLICIES) {
      builder = new Builder(name);
      policies.put(name, builder);
    }
    return builder;
  }

  private static @Nullable Long firstNonNull(@Nullable Long first, @Nullable Long second) {
    return first != null ? first : second;
  }

  /** A list member with a name: a quoted string or token item. */
  private record Member(String name, Parameters params) {
    @Nullable Long param(String key) {
      Item<?> item;
      try {
        item = params.get(key);
      } catch (RuntimeException e) {
        return null;
      }
      return item instanceof IntegerItem integer && integer.get() >= 0 ? integer.get() : null;
    }
  }

  private static List<Member> members(List<String> values) {
    List<Member> members = new ArrayList<>();
    int chars = 0;
    for (String value : values) {
      chars += value.length();
      if (chars > MAX_HEADER_CHARS) {
        break;
      }
      List<ListElement<?>> elements;
      try {
        elements = Parser.parseList(value).get();
      } catch (RuntimeException whole) {
        elements = new ArrayList<>();
        for (String part : splitMembers(value)) {
          try {
            elements.add(Parser.parseItem(part));
          } catch (RuntimeException one) {
            // A member that is not a valid item is skipped; the others still count.
          }
        }
      }
      for (ListElement<?> element : elements) {
        Object bare = element.get();
        if ((element instanceof StringItem || element instanceof TokenItem) && bare instanceof String name && !name.isEmpty()) {
          members.add(new Member(name, element.getParams()));
        }
      }
    }
    return members;
  }

  /**
   * Splits a list at the commas outside quoted strings, trimming each member; a linear scan that
   * accepts anything, for headers the strict parser rejected.
   */
  static List<String> splitMembers(String value) {
    List<String> parts = new ArrayList<>();
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (quoted && c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        parts.add(value.substring(start, i).strip());
        start = i + 1;
      }
    }
    parts.add(value.substring(start).strip());
    parts.removeIf(String::isEmpty);
    return parts;
  }

  private static final class Builder {
    private final String name;
    private @Nullable Long remaining;
    private @Nullable Long reset;
    private @Nullable Long quota;
    private @Nullable Long window;

    Builder(String name) {
      this.name = name;
    }

    RateLimitPolicyState build() {
      return new RateLimitPolicyState(name, optional(remaining), seconds(reset), optional(quota), seconds(window));
    }

    private static OptionalLong optional(@Nullable Long value) {
      return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    private static Optional<Duration> seconds(@Nullable Long value) {
      return value == null ? Optional.empty() : Optional.of(Duration.ofSeconds(value));
    }
  }
}
