package com.activitysmith.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EcmaPatternsTest {
  @Test
  void anEndAnchorDoesNotMatchBeforeAFinalLineBreak() {
    var tag = EcmaPatterns.INSTANCE.getRegularExpression("^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$");
    assertThat(tag.matches("deploy")).isTrue();
    assertThat(tag.matches("deploy\n")).isFalse();
    assertThat(tag.matches("deploy\r\n")).isFalse();
  }

  @Test
  void dollarsThatAreNotAnchorsStayAsTheyAre() {
    assertThat(EcmaPatterns.toJava("^[$]\\$a$")).isEqualTo("^[$]\\$a\\z");
    assertThat(EcmaPatterns.INSTANCE.getRegularExpression("^[$]\\$$").matches("$$")).isTrue();
  }

  @Test
  void patternsMatchAnywhereUnlessAnchored() {
    assertThat(EcmaPatterns.INSTANCE.getRegularExpression("^https://").matches("https://x")).isTrue();
    assertThat(EcmaPatterns.INSTANCE.getRegularExpression("b").matches("abc")).isTrue();
  }
}
