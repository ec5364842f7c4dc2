package com.activitysmith.dsl;

import com.activitysmith.dsl.internal.Wire;
import com.activitysmith.generated.model.PushInterruptionLevel;
import com.activitysmith.generated.model.PushNotificationRequest;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The immutable implementations of the three kinds of push; each call returns a new instance. */
abstract class PushChain<S extends PushOptions<S>> implements PushOptions<S> {
  final Map<String, Object> tree;

  PushChain(Map<String, Object> tree) {
    this.tree = tree;
  }

  abstract S next(Map<String, Object> tree);

  final S with(String key, Object value) {
    return next(Wire.with(tree, key, value));
  }

  @Override
  public S message(String message) {
    return with("message", Wire.text(message, "message"));
  }

  @Override
  public S subtitle(String subtitle) {
    return with("subtitle", Wire.text(subtitle, "subtitle"));
  }

  @Override
  public S redirection(String url) {
    return with("redirection", Wire.text(url, "url"));
  }

  @Override
  public S payload(Map<String, ?> payload) {
    return with("payload", java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(payload, "payload == null"))));
  }

  @Override
  public S badge(int badge) {
    return with("badge", badge);
  }

  @Override
  public S sound(String sound) {
    return with("sound", Wire.text(sound, "sound"));
  }

  @Override
  public S channels(String channel, String... more) {
    return with("target", Wire.target(channel, more));
  }

  @Override
  public S channels(Collection<String> channels) {
    return with("target", Wire.target(channels));
  }

  @Override
  public S tags(Collection<String> tags) {
    return with("tags", Wire.list(tags));
  }

  @Override
  public S tags(String... tags) {
    return with("tags", Wire.list(tags));
  }

  @Override
  public S clearTags() {
    return with("tags", List.of());
  }

  @Override
  public S icon(String url) {
    return with("icon", Wire.text(url, "url"));
  }

  @Override
  public S interruptionLevel(PushInterruptionLevel level) {
    Objects.requireNonNull(level, "level == null");
    if (level == PushInterruptionLevel.UNKNOWN) {
      throw new IllegalArgumentException("interruption level UNKNOWN stands for a value this SDK does not know; pick passive, active or time-sensitive");
    }
    return with("interruption_level", level.wireValue());
  }

  @Override
  public S metadata(Metadata metadata) {
    return with("metadata", Wire.value(metadata, "metadata"));
  }

  @Override
  public S clearMetadata() {
    return with("metadata", Map.of());
  }

  @Override
  public PushNotificationRequest toPushRequest() {
    return Wire.record(PushNotificationRequest.class, tree);
  }

  @Override
  public boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && tree.equals(((PushChain<?>) other).tree);
  }

  @Override
  public int hashCode() {
    return tree.hashCode();
  }

  @Override
  public String toString() {
    return "Push" + tree;
  }

  static final class Plain extends PushChain<Push> implements Push {
    Plain(Map<String, Object> tree) {
      super(tree);
    }

    @Override
    Push next(Map<String, Object> tree) {
      return new Plain(tree);
    }

    @Override
    public PushWithMedia media(String url) {
      return new WithMedia(Wire.with(tree, "media", Wire.text(url, "url")));
    }

    @Override
    public PushWithActions actions(Action first) {
      return actions(List.of(first));
    }

    @Override
    public PushWithActions actions(Action first, Action second) {
      return actions(List.of(first, second));
    }

    @Override
    public PushWithActions actions(Action first, Action second, Action third) {
      return actions(List.of(first, second, third));
    }

    @Override
    public PushWithActions actions(Action first, Action second, Action third, Action fourth) {
      return actions(List.of(first, second, third, fourth));
    }

    @Override
    public PushWithActions actions(Collection<? extends Action> actions) {
      return new WithActions(Wire.with(tree, "actions", Wire.list(actions)));
    }
  }

  static final class WithMedia extends PushChain<PushWithMedia> implements PushWithMedia {
    WithMedia(Map<String, Object> tree) {
      super(tree);
    }

    @Override
    PushWithMedia next(Map<String, Object> tree) {
      return new WithMedia(tree);
    }
  }

  static final class WithActions extends PushChain<PushWithActions> implements PushWithActions {
    WithActions(Map<String, Object> tree) {
      super(tree);
    }

    @Override
    PushWithActions next(Map<String, Object> tree) {
      return new WithActions(tree);
    }
  }
}
