package com.activitysmith.dsl;

import static com.activitysmith.dsl.Dsl.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.activitysmith.exception.Violation;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * Random payloads against the spec: what the DSL builds from valid values validates against the
 * spec's schema and per-type rules; invalid values, which the compiler cannot see, are rejected
 * by the spec's rules (the client's pre-send check) at the right JSON path.
 */
class PayloadPropertiesTest {

  @Property(tries = 200)
  void segmentedStartsWithinRangeAreValid(@ForAll @IntRange(min = 1, max = 40) int steps, @ForAll("fraction") double at,
      @ForAll Color color, @ForAll @StringLength(min = 1, max = 30) String title) {
    int step = (int) Math.round(at * steps);
    var request = liveActivity(title).segmented(steps).step(step).color(color).stepColor(color).toStartRequest();
    assertThat(WireJson.violations("startLiveActivity", request)).isEmpty();
  }

  @Property(tries = 200)
  void progressStreamsAreValid(@ForAll @DoubleRange(min = 0, max = 100) double percent,
      @ForAll @DoubleRange(min = 0.01, max = 1e6) double limit, @ForAll("fraction") double share, @ForAll boolean asPercent) {
    var chain = liveActivityStream("Backup");
    var request = (asPercent ? chain.progress(percent) : chain.progress(share * limit, limit)).toStreamRequest();
    assertThat(WireJson.violations("reconcileLiveActivityStream", request)).isEmpty();
  }

  @Property(tries = 200)
  void metricsWithOneToEightValidValuesAreValidInEveryPhase(@ForAll("metrics") @Size(min = 1, max = 8) List<Metric> metrics) {
    Metric first = metrics.get(0);
    Metric[] more = metrics.subList(1, metrics.size()).toArray(Metric[]::new);
    assertThat(WireJson.violations("startLiveActivity", liveActivity("M").metrics(first, more).toStartRequest())).isEmpty();
    assertThat(WireJson.violations("updateLiveActivity", liveActivityUpdate("M").stats(first, more).toUpdateRequest("a"))).isEmpty();
    assertThat(WireJson.violations("endLiveActivity", liveActivityEnd("M").metrics(first, more).toEndRequest("a"))).isEmpty();
  }

  @Property(tries = 100)
  void timersOfAnyPositiveLengthAreValid(@ForAll @IntRange(min = 1, max = 86_400_000) int millis) {
    var request = liveActivity("T").timer(Duration.ofMillis(millis)).toStartRequest();
    assertThat(WireJson.violations("startLiveActivity", request)).isEmpty();
  }

  @Property(tries = 100)
  void moreThanEightMetricsAreRejectedAtTheList(@ForAll("metrics") @Size(min = 9, max = 14) List<Metric> metrics) {
    var request = liveActivity("M").metrics(metrics.get(0), metrics.subList(1, metrics.size()).toArray(Metric[]::new))
        .toStartRequest();
    assertThat(WireJson.violations("startLiveActivity", request)).extracting(Violation::path, Violation::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("content_state.metrics",
            "metrics: " + metrics.size() + " items, at most 8"));
  }

  @Property(tries = 100)
  void aStepAboveTheStepCountIsRejectedAtTheStep(@ForAll @IntRange(min = 1, max = 40) int steps,
      @ForAll @IntRange(min = 1, max = 10) int over) {
    var violations = WireJson.violations("startLiveActivity", liveActivity("D").segmented(steps).step(steps + over).toStartRequest());
    assertThat(violations).extracting(Violation::path, Violation::rule).contains(
        org.assertj.core.groups.Tuple.tuple("content_state.current_step", "StepRange"));
  }

  @Property(tries = 100)
  void percentagesOutsideZeroToHundredAreRejectedAtThePercentage(@ForAll("outsidePercent") double percent) {
    var violations = WireJson.violations("updateLiveActivity", liveActivityUpdate("P").progress(percent).toUpdateRequest("a"));
    assertThat(paths(violations)).containsExactly("content_state.percentage");
  }

