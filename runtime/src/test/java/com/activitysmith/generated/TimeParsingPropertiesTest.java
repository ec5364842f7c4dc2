package com.activitysmith.generated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonDataException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;


/**
 * The response reader's fast path for date-times gives exactly what {@link OffsetDateTime#parse}
 * gives, and refuses (by handing over) whatever it does not accept: valid and invalid fields,
 * other layouts, and random edits of the service's layout.
 */
class TimeParsingPropertiesTest {

  @Property(tries = 5000)
  @StatisticsReport(onFailureOnly = true)
  void sameAsOffsetDateTimeParse(@ForAll("timestamps") String text) {
    // Each kind of input is drawn often enough for the comparison to mean something.
    Statistics.coverage(c -> {
      c.check("fast path").percentage(p -> p > 10);
      c.check("invalid").percentage(p -> p > 10);
      c.check("left to OffsetDateTime.parse").count(n -> n > 20);
    });
    OffsetDateTime expected;
    try {
      expected = OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      Statistics.collect("invalid");
      assertThat(JsonSupport.fastTime(text)).as(text).isNull();
      assertThatThrownBy(() -> JsonSupport.parseTime(text)).isInstanceOf(DateTimeParseException.class);
      return;
    }
    OffsetDateTime fast = JsonSupport.fastTime(text);
    Statistics.collect(fast != null ? "fast path" : "left to OffsetDateTime.parse");
    if (fast != null) {
      assertThat(fast).as(text).isEqualTo(expected);
    }
    assertThat(JsonSupport.parseTime(text)).as(text).isEqualTo(expected);
  }

  @Example
  void theServiceLayoutTakesTheFastPath() {
    assertThat(JsonSupport.fastTime("2026-12-02T06:00:00Z"))
        .isEqualTo(OffsetDateTime.of(2026, 12, 2, 6, 0, 0, 0, ZoneOffset.UTC));
    assertThat(JsonSupport.fastTime("2026-12-02T06:00:00.5-02:30"))
        .isEqualTo(OffsetDateTime.of(2026, 12, 2, 6, 0, 0, 500_000_000, ZoneOffset.ofHoursMinutes(-2, -30)));
    assertThat(JsonSupport.fastTime("2026-12-02T06:00:00.123456789+18:00")).isNotNull();
    // Valid ISO text in another layout is left to OffsetDateTime.parse, and still read.
    assertThat(JsonSupport.fastTime("2026-12-02t06:00Z")).isNull();
    assertThat(JsonSupport.parseTime("2026-12-02t06:00Z")).isEqualTo(OffsetDateTime.of(2026, 12, 2, 6, 0, 0, 0, ZoneOffset.UTC));
  }

  @Example
  void aBadTimestampInAResponseIsAJsonError() {
    assertThatThrownBy(() -> JsonSupport.moshi().adapter(OffsetDateTime.class).fromJson("\"2026-02-30T06:00:00Z\""))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("2026-02-30T06:00:00Z");
  }

  @Provide
  Arbitrary<String> timestamps() {
    Arbitrary<String> layout = Combinators.combine(
        number(0, 10_000, 4), number(0, 13, 2), number(0, 32, 2), number(0, 25, 2), number(0, 61, 2), number(0, 61, 2),
        Arbitraries.strings().withChars("0123456789").ofMinLength(0).ofMaxLength(11)
            .map(f -> f.isEmpty() ? "" : "." + f).injectNull(0.05).map(f -> f == null ? "." : f),
        Arbitraries.oneOf(Arbitraries.of("Z", "z", "", "+00:00", "-00:00", "+18:00", "-18:00", "+18:01", "+05:30:15"),
            Combinators.combine(Arbitraries.of("+", "-"), number(0, 20, 2), number(0, 61, 2)).as((sign, h, m) -> sign + h + ":" + m)))
        .as((y, mo, d, h, mi, s, f, z) -> y + "-" + mo + "-" + d + "T" + h + ":" + mi + ":" + s + f + z);
    Arbitrary<String> edited = Combinators.combine(layout, Arbitraries.integers().between(0, 40),
        Arbitraries.chars().with("0123456789-+:.TtZz \u0660x")).as((text, at, c) -> {
          int i = Math.min(at, text.length() - 1);
          return text.substring(0, i) + c + text.substring(i + 1);
        });
    Arbitrary<String> cut = Combinators.combine(layout, Arbitraries.integers().between(0, 40))
        .as((text, at) -> text.substring(0, Math.min(at, text.length())));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, layout), net.jqwik.api.Tuple.of(3, edited), net.jqwik.api.Tuple.of(1, cut));
  }

  private static Arbitrary<String> number(int min, int max, int width) {
    return Arbitraries.integers().between(min, max).map(v -> String.format("%0" + width + "d", v));
  }
}
