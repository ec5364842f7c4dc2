package com.activitysmith.testing;

import com.activitysmith.testing.internal.Audience;
import com.activitysmith.testing.internal.JsonTree;
import com.activitysmith.testing.internal.KeyRing;
import com.activitysmith.testing.internal.RateLimiter;
import com.activitysmith.testing.internal.Reply;
import com.activitysmith.testing.internal.RequestValidator;
import com.activitysmith.testing.internal.RequestValidator.Problem;
import com.activitysmith.testing.internal.ServiceState;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.annotation.Nullable;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.ByteString;

/**
 * The request pipeline: route, fault, authenticate, rate-limit, parse, validate, act, journal.
 * Runs on the server's connection threads.
 */
final class SimulatorDispatcher extends Dispatcher {
  private static final String JSON = "application/json; charset=utf-8";

  private final Simulator simulator;
  private final Audience audience;
  private final RequestValidator validator;
  private final ControlApi control;

  SimulatorDispatcher(Simulator simulator, Audience audience, RequestValidator validator) {
    this.simulator = simulator;
    this.audience = audience;
    this.validator = validator;
    this.control = new ControlApi(simulator);
  }

  private record Route(@Nullable Endpoint operation, @Nullable String parameter, @Nullable Reply rejection) {}

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    // MockWebServer queues every request for takeRequest(); nobody takes them here, so drop them.
    simulator.server().takeRequest(0, TimeUnit.NANOSECONDS);
    Instant now = simulator.clock().instant();
    List<String> segments = request.getUrl().pathSegments();
    if (!segments.isEmpty() && segments.get(0).equals("_simulator")) {
      return control.handle(request, segments.subList(1, segments.size()));
    }
    boolean tooLarge = request.getBodySize() > simulator.maxRequestBytes();
    ByteString rawBody = request.getBody();
    // Past the bound the server kept only a prefix; it is neither parsed nor journaled.
    String body = rawBody == null || tooLarge ? "" : rawBody.string(StandardCharsets.UTF_8);
    Route route = route(request.getMethod(), segments);
    Fault fault = route.operation() == null || tooLarge ? null : simulator.faults().take(route.operation());
    Reply reply;
    boolean delivered = false;
    RateLimiter.Outcome[] rate = new RateLimiter.Outcome[1];
    if (tooLarge) {
      reply = tooLarge(route.operation(), request.getBodySize(), simulator.maxRequestBytes());
    } else if (route.rejection() != null) {
      reply = route.rejection();
    } else if (fault != null && !fault.handlesRequest()) {
      reply = faultReply(fault);
    } else {
      Reply handled;
      try {
        handled = handle(route.operation(), route.parameter(), request, body, now, fault, rate);
      } catch (RuntimeException | StackOverflowError e) {
        // A simulator defect should read as one in the test that met it, not as a dropped connection.
        handled = Reply.error(500, "Simulator error", "The simulator failed on this request: " + e);
      }
      delivered = handled.delivered();
      reply = fault != null && replacesAnswer(fault.kind()) ? faultReply(fault) : handled;
    }
    String json = JsonTree.write(reply.body());
    int sequence = simulator.nextSequence();
    MockResponse.Builder response = new MockResponse.Builder()
        .code(reply.status())
        .setHeader("Content-Type", JSON)
        .setHeader("X-Request-Id", "sim-" + sequence);
    reply.headers().forEach(response::setHeader);
    if (route.operation() != null && !simulator.isLegacy()) {
      // Today's service reports its rate-limit policies on every answer, counted or not.
      RateLimiter.Outcome standing = rate[0] != null ? rate[0]
          : simulator.rateLimiter().acquire(simulator.policiesFor(route.operation()), CLIENT, false);
      if (!standing.standings().isEmpty()) {
        response.setHeader("RateLimit", rateLimitHeader(standing));
        response.setHeader("RateLimit-Policy", policyHeader(standing));
      }
    }
    String sent = json;
    if (fault != null) {
      sent = applyFault(fault, reply, json, response);
    } else {
      response.body(json);
    }
    simulator.record(new JournalEntry(sequence, now, request.getMethod(), request.getTarget(), route.operation(),
        redacted(request), body, reply.status(), sent, fault, delivered));
    return response.build();
  }

  /** Per-IP policies count every client of the simulator as one: it listens on loopback. */
  private static final String CLIENT = "client";

  /** {@code "account:push"; r=59; t=60, ...}: an IETF structured-field list of strings with parameters. */
  private static String rateLimitHeader(RateLimiter.Outcome outcome) {
    return outcome.standings().stream()
        .map(s -> "\"" + s.policy().name() + "\"; r=" + s.remaining() + "; t=" + s.resetSeconds())
        .collect(Collectors.joining(", "));
  }

  /** {@code "account:push"; q=60; w=60, ...}. */
  private static String policyHeader(RateLimiter.Outcome outcome) {
    return outcome.standings().stream()
        .map(s -> "\"" + s.policy().name() + "\"; q=" + s.policy().quota() + "; w=" + s.policy().window().getSeconds())
        .collect(Collectors.joining(", "));
  }

  /** The 413 for a body past {@link Simulator.Builder#maxRequestBytes}. */
  static Reply tooLarge(@Nullable Endpoint op, long size, long max) {
    String message = "The request body has " + size + " bytes; this simulator takes at most " + max
        + " (Simulator.Builder.maxRequestBytes, --max-request-bytes)";
    return op == Endpoint.METRIC ? metricError(413, message) : Reply.error(413, "Payload too large", message);
  }

  /** Sets the faulty body and effects; returns the body as journaled. */
  private static String applyFault(Fault fault, Reply reply, String json, MockResponse.Builder response) {
    switch (fault.kind()) {
      case DELAY:
        response.headersDelay(fault.duration().toMillis(), TimeUnit.MILLISECONDS).body(json);
        return json;
      case RESET_MID_RESPONSE:
        response.body(json).onResponseBody(new SocketEffect.CloseSocket(true, false, false));
        return json;
      case TRUNCATED_JSON: {
        String cut = json.substring(0, Math.max(1, json.length() / 2));
        response.body(cut);
        return cut;
      }
      case HTML_ERROR_PAGE: {
        String page = "<!DOCTYPE html>\n<html><head><title>" + fault.status() + " " + reason(fault.status())
            + "</title></head>\n<body><h1>" + fault.status() + " " + reason(fault.status())
            + "</h1><p>The server is temporarily unable to answer. (simulated)</p></body></html>\n";
        response.setHeader("Content-Type", "text/html; charset=utf-8").body(page);
        return page;
      }
      default:
        response.body(json);
        return json;
    }
  }

  private static boolean replacesAnswer(Fault.Kind kind) {
    return kind == Fault.Kind.SERVER_ERROR || kind == Fault.Kind.RATE_LIMITED || kind == Fault.Kind.HTML_ERROR_PAGE;
  }

  /** The answer of a fault that replaces the normal one; delay, reset and truncation play over a 503. */
  private static Reply faultReply(Fault fault) {
    switch (fault.kind()) {
      case RATE_LIMITED: {
        long seconds = fault.duration().getSeconds() + (fault.duration().getNano() > 0 ? 1 : 0);
        return Reply.error(429, "Rate limit exceeded", "Too many requests, please try again later.")
            .withHeader("Retry-After", Long.toString(seconds));
      }
      case SERVER_ERROR:
      case HTML_ERROR_PAGE:
        return Reply.error(fault.status(), reason(fault.status()), "Simulated server fault");
      default:
        return Reply.error(503, reason(503), "Simulated server fault");
    }
  }

  private static String reason(int status) {
    return switch (status) {
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "Server Error";
    };
  }

  /** Finds the operation whose spec path matches the request path below {@code /api}. */
  private static Route route(String method, List<String> s) {
    boolean api = !s.isEmpty() && s.get(0).equals("api");
    List<String> below = api ? s.subList(1, s.size()) : List.of();
    List<String> allowed = new ArrayList<>();
    for (Endpoint op : Endpoint.values()) {
      String[] template = op.pathTemplate().substring(1).split("/");
      if (!api || template.length != below.size()) {
        continue;
      }
      String parameter = null;
      boolean matches = true;
      for (int i = 0; i < template.length && matches; i++) {
        if (template[i].startsWith("{")) {
          parameter = below.get(i);
        } else {
          matches = template[i].equals(below.get(i));
        }
      }
      if (!matches) {
        continue;
      }
      if (op.method().equals(method)) {
        return new Route(op, parameter, null);
      }
      allowed.add(op.method());
    }
    if (allowed.isEmpty()) {
      return new Route(null, null, Reply.error(404, "Not found", "No API route for " + method + " /" + String.join("/", s)));
    }
    String allow = String.join(", ", allowed);
    return new Route(null, null, Reply.error(405, "Method not allowed", method + " is not allowed here; use " + allow)
        .withHeader("Allow", allow));
  }

  private Reply handle(Endpoint op, @Nullable String parameter, RecordedRequest request, String text, Instant now,
      @Nullable Fault fault, RateLimiter.Outcome[] rate) {
    KeyRing.Authentication auth = simulator.keys().authenticate(request.getHeaders().get("Authorization"));
    if (auth.rejection() != null) {
      return auth.rejection();
    }
    KeyRing.Key key = auth.key();
    // The service counts per account (all its keys together) and per IP, not per key.
    rate[0] = simulator.rateLimiter().acquire(simulator.policiesFor(op), CLIENT, true);
    if (rate[0].retryAfterSeconds() > 0) {
      Reply limited = Reply.error(429, "Rate limit exceeded", "Too many requests, please try again later.")
          .withHeader("Retry-After", Long.toString(rate[0].retryAfterSeconds()));
      return simulator.isLegacy() ? limited : limited.with("code", "rate_limited");
    }
    if (parameter != null) {
      String name = op == Endpoint.METRIC ? "key" : "stream_key";
      List<Problem> problems = validator.validatePathParameter(op, name, parameter);
      if (!problems.isEmpty()) {
        return op == Endpoint.METRIC ? metricError(400, describe(problems))
            : Reply.error(400, "Invalid stream_key", describe(problems));
      }
    }
    Object body = null;
    if (!text.isBlank()) {
      try {
        body = JsonTree.parse(text);
      } catch (JsonTree.MalformedJsonException e) {
        return e.syntax() ? badRequest(op, "Invalid JSON", "The request body is not valid JSON: " + e.getMessage())
            : badRequest(op, "Invalid request", "The request body has a number the service cannot take: " + e.getMessage());
      }
      if (!(body instanceof Map)) {
        return badRequest(op, "Invalid request", "The request body must be a JSON object");
      }
    } else if (op != Endpoint.END_STREAM) {
      return badRequest(op, "Invalid request", "A JSON request body is required");
    }
    ServiceState state = simulator.state();
    String knownType = switch (op) {
      case UPDATE, END -> body instanceof Map<?, ?> m ? state.typeOfActivity(m.get("activity_id"), now) : null;
      case STREAM, END_STREAM -> state.typeOfStream(parameter, now);
      default -> null;
    };
    boolean starts = op == Endpoint.STREAM && state.streamPutStarts(parameter, now);
    List<Problem> problems = validator.validateBody(op, body, knownType, starts);
    if (!problems.isEmpty()) {
      boolean targeting = problems.stream().anyMatch(p -> p.path().startsWith("target") || p.path().startsWith("channels"));
      return badRequest(op, targeting ? "Invalid channel targeting" : "Invalid request", describe(problems));
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) body;
    Set<String> scope = key.scope();
    BillingBlock blocked = simulator.billingBlock().orElse(null);
    if (blocked != null && (op == Endpoint.PUSH || op == Endpoint.START || op == Endpoint.STREAM
        || op == Endpoint.BADGE)) {
      return billingBlocked(blocked, now);
    }
    switch (op) {
      case PUSH: {
        Audience.Resolution to = audience.resolve(scope, targetChannels(map));
        return to.rejection() != null ? to.rejection() : state.push(map, text.length(), to.recipients(), now);
      }
      case START: {
        Audience.Resolution to = audience.resolve(scope, targetChannels(map));
        return to.rejection() != null ? to.rejection() : state.start(map, to.recipients(), now);
      }
      case UPDATE:
        return state.update(map, now);
      case END:
        return state.end(map, now);
      case STREAM: {
        // That channels and target.channels agree is one of the spec's rules, checked with the others.
        List<String> top = JsonTree.strings(map, "channels");
        List<String> target = targetChannels(map);
        Audience.Resolution to = audience.resolve(scope, top != null ? top : target);
        return to.rejection() != null ? to.rejection() : state.streamPut(parameter, map, to.recipients(), now);
      }
      case END_STREAM:
        return state.streamDelete(parameter, map, now);
      case METRIC:
        return state.metric(parameter, map, now);
      case BADGE: {
        Audience.Resolution to = audience.resolve(scope, targetChannels(map));
        if (to.rejection() != null) {
          return to.rejection();
        }
        return fault != null && fault.kind().badgeOnly() ? badgeFailure(fault, map, to.recipients())
            : state.badge(map, to.recipients(), now);
      }
      default:
        throw new AssertionError(op);
    }
  }

  /** The 402 of a blocked account: reason, message, upgrade URL and, for a trial, its period. */
  private static Reply billingBlocked(BillingBlock reason, Instant now) {
    Reply reply = Reply.error(402, reason.wireName(), reason.message()).with("upgrade_url", BillingBlock.UPGRADE_URL);
    if (reason.hasTrialPeriod()) {
      Map<String, Object> period = new LinkedHashMap<>();
      Instant ended = now.truncatedTo(java.time.temporal.ChronoUnit.DAYS);
      period.put("started_at", ended.minus(java.time.Duration.ofDays(14)).toString());
      period.put("ends_at", (reason == BillingBlock.TRIAL_EXPIRED ? ended : ended.plus(java.time.Duration.ofDays(7))).toString());
      reply = reply.with("trial_period", period);
    }
    return reply;
  }

  /** A badge fault's answer: the badge error body; nothing reaches the devices. */
  private static Reply badgeFailure(Fault fault, Map<String, Object> body, Audience.Recipients to) {
    boolean disconnected = fault.kind() == Fault.Kind.BADGE_DEVICE_DISCONNECTED;
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("error", disconnected ? "Badge devices disconnected" : "Badge update failed");
    out.put("code", disconnected ? "badge_device_disconnected" : "badge_update_failed");
    out.put("message", disconnected ? "None of the targeted devices is connected to receive the badge (simulated)"
        : "The badge update could not be delivered (simulated)");
    out.put("badge", body.get("badge"));
    out.put("devices_targeted", to.devices());
    out.put("devices_updated", 0);
    out.put("users_updated", 0);
    if (to.effectiveChannels() != null) {
      out.put("effective_channel_slugs", to.effectiveChannels());
    }
    return new Reply(fault.status(), out, Map.of(), false);
  }

  private static @Nullable List<String> targetChannels(Map<String, Object> body) {
    Map<String, Object> target = JsonTree.object(body, "target");
    return target == null ? null : JsonTree.strings(target, "channels");
  }

  private static Reply badRequest(Endpoint op, String error, String message) {
    return op == Endpoint.METRIC ? metricError(400, message) : Reply.error(400, error, message);
  }

  /** Metric errors carry only {@code error}, as the service sends them. */
  private static Reply metricError(int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message);
    return new Reply(status, body, Map.of(), false);
  }

  private static String describe(List<Problem> problems) {
    return problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
  }

  private static Map<String, List<String>> redacted(RecordedRequest request) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    request.getHeaders().toMultimap().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
        name.equalsIgnoreCase("Authorization") ? values.stream().map(v -> "[redacted]").toList() : List.copyOf(values)));
    return headers;
  }
}
