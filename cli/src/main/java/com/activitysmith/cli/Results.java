package com.activitysmith.cli;

import com.activitysmith.BadgeResult;
import com.activitysmith.LiveActivity;
import com.activitysmith.PushResult;
import com.activitysmith.StreamEndResult;
import com.activitysmith.StreamResult;
import com.activitysmith.UpdateResult;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.Nullable;

/** The client's results as JSON objects in the API's snake_case, and as one line for people. */
final class Results {
  private Results() {}

  static Map<String, Object> push(PushResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("devices_notified", r.devicesNotified());
    m.put("users_notified", r.usersNotified());
    m.put("effective_channel_slugs", r.effectiveChannelSlugs());
    m.put("tags", r.tags());
    m.put("timestamp", time(r.timestamp()));
    return m;
  }

  static String pushLine(PushResult r) {
    return "Push sent to " + devices(r.devicesNotified()) + channels(r.effectiveChannelSlugs()) + ".";
  }

  static Map<String, Object> started(LiveActivity a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("activity_id", a.activityId());
    m.put("devices_notified", a.devicesNotified());
    m.put("users_notified", a.usersNotified());
    m.put("effective_channel_slugs", a.effectiveChannelSlugs());
    m.put("tags", a.tags());
    m.put("timestamp", time(a.timestamp()));
    return m;
  }

  static String startedLine(LiveActivity a) {
    return "Started Live Activity " + a.activityId() + " on " + devices(a.devicesNotified())
        + channels(a.effectiveChannelSlugs()) + ".";
  }

  static Map<String, Object> updated(UpdateResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("activity_id", r.activityId());
    m.put("devices_notified", r.devicesNotified());
    m.put("devices_queued", r.devicesQueued());
    m.put("timestamp", time(r.timestamp()));
    return m;
  }

  static String updatedLine(String verb, UpdateResult r) {
    return verb + " Live Activity " + r.activityId() + ": " + devices(r.devicesNotified()) + " notified, "
        + r.devicesQueued() + " queued.";
  }

  static Map<String, Object> stream(StreamResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("operation", r.operation().name().toLowerCase(Locale.ROOT));
    m.put("stream_key", r.streamKey());
    m.put("activity_id", r.activityId());
    m.put("previous_activity_id", r.previousActivityId());
    m.put("devices_notified", r.devicesNotified());
    m.put("devices_queued", r.devicesQueued());
    m.put("users_notified", r.usersNotified());
    m.put("effective_channel_slugs", r.effectiveChannelSlugs());
    m.put("tags", r.tags());
    m.put("timestamp", time(r.timestamp()));
    return m;
  }

  static String streamLine(StreamResult r) {
    String what = switch (r.operation()) {
      case STARTED -> "started Live Activity " + r.activityId();
      case UPDATED -> "updated Live Activity " + r.activityId();
      case ROTATED -> "replaced " + r.previousActivityId() + " with Live Activity " + r.activityId();
      case NOOP -> "unchanged, nothing sent";
      case PAUSED -> "paused in the app, nothing sent";
      case UNKNOWN -> "answered an operation this version does not know";
    };
    return "Stream " + r.streamKey() + ": " + what + " (" + devices(r.devicesNotified()) + ").";
  }

  static Map<String, Object> streamEnded(StreamEndResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("operation", "ended");
    m.put("stream_key", r.streamKey());
    m.put("activity_id", r.activityId());
    m.put("devices_notified", r.devicesNotified());
    m.put("devices_queued", r.devicesQueued());
    m.put("timestamp", time(r.timestamp()));
    return m;
  }

  static String streamEndedLine(StreamEndResult r) {
    return "Stream " + r.streamKey() + " ended" + (r.activityId() == null ? "" : " (Live Activity " + r.activityId() + ")") + ".";
  }

  static Map<String, Object> badge(BadgeResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("badge", r.badge());
    m.put("devices_updated", r.devicesNotified());
    m.put("users_updated", r.usersNotified());
    m.put("effective_channel_slugs", r.effectiveChannelSlugs());
    m.put("timestamp", time(r.timestamp()));
    return m;
  }

  static String badgeLine(BadgeResult r) {
    return "Badge set to " + r.badge() + " on " + devices(r.devicesNotified()) + channels(r.effectiveChannelSlugs()) + ".";
  }

  private static String devices(int n) {
    return n + (n == 1 ? " device" : " devices");
  }

  private static String channels(List<String> slugs) {
    return slugs.isEmpty() ? "" : " on " + String.join(", ", slugs);
  }

  private static @Nullable String time(@Nullable OffsetDateTime t) {
    return t == null ? null : t.toString();
  }
}
