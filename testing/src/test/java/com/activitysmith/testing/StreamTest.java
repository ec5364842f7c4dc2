package com.activitysmith.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** PUT and DELETE /live-activity/stream/{stream_key}: every operation a stream answers. */
class StreamTest {
  private static final String BACKUP = "/live-activity/stream/nightly-backup";

  private final TestClock clock = new TestClock();
  private final Simulator simulator = Simulator.builder().clock(clock).channel("ops", 2).start();
  private final Http http = new Http(simulator);

  @AfterEach
  void close() {
    simulator.close();
  }

  private Http.Answer progress(int percentage) {
    return http.put(BACKUP, "{'content_state':{'title':'Nightly backup','type':'progress','percentage':" + percentage + "}}");
  }

  @Test
  void theFirstPutStartsAnActivity() {
    Http.Answer answer = progress(10);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json()).containsEntry("operation", "started").containsEntry("stream_key", "nightly-backup")
        .containsEntry("devices_notified", BigDecimal.ONE).doesNotContainKey("previous_activity_id");
    LiveActivityCard shown = simulator.lockScreen().stream("nightly-backup").orElseThrow();
    assertThat(shown.id()).isEqualTo(answer.string("activity_id"));
    assertThat(shown.number("percentage")).contains(BigDecimal.TEN);
  }

  @Test
  void aChangedStateUpdatesTheSameActivity() {
    String id = progress(10).string("activity_id");

    Http.Answer answer = http.put(BACKUP, "{'content_state':{'title':'Nightly backup','percentage':42}}");

    assertThat(answer.json()).containsEntry("operation", "updated").containsEntry("activity_id", id);
    assertThat(simulator.lockScreen().stream("nightly-backup").orElseThrow().number("percentage"))
        .contains(new BigDecimal(42));
  }

  @Test
  void theSameStateAgainIsANoopThatDeliversNothing() {
    String id = progress(10).string("activity_id");

    Http.Answer sameWithType = progress(10);
    Http.Answer sameWithoutType = http.put(BACKUP, "{'content_state':{'title':'Nightly backup','percentage':10.0}}");

    assertThat(sameWithType.json()).containsEntry("operation", "noop").containsEntry("activity_id", id)
        .doesNotContainKey("devices_notified");
    assertThat(sameWithoutType.string("operation")).isEqualTo("noop");
    assertThat(simulator.journal().deliveredCount(Endpoint.STREAM)).isEqualTo(1);
    assertThat(simulator.lockScreen().stream("nightly-backup").orElseThrow().changes()).isZero();
  }

  @Test
  void aChangedTypeRotatesToANewActivity() {
    String first = progress(10).string("activity_id");

    Http.Answer answer = http.put(BACKUP,
        "{'content_state':{'title':'Nightly backup','type':'alert','message':'Disk full'}}");

    assertThat(answer.json()).containsEntry("operation", "rotated").containsEntry("previous_activity_id", first);
    String second = answer.string("activity_id");
    assertThat(second).isNotEqualTo(first);
    LockScreen screen = simulator.lockScreen();
    assertThat(screen.liveActivity(first).orElseThrow().isActive()).isFalse();
    assertThat(screen.liveActivity(second).orElseThrow().type()).isEqualTo("alert");
    assertThat(screen.activeLiveActivities()).extracting(LiveActivityCard::id).containsExactly(second);
  }

  @Test
  void anExpiredActivityRotatesOnTheNextPut() {
    String first = progress(10).string("activity_id");
    clock.advance(Duration.ofHours(8));

    Http.Answer answer = progress(20);

    assertThat(answer.json()).containsEntry("operation", "rotated").containsEntry("previous_activity_id", first);
  }

  @Test
  void aPausedStreamAnswersPausedAndDeliversNothing() {
    String id = progress(10).string("activity_id");

    simulator.pauseStream("nightly-backup");
    Http.Answer answer = progress(50);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json()).containsEntry("operation", "paused").containsEntry("activity_id", null);
    assertThat(simulator.lockScreen().liveActivity(id).orElseThrow().isActive()).isFalse();
    assertThat(simulator.lockScreen().pausedStreams()).containsExactly("nightly-backup");
    assertThat(simulator.journal().last().orElseThrow().delivered()).isFalse();

    simulator.resumeStream("nightly-backup");
    assertThat(progress(60).string("operation")).isEqualTo("started");
  }

  @Test
  void deleteEndsWithTheLatestStateAndALaterPutStartsAnew() {
    String id = progress(90).string("activity_id");

    Http.Answer ended = http.delete(BACKUP);

    assertThat(ended.json()).containsEntry("operation", "ended").containsEntry("activity_id", id);
    LiveActivityCard last = simulator.lockScreen().liveActivity(id).orElseThrow();
    assertThat(last.isActive()).isFalse();
    assertThat(last.number("percentage")).contains(new BigDecimal(90));

    Http.Answer again = http.delete(BACKUP);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json()).containsEntry("operation", "ended").containsEntry("activity_id", null);

    Http.Answer restarted = progress(5);
    assertThat(restarted.string("operation")).isEqualTo("started");
    assertThat(restarted.string("activity_id")).isNotEqualTo(id);
  }

  @Test
  void deleteWithAFinalStateShowsIt() {
    String id = progress(90).string("activity_id");

    Http.Answer ended = http.delete(BACKUP,
        "{'content_state':{'title':'Nightly backup','percentage':100,'auto_dismiss_seconds':30},"
            + "'alert':{'title':'Backup finished'}}");

    assertThat(ended.status()).isEqualTo(200);
    LiveActivityCard last = simulator.lockScreen().liveActivity(id).orElseThrow();
    assertThat(last.number("percentage")).contains(new BigDecimal(100));
    assertThat(last.alert()).containsEntry("title", "Backup finished");
    assertThat(last.dismissAt()).isEqualTo(last.endedAt().plusSeconds(30));
  }

  @Test
  void deleteOfAKeyNeverSeenIsNotFound() {
    Http.Answer answer = http.delete("/live-activity/stream/never-seen");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.string("message")).contains("never-seen");
  }

  @Test
  void theFirstPutNeedsATypeAndTheTypesStartFields() {
    Http.Answer noType = http.put(BACKUP, "{'content_state':{'title':'Nightly backup','percentage':10}}");
    Http.Answer timerWithoutDuration = http.put(BACKUP, "{'content_state':{'title':'Bench','type':'timer'}}");

    assertThat(noType.status()).isEqualTo(400);
    assertThat(noType.string("message")).contains("content_state.type");
    assertThat(timerWithoutDuration.status()).isEqualTo(400);
    assertThat(timerWithoutDuration.string("message")).contains("duration_seconds");
  }

  @Test
  void aStartingPutMayCarryTheStreamOnlyDismissal() {
    Http.Answer answer = http.put(BACKUP,
        "{'content_state':{'title':'Bench','type':'timer','duration_seconds':300,'auto_dismiss_seconds':10}}");

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
  }

  @Test
  void rejectsAnInvalidStreamKey() {
    Http.Answer answer = http.put("/live-activity/stream/not%20valid",
        "{'content_state':{'title':'x','type':'alert','message':'m'}}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.string("error")).isEqualTo("Invalid stream_key");
    assertThat(answer.string("message")).startsWith("stream_key");
  }

  @Test
  void channelsMayBeGivenEitherWayButMustAgree() {
    Http.Answer topLevel = http.put(BACKUP,
        "{'content_state':{'title':'Nightly backup','type':'progress','percentage':1},'channels':['ops']}");
    Http.Answer disagreeing = http.put("/live-activity/stream/other",
        "{'content_state':{'title':'x','type':'alert','message':'m'},'channels':['ops'],'target':{'channels':['dev']}}");

    assertThat(topLevel.json()).containsEntry("devices_notified", new BigDecimal(2))
        .containsEntry("effective_channel_slugs", List.of("ops"));
    assertThat(disagreeing.status()).isEqualTo(400);
    assertThat(disagreeing.string("error")).isEqualTo("Invalid channel targeting");
  }

  @Test
  void tagsAreKeptUntilReplacedOrCleared() {
    http.put(BACKUP, "{'content_state':{'title':'Nightly backup','type':'progress','percentage':1},'tags':['backup']}");
    http.put(BACKUP, "{'content_state':{'title':'Nightly backup','percentage':2}}");
    assertThat(simulator.lockScreen().stream("nightly-backup").orElseThrow().tags()).containsExactly("backup");

    http.put(BACKUP, "{'content_state':{'title':'Nightly backup','percentage':3},'tags':[]}");
    assertThat(simulator.lockScreen().stream("nightly-backup").orElseThrow().tags()).isEmpty();
  }
}
