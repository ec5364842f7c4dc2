package com.activitysmith.it.sim;

import static com.activitysmith.dsl.Dsl.liveActivityStream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.activitysmith.ActivitySmith;
import com.activitysmith.LiveActivityStreamer;
import com.activitysmith.StreamResult;
import com.activitysmith.exception.ValidationException;
import com.activitysmith.testing.Fault;
import com.activitysmith.testing.JournalEntry;
import com.activitysmith.testing.LiveActivityCard;
import com.activitysmith.testing.Endpoint;
import com.activitysmith.testing.Simulator;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The coalescing streamer through the real client, its default rate budget and the simulator with
 * the service's limits on: states at any rate, only the latest sent, the last never lost.
 */
@Timeout(120)
class LiveActivityStreamerTest {
  private final Simulator simulator = Simulator.builder().start();
  private final ActivitySmith client = ActivitySmith.builder().apiKey(simulator.apiKey()).baseUrl(simulator.baseUrl()).build();

  @AfterEach
  void close() {
    client.close();
    simulator.close();
  }

  @Test
  void aThousandStatesOfferedAtOnceLeaveTheLastOnTheLockScreenWithFewRequestsAndNo429() throws Exception {
    LiveActivityStreamer backup = client.liveActivities().streamer("nightly-backup");
    List<CompletableFuture<StreamResult>> futures = new ArrayList<>();

    for (int done = 1; done <= 1000; done++) {
      futures.add(backup.offer(liveActivityStream("Nightly backup").progress(done, 1000)));
    }
    backup.flush().get(60, TimeUnit.SECONDS);

    assertThat(progress(card("nightly-backup"))).isEqualByComparingTo("1000");
    assertThat(backup.offered()).isEqualTo(1000);
    assertThat(backup.sent()).as("intermediate states replaced by newer ones").isLessThan(100).isPositive();
    assertThat(puts()).hasSize((int) backup.sent());
    assertThat(statuses()).containsOnly(200);
    CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
    assertThat(futures.get(0).join().streamKey()).isEqualTo("nightly-backup");
  }

  @Test
  void aStateEqualToTheOneShowingIsNotSentAgain() throws Exception {
    LiveActivityStreamer queue = client.liveActivities().streamer("queue");
    StreamResult first = queue.offer(liveActivityStream("Queue").value(42)).get(10, TimeUnit.SECONDS);

    StreamResult again = queue.offer(liveActivityStream("Queue").value(42)).get(10, TimeUnit.SECONDS);

    assertThat(again).isSameAs(first);
    assertThat(queue.sent()).isEqualTo(1);
    assertThat(puts()).hasSize(1);
    queue.offer(liveActivityStream("Queue").value(43)).get(10, TimeUnit.SECONDS);
    assertThat(puts()).hasSize(2);
  }

  @Test
  void endFlushesTheLatestStateAndThenEndsTheStream() {
    LiveActivityStreamer deploy = client.liveActivities().streamer("deploy");
    for (int step = 1; step <= 4; step++) {
      deploy.offer(liveActivityStream("Deploy").progress(25 * step));
    }

    deploy.end();

    List<JournalEntry> entries = simulator.journal().entries();
    JournalEntry last = entries.get(entries.size() - 1);
    assertThat(last.operation()).isEqualTo(Endpoint.END_STREAM);
    assertThat(entries.get(entries.size() - 2).requestBody()).contains("\"percentage\":100");
    LiveActivityCard ended = card("deploy");
    assertThat(ended.status()).isEqualTo(LiveActivityCard.Status.ENDED);
    assertThat(progress(ended)).isEqualByComparingTo("100");
    assertThatThrownBy(() -> deploy.offer(liveActivityStream("Deploy").progress(100)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("streamer deploy was ended or closed; create a new one with streamer(..)");
  }

  @Test
  void closeSendsTheLatestStateAndLeavesTheActivityRunning() {
    LiveActivityStreamer build = client.liveActivities().streamer("build");
    build.offer(liveActivityStream("Build").progress(10));
    build.offer(liveActivityStream("Build").progress(90));

    build.close();

    assertThat(progress(card("build"))).isEqualByComparingTo("90");
    assertThat(card("build").status()).isEqualTo(LiveActivityCard.Status.ACTIVE);
  }

  @Test
  void aStateHeldBackByA429IsSentAgainAndTheLatestStillArrives() throws Exception {
    simulator.faults().next(Endpoint.STREAM, Fault.rateLimited(Duration.ofMillis(50)));
    LiveActivityStreamer build = client.liveActivities().streamer("build");

    build.offer(liveActivityStream("Build").progress(55)).get(30, TimeUnit.SECONDS);

    assertThat(progress(card("build"))).isEqualByComparingTo("55");
    assertThat(build.lastFailure()).isEmpty();
  }

  @Test
  void fourStreamersShareTheBudgetAndEachShowsItsLastState() throws Exception {
    List<LiveActivityStreamer> streamers = new ArrayList<>();
    for (int s = 0; s < 4; s++) {
      streamers.add(client.liveActivities().streamer("job-" + s));
    }
    for (int i = 1; i <= 500; i++) {
      for (LiveActivityStreamer streamer : streamers) {
        streamer.offer(liveActivityStream(streamer.streamKey()).progress(i, 500));
      }
    }
    for (LiveActivityStreamer streamer : streamers) {
      streamer.flush().get(60, TimeUnit.SECONDS);
    }

    for (LiveActivityStreamer streamer : streamers) {
      assertThat(progress(card(streamer.streamKey()))).as(streamer.streamKey()).isEqualByComparingTo("500");
      assertThat(streamer.sent()).as(streamer.streamKey()).isGreaterThanOrEqualTo(1);
    }
    long most = streamers.stream().mapToLong(LiveActivityStreamer::sent).max().orElseThrow();
    long least = streamers.stream().mapToLong(LiveActivityStreamer::sent).min().orElseThrow();
    assertThat(most).as("each streamer queues one request at a time: they take turns, none starves")
        .isLessThanOrEqualTo(2 * least + 2);
    assertThat(statuses()).containsOnly(200);
  }

  @Test
  void aBadStateIsRefusedAtOnceAndChangesNothing() {
    LiveActivityStreamer build = client.liveActivities().streamer("build");

    assertThatThrownBy(() -> build.offer(liveActivityStream("Build").progress(150)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("percentage");
    assertThat(build.offered()).isZero();
    assertThat(simulator.journal().entries()).isEmpty();
    assertThatThrownBy(() -> client.liveActivities().streamer("bad key!")).isInstanceOf(ValidationException.class);
  }

  private LiveActivityCard card(String streamKey) {
    return simulator.lockScreen().stream(streamKey).orElseThrow();
  }

  private static BigDecimal progress(LiveActivityCard card) {
    return card.number("value").or(() -> card.number("percentage")).orElseThrow();
  }

  private List<JournalEntry> puts() {
    return simulator.journal().entries(Endpoint.STREAM);
  }

  private List<Integer> statuses() {
    return simulator.journal().entries().stream().map(JournalEntry::status).toList();
  }
}
