package com.activitysmith.dsl;

import com.activitysmith.dsl.internal.Records;
import com.activitysmith.dsl.internal.Wire;
import com.activitysmith.generated.model.ChannelTarget;
import com.activitysmith.generated.model.PushInterruptionLevel;
import com.activitysmith.generated.model.PushNotificationRequest;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The immutable implementations of the six kinds of push (with neither media nor buttons, with
 * media, with buttons; each with or without its channels set); each call returns a new instance. A chain holds what it was told, one slot per component of {@link PushNotificationRequest}
 * in its constructor order; {@link #toPushRequest()} makes the record from them.
 */
abstract class PushChain<S extends PushOptions<S>> implements PushOptions<S> {
  // The request record's components, in constructor order (HandWrittenPartsMatchTheSpecTest keeps them in step).
  static final String[] NAMES = {"title", "message", "subtitle", "media", "redirection", "icon", "interruption_level",
      "actions", "payload", "badge", "sound", "target", "tags", "metadata"};
  static final int TITLE = 0;
  static final int MESSAGE = 1;
  static final int SUBTITLE = 2;
  static final int MEDIA = 3;
  static final int REDIRECTION = 4;
  static final int ICON = 5;
  static final int INTERRUPTION_LEVEL = 6;
  static final int ACTIONS = 7;
  static final int PAYLOAD = 8;
  static final int BADGE = 9;
  static final int SOUND = 10;
  static final int TARGET = 11;
  static final int TAGS = 12;
  static final int METADATA = 13;

  final Object[] slots;

  PushChain(Object[] slots) {
    this.slots = slots;
  }

  /** A push with only its title. */
  static Object[] titled(String title) {
    Object[] slots = new Object[NAMES.length];
    slots[TITLE] = Wire.text(title, "title");
    return slots;
  }

  abstract S next(Object[] slots);

  final S with(int slot, Object value) {
    return next(copyWith(slot, value));
  }

  final Object[] copyWith(int slot, Object value) {
    Object[] next = slots.clone();
    next[slot] = value;
    return next;
  }

  @Override
  public S message(String message) {
    return with(MESSAGE, Wire.text(message, "message"));
  }

  @Override
  public S subtitle(String subtitle) {
    return with(SUBTITLE, Wire.text(subtitle, "subtitle"));
  }

  @Override
  public S redirection(String url) {
    return with(REDIRECTION, Wire.text(url, "url"));
  }

  @Override
  public S payload(Map<String, ?> payload) {
    return with(PAYLOAD, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(payload, "payload == null"))));
  }

  @Override
  public S badge(int badge) {
    return with(BADGE, badge);
  }

  @Override
  public S sound(String sound) {
    return with(SOUND, Wire.text(sound, "sound"));
  }

  @Override
  public S tags(Collection<String> tags) {
    return with(TAGS, Wire.list(tags));
  }

  @Override
  public S tags(String... tags) {
    return with(TAGS, Wire.list(tags));
  }

  @Override
  public S clearTags() {
    return with(TAGS, List.of());
  }

  @Override
  public S icon(String url) {
    return with(ICON, Wire.text(url, "url"));
  }

  @Override
  public S interruptionLevel(PushInterruptionLevel level) {
    Objects.requireNonNull(level, "level == null");
    if (level == PushInterruptionLevel.UNKNOWN) {
      throw new IllegalArgumentException("interruption level UNKNOWN stands for a value this SDK does not know; pick passive, active or time-sensitive");
    }
    return with(INTERRUPTION_LEVEL, level);
  }

  @Override
  public S metadata(Metadata metadata) {
    return with(METADATA, Wire.value(metadata, "metadata"));
  }

  @Override
  public S clearMetadata() {
    return with(METADATA, Map.of());
  }

  @Override
  @SuppressWarnings("unchecked")
  public PushNotificationRequest toPushRequest() {
    Records r = new Records();
    return r.done(new PushNotificationRequest((String) slots[TITLE], (String) slots[MESSAGE], (String) slots[SUBTITLE],
        r.uri(slots[MEDIA], "media"), r.uri(slots[REDIRECTION], "redirection"), r.uri(slots[ICON], "icon"),
        (PushInterruptionLevel) slots[INTERRUPTION_LEVEL], r.pushNotificationActions(slots[ACTIONS], "actions"),
        (Map<String, Object>) slots[PAYLOAD], (Integer) slots[BADGE], (String) slots[SOUND], (ChannelTarget) slots[TARGET],
        (List<String>) slots[TAGS], r.metadataValues(slots[METADATA], "metadata")));
  }

  @Override
  public boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && Arrays.equals(slots, ((PushChain<?>) other).slots);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(slots);
  }

  @Override
  public String toString() {
    return Wire.describe("Push", NAMES, slots);
  }

  /** Media or buttons, for the kinds that have neither yet. */
  abstract static class Open<S extends PushOptions<S>, M, A> extends PushChain<S> implements PushKinds<M, A> {
    Open(Object[] slots) {
      super(slots);
    }

    abstract M withMedia(Object[] slots);

    abstract A withActions(Object[] slots);

    @Override
    public M media(String url) {
      return withMedia(copyWith(MEDIA, Wire.text(url, "url")));
    }

    @Override
    public A actions(Action first) {
      return actions(List.of(first));
    }

    @Override
    public A actions(Action first, Action second) {
      return actions(List.of(first, second));
    }

    @Override
    public A actions(Action first, Action second, Action third) {
      return actions(List.of(first, second, third));
    }

    @Override
    public A actions(Action first, Action second, Action third, Action fourth) {
      return actions(List.of(first, second, third, fourth));
    }

    @Override
    public A actions(Collection<? extends Action> actions) {
      return withActions(copyWith(ACTIONS, Wire.list(actions)));
    }
  }

  static final class Plain extends Open<Push, PushWithMedia, PushWithActions> implements Push {
    Plain(Object[] slots) {
      super(slots);
    }

    @Override
    Push next(Object[] slots) {
      return new Plain(slots);
    }

    @Override
    PushWithMedia withMedia(Object[] slots) {
      return new WithMedia(slots);
    }

    @Override
    PushWithActions withActions(Object[] slots) {
      return new WithActions(slots);
    }

    @Override
    public PushToChannels channels(String channel, String... more) {
      return new ToChannels(copyWith(TARGET, Wire.target(channel, more)));
    }

    @Override
    public PushToChannels channels(Collection<String> channels) {
      return new ToChannels(copyWith(TARGET, Wire.target(channels)));
    }
  }

  static final class ToChannels extends Open<PushToChannels, PushWithMediaToChannels, PushWithActionsToChannels>
      implements PushToChannels {
    ToChannels(Object[] slots) {
      super(slots);
    }

    @Override
    PushToChannels next(Object[] slots) {
      return new ToChannels(slots);
    }

    @Override
    PushWithMediaToChannels withMedia(Object[] slots) {
      return new WithMediaToChannels(slots);
    }

    @Override
    PushWithActionsToChannels withActions(Object[] slots) {
      return new WithActionsToChannels(slots);
    }
  }

  static final class WithMedia extends PushChain<PushWithMedia> implements PushWithMedia {
    WithMedia(Object[] slots) {
      super(slots);
    }

    @Override
    PushWithMedia next(Object[] slots) {
      return new WithMedia(slots);
    }

    @Override
    public PushWithMediaToChannels channels(String channel, String... more) {
      return new WithMediaToChannels(copyWith(TARGET, Wire.target(channel, more)));
    }

    @Override
    public PushWithMediaToChannels channels(Collection<String> channels) {
      return new WithMediaToChannels(copyWith(TARGET, Wire.target(channels)));
    }
  }

  static final class WithMediaToChannels extends PushChain<PushWithMediaToChannels> implements PushWithMediaToChannels {
    WithMediaToChannels(Object[] slots) {
      super(slots);
    }

    @Override
    PushWithMediaToChannels next(Object[] slots) {
      return new WithMediaToChannels(slots);
    }
  }

  static final class WithActions extends PushChain<PushWithActions> implements PushWithActions {
    WithActions(Object[] slots) {
      super(slots);
    }

    @Override
    PushWithActions next(Object[] slots) {
      return new WithActions(slots);
    }

    @Override
    public PushWithActionsToChannels channels(String channel, String... more) {
      return new WithActionsToChannels(copyWith(TARGET, Wire.target(channel, more)));
    }

    @Override
    public PushWithActionsToChannels channels(Collection<String> channels) {
      return new WithActionsToChannels(copyWith(TARGET, Wire.target(channels)));
    }
  }

  static final class WithActionsToChannels extends PushChain<PushWithActionsToChannels>
      implements PushWithActionsToChannels {
    WithActionsToChannels(Object[] slots) {
      super(slots);
    }

    @Override
    PushWithActionsToChannels next(Object[] slots) {
      return new WithActionsToChannels(slots);
    }
  }
}
