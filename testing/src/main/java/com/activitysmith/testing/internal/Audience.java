package com.activitysmith.testing.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * The account's paired devices and channels, and how a request's target and its key's scope
 * resolve to recipients, as the service does it:
 * <ul>
 *   <li>all-recipients key, no target: every device, no effective channels;
 *   <li>all-recipients key, target: the devices of the targeted channels;
 *   <li>channel-scoped key, no target: the devices of the key's channels;
 *   <li>channel-scoped key, target: the target must be within the scope (else 403).
 * </ul>
 * No device at all answers 422 "no recipients" with the effective channels (404 on the older
 * deployment).
 */
public final class Audience {
  /** Where a request goes: device and user counts and the channels it was resolved against. */
  public record Recipients(int devices, int users, @Nullable List<String> effectiveChannels) {}

  /** The recipients, or the error to answer. */
  public record Resolution(@Nullable Recipients recipients, @Nullable Reply rejection) {}

  private final int devices;
  private final Map<String, Integer> channels;
  private final boolean legacy;

  /**
   * An account with {@code devices} paired devices and these channels with their device counts;
   * {@code legacy} answers no recipients with 404 as the older deployment did.
   */
  public Audience(int devices, Map<String, Integer> channelDevices, boolean legacy) {
    this.devices = devices;
    this.channels = new LinkedHashMap<>(channelDevices);
    this.legacy = legacy;
  }

  /** The configured channels and their device counts. */
  public Map<String, Integer> channels() {
    return Map.copyOf(channels);
  }

  /** Resolves a request's target ({@code null} when it names none) for a key's scope. */
  public Resolution resolve(@Nullable Set<String> scope, @Nullable List<String> requested) {
    List<String> effective;
    int reached;
    if (requested != null) {
      List<String> distinct = new ArrayList<>(new LinkedHashSet<>(requested));
      if (scope != null && !scope.containsAll(distinct)) {
        List<String> outside = new ArrayList<>(distinct);
        outside.removeAll(scope);
        return new Resolution(null, Reply.error(403, "Invalid channel targeting",
            "This API key can only target assigned channels; outside its scope: " + String.join(", ", outside)));
      }
      effective = distinct;
      reached = sum(distinct);
    } else if (scope != null) {
      effective = scope.stream().sorted().toList();
      reached = sum(effective);
    } else {
      effective = null;
      reached = devices;
    }
    if (reached == 0) {
      Reply none = Reply.error(legacy ? 404 : 422, "No recipients found",
          effective == null ? "No devices are paired with this account"
              : "No devices matched the effective channel target: " + String.join(", ", effective))
          .with("effective_channel_slugs", effective);
      return new Resolution(null, none);
    }
    return new Resolution(new Recipients(reached, 1, effective), null);
  }

  private int sum(List<String> slugs) {
    int total = 0;
    for (String slug : slugs) {
      total += channels.getOrDefault(slug, 0);
    }
    return total;
  }
}
