package com.activitysmith.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the spec's {@code x-activitysmith-rate-limits} and each operation's policy names. */
final class RateLimits {
  static final String EXTENSION = "x-activitysmith-rate-limits";
  static final String OPERATION_EXTENSION = "x-activitysmith-rate-limit-policies";

  final Map<String, RateLimitPolicy> policies;
  final Map<String, RateLimitPolicy> legacyPolicies;
  final Map<String, List<RateLimitPolicy>> legacyOperations;
  final int legacyNoRecipientsStatus;

  private RateLimits(Map<String, RateLimitPolicy> policies, Map<String, RateLimitPolicy> legacyPolicies,
      Map<String, List<RateLimitPolicy>> legacyOperations, int legacyNoRecipientsStatus) {
    this.policies = policies;
    this.legacyPolicies = legacyPolicies;
    this.legacyOperations = legacyOperations;
    this.legacyNoRecipientsStatus = legacyNoRecipientsStatus;
  }

  /** Reads the extension; a spec without it has no policies. Fails with the location when malformed. */
  static RateLimits parse(JsonNode spec) {
    JsonNode ext = spec.path(EXTENSION);
    Map<String, RateLimitPolicy> policies = policies(ext.path("policies"), EXTENSION + ".policies");
    JsonNode legacy = ext.path("legacy");
    Map<String, RateLimitPolicy> legacyPolicies = policies(legacy.path("policies"), EXTENSION + ".legacy.policies");
    Map<String, List<RateLimitPolicy>> legacyOperations = new LinkedHashMap<>();
    legacy.path("operations").fields().forEachRemaining(e -> legacyOperations.put(e.getKey(),
        named(e.getValue(), legacyPolicies, EXTENSION + ".legacy.operations." + e.getKey())));
    JsonNode status = legacy.path("no_recipients_status");
    if (!legacy.isMissingNode() && !status.canConvertToInt()) {
      throw new SpecFormatException(EXTENSION + ".legacy.no_recipients_status must be an HTTP status but was " + status);
    }
    return new RateLimits(Collections.unmodifiableMap(policies), Collections.unmodifiableMap(legacyPolicies),
        Collections.unmodifiableMap(legacyOperations), status.asInt(404));
  }

  /** The policies an operation names in its {@code x-activitysmith-rate-limit-policies}. */
  List<RateLimitPolicy> forOperation(String operationId, JsonNode operation) {
    return named(operation.path(OPERATION_EXTENSION), policies, operationId + "." + OPERATION_EXTENSION);
  }

  private static Map<String, RateLimitPolicy> policies(JsonNode node, String where) {
    Map<String, RateLimitPolicy> out = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> {
      JsonNode p = e.getValue();
      if (!p.path("scope").isTextual() || !p.path("feature").isTextual() || !p.path("quota").canConvertToInt()
          || !p.path("window_seconds").canConvertToInt()) {
        throw new SpecFormatException(where + "." + e.getKey()
            + ": expected {scope, feature, quota, window_seconds} but was " + p);
      }
      try {
        out.put(e.getKey(), new RateLimitPolicy(e.getKey(), p.get("scope").asText(), p.get("feature").asText(),
            p.get("quota").asInt(), p.get("window_seconds").asInt()));
      } catch (IllegalArgumentException bad) {
        throw new SpecFormatException(where + "." + e.getKey() + ": " + bad.getMessage(), bad);
      }
    });
    return out;
  }

  private static List<RateLimitPolicy> named(JsonNode names, Map<String, RateLimitPolicy> known, String where) {
    if (!names.isMissingNode() && !names.isArray()) {
      throw new SpecFormatException(where + " must be a list of policy names but was " + names);
    }
    List<RateLimitPolicy> out = new ArrayList<>();
    for (JsonNode name : names) {
      RateLimitPolicy policy = known.get(name.asText());
      if (policy == null) {
        throw new SpecFormatException(where + " names the policy " + name + ", which is not defined; known: " + known.keySet());
      }
      out.add(policy);
    }
    return List.copyOf(out);
  }
}
