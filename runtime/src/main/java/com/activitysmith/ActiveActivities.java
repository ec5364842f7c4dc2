package com.activitysmith;

import com.activitysmith.exception.LiveActivityLimitException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletionException;
import javax.annotation.Nullable;

/**
 * The Live Activities this client knows are running: those it started (by id) and the streams it
 * sent a state that showed an activity (by key), less those it saw end. A start that would exceed
 * the limit is refused before it is sent. Activities started or ended elsewhere (another client,
 * the dashboard, their lifetime running out) are not known; the service's 429 still answers those.
 * Thread-safe.
 */
final class ActiveActivities {
  private final Set<String> running = new HashSet<>();
  private int reserved;
  private int limit;

  ActiveActivities(int limit) {
    this.limit = limit;
  }

  /**
   * Reserves room for a start (or a stream state for {@code streamKey}, which starts an activity
   * unless the stream already shows one).
   *
   * @return whether room was reserved (false for a stream already known to run)
   * @throws LiveActivityLimitException if the limit is reached; nothing is sent
   */
  synchronized boolean reserve(String operationId, @Nullable String streamKey) {
    if (streamKey != null && running.contains(stream(streamKey))) {
      return false;
    }
    int active = running.size() + reserved;
    if (active >= limit) {
      String message = "Not sent: this client knows of " + active + " running Live Activities and at most " + limit
          + " may run at once; end one (or a stream) first [" + operationId + (streamKey == null ? "" : " " + streamKey) + "]";
      throw new LiveActivityLimitException(message, 0, "live_activity_limit", message, null, "", 0,
          RateLimitState.empty(), limit, active, null, null);
    }
    reserved++;
    return true;
  }

  /** Ends a reservation, recording the activity (or stream) when one now runs. */
  synchronized void started(boolean reservation, @Nullable String id) {
    if (reservation) {
      reserved--;
    }
    if (id != null) {
      running.add(id);
    }
  }

  /** Records a failed start or stream state; a limit 429 teaches the service's limit. */
  synchronized void failed(boolean reservation, Throwable failure) {
    if (reservation) {
      reserved--;
    }
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    if (cause instanceof LiveActivityLimitException limited && limited.attempts() > 0 && limited.limit().isPresent()
        && limited.limit().getAsInt() > 0) {
      limit = limited.limit().getAsInt();
    }
  }

  /** Forgets an activity or stream that ended (or, for a stream, shows nothing). */
  synchronized void ended(String id) {
    running.remove(id);
  }

  /** How many are known to run; for tests. */
  synchronized int count() {
    return running.size();
  }

  static String stream(String streamKey) {
    return "stream:" + streamKey;
  }

  static String activity(String activityId) {
    return "activity:" + activityId;
  }
}