  @Property(tries = 100)
  void metricTextsLongerThanSixtyFourAreRejectedAtThatMetric(@ForAll("metrics") @Size(min = 1, max = 7) List<Metric> valid,
      @ForAll @StringLength(min = 65, max = 100) String text) {
    List<Metric> all = new java.util.ArrayList<>(valid);
    all.add(metric("Long", text));
    var violations = WireJson.violations("startLiveActivity",
        liveActivity("M").stats(all.get(0), all.subList(1, all.size()).toArray(Metric[]::new)).toStartRequest());
    assertThat(paths(violations)).isNotEmpty()
        .allMatch(p -> p.startsWith("content_state.metrics[" + valid.size() + "]"));
  }

  @Property(tries = 100)
  void stepColorsOfTheWrongLengthAreRejected(@ForAll @IntRange(min = 0, max = 8) int step, @ForAll @IntRange(min = 1, max = 3) int extra) {
    Color[] colors = new Color[step + extra];
    java.util.Arrays.fill(colors, GREEN);
    var violations = WireJson.violations("reconcileLiveActivityStream",
        liveActivityStream("D").segmented(12).step(step).stepColors(colors).toStreamRequest());
    assertThat(violations).extracting(Violation::path, Violation::rule).containsExactly(
        org.assertj.core.groups.Tuple.tuple("content_state.step_colors", "StepColorsLength"));
  }

  @Property(tries = 100)
  void linksThatAreNotHttpsAreRejectedWhereTheyAre(@ForAll("insecureUrls") String url) {
    // A tap may open any app's link, plain http included; media and webhooks stay https-only.
    assertThat(WireJson.violations("sendPushNotification", push("P").redirection(url).toPushRequest())).isEmpty();
    assertThat(paths(WireJson.violations("sendPushNotification", push("P").media(url).toPushRequest())))
        .containsExactly("media");
    assertThat(paths(WireJson.violations("startLiveActivity",
        liveActivity("A").alert("m").action(webhook("Go", url)).toStartRequest())))
        .containsExactly("action.url");
  }

  @Property(tries = 100)
  void deepLinksWithABlockedSchemeAreRejectedInAnyLetterCase(@ForAll("blockedLinks") String url) {
    assertThat(paths(WireJson.violations("sendPushNotification", push("P").redirection(url).toPushRequest())))
        .containsExactly("redirection");
  }

  @Provide
  Arbitrary<String> blockedLinks() {
    Arbitrary<String> scheme = Arbitraries.of("about", "activitysmith", "app-prefs", "blob", "data", "file",
        "itms-services", "javascript", "prefs");
    Arbitrary<Long> caseMask = Arbitraries.longs().between(0, (1L << 13) - 1);
    return Combinators.combine(scheme, caseMask).as((s, mask) -> {
      StringBuilder mixed = new StringBuilder();
      for (int i = 0; i < s.length(); i++) {
        mixed.append((mask >> i & 1) == 1 ? Character.toUpperCase(s.charAt(i)) : s.charAt(i));
      }
      return mixed + "://x";
    });
  }

  @Provide
  Arbitrary<Double> fraction() {
    return Arbitraries.doubles().between(0, 1);
  }

  @Provide
  Arbitrary<Double> outsidePercent() {
    return Arbitraries.oneOf(Arbitraries.doubles().between(100.01, 1e6), Arbitraries.doubles().between(-1e6, -0.01));
  }

  @Provide
  Arbitrary<String> insecureUrls() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)
        .map(host -> "http://" + host + ".example.com/x");
  }

  @Provide
  Arbitrary<List<Metric>> metrics() {
    Arbitrary<String> labels = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20);
    Arbitrary<Metric> numeric = Combinators.combine(labels, Arbitraries.doubles().between(0, 1e9))
        .as((label, value) -> metric(label, value));
    Arbitrary<Metric> whole = Combinators.combine(labels, Arbitraries.longs().between(0, Long.MAX_VALUE / 2))
        .as((label, value) -> metric(label, value));
    Arbitrary<Metric> text = Combinators.combine(labels, Arbitraries.strings().ofMinLength(1).ofMaxLength(64))
        .as((label, value) -> metric(label, value));
    Arbitrary<Metric> any = Arbitraries.oneOf(numeric, whole, text);
    Arbitrary<Metric> styled = Combinators.combine(any, Arbitraries.of(Color.class), Arbitraries.of("%", "ms", "GB"))
        .as((m, color, unit) -> m.color(color).unit(unit));
    return Arbitraries.oneOf(any, styled).list().ofMaxSize(14);
  }

  private static List<String> paths(List<Violation> violations) {
    return violations.stream().map(Violation::path).distinct().toList();
  }
}
