package com.activitysmith.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.activitysmith.RateLimitPolicyState;
import com.activitysmith.RateLimitState;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** The RateLimit and RateLimit-Policy headers as the service sends them, and as nobody should. */
class RateLimitHeadersTest {
  // The service's own example (API facts, "The service today").
  private static final String RATE_LIMIT = "\"public-api-ip:badges\"; r=599; t=60, \"account:badges\"; r=59; t=60";
  private static final String POLICY = "\"public-api-ip:badges\"; q=600; w=60, \"account:badges\"; q=60; w=60";

  @Test
  void readsTheServicesHeadersIntoOneStatePerPolicy() {
    RateLimitState state = RateLimitHeaders.parse(Headers.of("RateLimit", RATE_LIMIT, "RateLimit-Policy", POLICY));

    assertThat(state.policies()).containsExactly(
        new RateLimitPolicyState("public-api-ip:badges", OptionalLong.of(599), Optional.of(Duration.ofSeconds(60)),
            OptionalLong.of(600), Optional.of(Duration.ofSeconds(60))),
        new RateLimitPolicyState("account:badges", OptionalLong.of(59), Optional.of(Duration.ofSeconds(60)),
            OptionalLong.of(60), Optional.of(Duration.ofSeconds(60))));
    assertThat(state.policy("account:badges").orElseThrow().toString()).isEqualTo("account:badges 59/60 per 60 s, resets in 60 s");
    assertThat(state.untilAvailable()).as("nothing is exhausted").isEmpty();
  }

  @Test
  void anExhaustedPolicySaysHowLongUntilRequestsGoThroughAgain() {
    RateLimitState state = RateLimitHeaders.parse(List.of("\"account:push\"; r=0; t=12, \"public-api-ip:push\"; r=0; t=3"),
        List.of("\"account:push\"; q=60; w=60"));

    assertThat(state.untilAvailable()).contains(Duration.ofSeconds(12));
    assertThat(state.policy("account:push").orElseThrow().exhausted()).isTrue();
  }

  @Test
  void policiesTheSdkDoesNotKnowAreKeptAndTokensNameThemToo() {
    RateLimitState state = RateLimitHeaders.parse(List.of("\"future:feature\"; r=5; t=1; z=9", "legacy;r=1"), List.of());

    assertThat(state.policies()).extracting(RateLimitPolicyState::name).containsExactly("future:feature", "legacy");
    assertThat(state.policy("legacy").orElseThrow().remaining()).hasValue(1);
  }

  @Test
  void aPolicyOnlyInOneHeaderHasOnlyThatHeadersParts() {
    RateLimitState state = RateLimitHeaders.parse(List.of(), List.of("\"account:metrics\"; q=300; w=60"));

    RateLimitPolicyState policy = state.policy("account:metrics").orElseThrow();
    assertThat(policy.quota()).hasValue(300);
    assertThat(policy.remaining()).isEmpty();
    assertThat(policy.reset()).isEmpty();
  }

  @Test
  void noHeadersIsTheEmptyState() {
    assertThat(RateLimitHeaders.parse(Headers.of())).isSameAs(RateLimitState.empty());
  }

  @Test
  void aBrokenMemberCostsOnlyItself() {
    RateLimitState state = RateLimitHeaders.parse(
        List.of("\"account:push\"; r=3; t=9, 12; r=4, \"ip:push\"; r=-1; t=1.5; q=\"x\", \"unterminated; r=1"), List.of());

    assertThat(state.policies()).extracting(RateLimitPolicyState::name).contains("account:push", "ip:push");
    assertThat(state.policy("account:push").orElseThrow().remaining()).hasValue(3);
    RateLimitPolicyState ip = state.policy("ip:push").orElseThrow();
    assertThat(ip.remaining()).as("negative").isEmpty();
    assertThat(ip.reset()).as("not an integer").isEmpty();
  }

  @Test
  void garbageYieldsNothingAndNeverThrows() {
    for (String garbage : List.of("", ",,,", "\"", "\\", ";;;", "r=1", "\u0000\u00ff", "\"a\"; r=999999999999999999999",
        "\"a\";r", "(\"a\" \"b\"); r=1", "?1", ":YWJj:; r=2", "\"a\"; t=" + "9".repeat(40), "\"" + "x".repeat(20_000) + "\"")) {
      RateLimitState state = RateLimitHeaders.parse(List.of(garbage), List.of(garbage));
      assertThat(state.policies()).allSatisfy(p -> assertThat(p.name()).isNotEmpty());
    }
  }

  @Test
  void absurdlyManyPoliciesAreCapped() {
    StringBuilder header = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      header.append(i == 0 ? "" : ", ").append("p").append(i).append(";r=1");
    }
    assertThat(RateLimitHeaders.parse(List.of(header.toString()), List.of()).policies()).hasSize(RateLimitHeaders.MAX_POLICIES);
  }

  @Property(tries = 10_000)
  void hostileHeadersNeverThrowAndNameOnlyWhatTheyHold(@ForAll("hostile") String rateLimit, @ForAll("hostile") String policy) {
    RateLimitState state = RateLimitHeaders.parse(List.of(rateLimit), List.of(policy));

    assertThat(state.policies().size()).isLessThanOrEqualTo(RateLimitHeaders.MAX_POLICIES);
    for (RateLimitPolicyState p : state.policies()) {
      String input = rateLimit + policy;
      assertThat(p.name().chars()).as("name %s is made of the input's characters", p.name())
          .allMatch(c -> input.indexOf(c) >= 0);
      p.remaining().ifPresent(r -> assertThat(r).isNotNegative());
      p.quota().ifPresent(q -> assertThat(q).isNotNegative());
      p.reset().ifPresent(t -> assertThat(t.isNegative()).isFalse());
    }
  }

  @Property(tries = 10_000)
  void wellFormedMembersAreReadExactly(@ForAll("names") String name, @ForAll("counts") long remaining, @ForAll("counts") long reset) {
    RateLimitState state = RateLimitHeaders.parse(List.of("\"" + name + "\"; r=" + remaining + "; t=" + reset), List.of());

    RateLimitPolicyState p = state.policy(name).orElseThrow();
    assertThat(p.remaining()).hasValue(remaining);
    assertThat(p.reset()).contains(Duration.ofSeconds(reset));
  }

  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<String> noise = Arbitraries.strings().withChars("\"\\;,=() \t:*?rtqw01-9aZ\u00e9\u0000\n").ofMaxLength(60);
    Arbitrary<String> member = Combinators.combine(names(), Arbitraries.of("r", "t", "q", "w", "x", "R", ""),
        Arbitraries.oneOf(counts().map(String::valueOf), Arbitraries.of("-1", "1.5", "\"7\"", "?1", "", "9".repeat(30))))
        .as((n, k, v) -> "\"" + n + "\"; " + k + "=" + v);
    Arbitrary<String> mixed = Arbitraries.oneOf(member, noise).list().ofMaxSize(6).map(parts -> String.join(", ", parts));
    return Arbitraries.oneOf(noise, mixed, Arbitraries.strings().ofMaxLength(200));
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars(':', '-', '_', '.').ofMinLength(1).ofMaxLength(30);
  }

  @Provide
  Arbitrary<Long> counts() {
    return Arbitraries.longs().between(0, 999_999_999_999_999L);
  }
}
