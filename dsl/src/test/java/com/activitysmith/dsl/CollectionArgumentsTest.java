package com.activitysmith.dsl;

import static com.activitysmith.dsl.Dsl.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.activitysmith.exception.Violation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Lists computed at run time: every list-taking method also takes a collection, puts the same
 * JSON on the wire as the fixed-argument form, and the client's rules still hold it to its limits,
 * reported at the list itself.
 */
class CollectionArgumentsTest {

  @Test
  void metricsStatsTagsAndChannelsFromCollectionsMatchTheVarargsForm() {
    List<Metric> metrics = new ArrayList<>();
    metrics.add(metric("CPU", 27.5).unit("%"));
    metrics.add(metric("RAM", 61));
    List<String> channels = List.of("ops", "releases");

    var fromLists = liveActivity("Servers").metrics(metrics).channels(channels).tags(List.of("eu", "prod"))
        .toStartRequest();
    var fromArguments = liveActivity("Servers").metrics(metrics.get(0), metrics.get(1)).channels("ops", "releases")
        .tags("eu", "prod").toStartRequest();

    assertThat(WireJson.of(fromLists)).isEqualTo(WireJson.of(fromArguments));
    assertThat(WireJson.of(liveActivityUpdate("Queue").stats(new LinkedHashSet<>(metrics)).toUpdateRequest("a1")))
        .isEqualTo(WireJson.of(liveActivityUpdate("Queue").stats(metrics.get(0), metrics.get(1)).toUpdateRequest("a1")));
    assertThat(WireJson.violations("startLiveActivity", fromLists)).isEmpty();
  }

  @Test
  void pushActionsChannelsAndTagsFromCollectionsMatchTheVarargsForm() {
    List<Action> buttons = List.of(openUrl("Open", "https://ci.example.com"), webhook("Retry", "https://ci.example.com/r").post());

    var fromLists = push("Deploy").actions(buttons).channels(List.of("ci")).tags(List.of("deploy")).toPushRequest();
    var fromArguments = push("Deploy").actions(buttons.get(0), buttons.get(1)).channels("ci").tags("deploy").toPushRequest();

    assertThat(WireJson.of(fromLists)).isEqualTo(WireJson.of(fromArguments));
    assertThat(WireJson.violations("sendPushNotification", fromLists)).isEmpty();
  }

  @Test
  void tenMetricsFromAListAreReportedAtTheListWithTheirCount() {
    List<Metric> ten = IntStream.range(0, 10).mapToObj(i -> metric("m" + i, i)).toList();

    var request = liveActivity("Servers").metrics(ten).toStartRequest();

    assertThat(WireJson.violations("startLiveActivity", request)).extracting(Violation::path, Violation::message)
        .containsExactly(tuple("content_state.metrics", "metrics: 10 items, at most 8"));
  }

  @Test
  void anEmptyRequiredListCompilesButIsRefusedBeforeSending() {
    var metrics = liveActivityEnd("Servers").metrics(List.of()).toEndRequest("a1");
    var channels = liveActivityStream("Deploy").progress(1).channels(List.of()).toStreamRequest();

    assertThat(WireJson.violations("endLiveActivity", metrics)).extracting(Violation::path, Violation::message)
        .containsExactly(tuple("content_state.metrics", "metrics: 0 items, at least 1"));
    assertThat(WireJson.violations("reconcileLiveActivityStream", channels)).extracting(Violation::path)
        .containsExactly("target.channels");
  }

  @Test
  void fiveActionsFromAListAreRefusedBeforeSending() {
    List<Action> five = IntStream.range(0, 5).mapToObj(i -> (Action) openUrl("b" + i, "https://b.example")).toList();

    assertThat(WireJson.violations("sendPushNotification", push("Deploy").actions(five).toPushRequest()))
        .extracting(Violation::path, Violation::message)
        .containsExactly(tuple("actions", "actions: 5 items, at most 4"));
  }
}
