package io.pyra.platform.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikeTests {

  @Test
  void escapesTheWildcardsAndTheEscapeCharacter() {
    assertThat(Like.escape("50%_a\\b")).isEqualTo("50\\%\\_a\\\\b");
    assertThat(Like.contains("a_b")).isEqualTo("%a\\_b%");
    assertThat(Like.startsWith("10%")).isEqualTo("10\\%%");
    assertThat(Like.contains("")).isEqualTo("%%");
  }

  @Test
  void namesTheBackslashAsEscapeCharacter() {
    assertThat(Like.ESCAPE).isEqualTo("escape '\\'");
  }
}
