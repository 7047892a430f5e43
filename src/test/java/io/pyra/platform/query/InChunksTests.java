package io.pyra.platform.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InChunksTests {

  @Test
  void readsEachChunkOnceInOrderAndJoinsTheRows() {
    List<List<Integer>> asked = new ArrayList<>();
    List<String> rows =
        InChunks.read(
            List.of(1, 2, 3, 4, 5),
            2,
            chunk -> {
              asked.add(List.copyOf(chunk));
              return chunk.stream().map(k -> "row " + k).toList();
            });
    assertThat(asked).containsExactly(List.of(1, 2), List.of(3, 4), List.of(5));
    assertThat(rows).containsExactly("row 1", "row 2", "row 3", "row 4", "row 5");
  }

  @Test
  void readsNothingForNoKeysAndFiveHundredAStatementByDefault() {
    List<Integer> sizes = new ArrayList<>();
    assertThat(InChunks.read(List.of(), k -> List.of("never"))).isEmpty();
    InChunks.read(
        IntStream.range(0, 1001).boxed().toList(),
        chunk -> {
          sizes.add(chunk.size());
          return List.of();
        });
    assertThat(sizes).containsExactly(500, 500, 1);
  }

  @Test
  void refusesAChunkOfNoKeys() {
    assertThatThrownBy(() -> InChunks.read(List.of(1), 0, k -> List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one key");
  }
}
