package io.pyra.platform.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SliceTests {

  @Test
  void aPageWithoutTheExtraRowHasNoNextCursor() {
    Slice<String> slice = Slice.of(List.of("a", "b"), 2, last -> "after " + last);

    assertThat(slice.items()).containsExactly("a", "b");
    assertThat(slice.nextCursor()).isNull();
    assertThat(slice.previousCursor()).isNull();
  }

  @Test
  void theExtraRowIsDroppedAndTheCursorMadeFromTheLastRowShown() {
    Slice<String> slice = Slice.of(List.of("a", "b", "c"), 2, last -> "after " + last);

    assertThat(slice.items()).containsExactly("a", "b");
    assertThat(slice.nextCursor()).isEqualTo("after b");
  }

  @Test
  void mapKeepsTheCursors() {
    Slice<Integer> slice = new Slice<>(List.of("a", "bb"), "n", "p").map(String::length);

    assertThat(slice).isEqualTo(new Slice<>(List.of(1, 2), "n", "p"));
    assertThat(Slice.<String>empty().items()).isEmpty();
  }

  @Test
  void sizeIsBetweenOneAndTheMaximum() {
    assertThat(Slice.size(0, 200)).isEqualTo(1);
    assertThat(Slice.size(50, 200)).isEqualTo(50);
    assertThat(Slice.size(500, 200)).isEqualTo(200);
  }

  @Test
  void sortKeyBindsThePositionToItsNumberedParameters() {
    SortKey key =
        new SortKey() {
          @Override
          public String orderBy() {
            return "order by t.at, t.id";
          }

          @Override
          public String after() {
            return "(t.at, t.id) > (:after0, :after1)";
          }
        };

    QueryPart after = key.after("x", 2);

    assertThat(after.sql()).isEqualTo("(t.at, t.id) > (:after0, :after1)");
    assertThat(after.params()).containsOnlyKeys("after0", "after1");
  }
}
