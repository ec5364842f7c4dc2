package com.activitysmith.internal.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorMapperTest {
  @Test
  void snippetsOfNonJsonBodiesAreOneReadableLine() {
    assertThat(ErrorMapper.snippet("<html><head><style>p{color:red}</style><title>503</title></head>"
        + "<body>\n\n  <p>Try   later</p><script>var x = 1;</script></body></html>")).isEqualTo("\"503 Try later\"");
    assertThat(ErrorMapper.snippet("plain\ttext\n")).isEqualTo("\"plain text\"");
    assertThat(ErrorMapper.snippet("<><>")).isEqualTo("\"<><>\"");
    assertThat(ErrorMapper.snippet("x".repeat(300))).isEqualTo("\"" + "x".repeat(200) + "…\"");
  }
}
