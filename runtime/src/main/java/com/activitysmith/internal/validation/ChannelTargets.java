package com.activitysmith.internal.validation;

import static java.util.Objects.requireNonNull;

import com.activitysmith.exception.ValidationException;
import com.activitysmith.exception.Violation;
import com.activitysmith.generated.model.ChannelTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * Turns the {@code channels(..)} convenience into the request's {@code target.channels}, refusing
 * a payload that already names other channels (order does not matter). The slugs themselves, and
 * whether a stream's {@code channels} and {@code target.channels} agree, are the spec's rules.
 */
public final class ChannelTargets {
  private ChannelTargets() {}

  /**
   * Returns the target to send.
   *
   * @param operationId the operation, for error messages
   * @param channels the convenience's slugs; empty when it was not used
   * @param target the payload's own {@code target}, or null
   * @param topLevelChannels the payload's top-level {@code channels} (stream only), or null
   * @return the payload's own target when {@code channels} is empty, else {@code target.channels}
   */
  public static @Nullable ChannelTarget merge(String operationId, List<String> channels,
      @Nullable ChannelTarget target, @Nullable List<String> topLevelChannels) {
    requireNonNull(channels, "channels == null");
    if (channels.isEmpty()) {
      return target;
    }
    List<Violation> violations = new ArrayList<>();
    if (target != null && target.channels() != null && !Set.copyOf(target.channels()).equals(Set.copyOf(channels))) {
      violations.add(new Violation("target.channels", "channelsConflict", "channels(" + channels
          + ") differs from the payload's own target.channels " + target.channels()));
    }
    if (topLevelChannels != null && !Set.copyOf(topLevelChannels).equals(Set.copyOf(channels))) {
      violations.add(new Violation("channels", "channelsConflict", "channels(" + channels
          + ") differs from the payload's own channels " + topLevelChannels));
    }
    if (!violations.isEmpty()) {
      throw new ValidationException(operationId, violations);
    }
    return new ChannelTarget(channels);
  }
}
