package io.pyra.platform.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryPartTests {

  @Test
  void carriesConstantTextAndNamedParameters() {
    QueryPart part = QueryPart.of("t.status = :status", "status", "OPEN").with("x", 1);

    assertThat(part.sql()).isEqualTo("t.status = :status");
    assertThat(part.params()).containsExactly(Map.entry("status", "OPEN"), Map.entry("x", 1));
    assertThat(QueryPart.ALWAYS.sql()).isEqualTo("1 = 1");
    assertThat(QueryPart.NEVER.sql()).isEqualTo("1 = 0");
  }

  @Test
  void andJoinsTextAndParameters() {
    QueryPart both = QueryPart.of("a = :a", "a", 1).and(QueryPart.of("b = :b", "b", 2));

    assertThat(both.sql()).isEqualTo("a = :a and b = :b");
    assertThat(both.params()).containsOnlyKeys("a", "b");
  }

  @Test
  void refusesOneParameterBoundToTwoValues() {
    assertThatThrownBy(() -> QueryPart.of("a = :a", "a", 1).and(QueryPart.of("b = :a", "a", 2)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(QueryPart.of("a = :a", "a", 1).and(QueryPart.of("b = :a", "a", 1)).params())
        .containsExactly(Map.entry("a", 1));
  }

  @Test
  void isImmutable() {
    QueryPart part = QueryPart.of("a = :a", "a", 1);
    part.with("b", 2);
    part.and(QueryPart.ALWAYS);

    assertThat(part).isEqualTo(QueryPart.of("a = :a", "a", 1));
    assertThatThrownBy(() -> part.params().put("c", 3))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void numberedRenamesEveryParameterInTextAndMap() {
    QueryPart part =
        QueryPart.of("t.tag = :tag or t.tags = :tags or x::text = :tag", "tag", "vip")
            .with("tags", "a")
            .numbered(3);

    assertThat(part.sql()).isEqualTo("t.tag = :tag3 or t.tags = :tags3 or x::text = :tag3");
    assertThat(part.params()).containsOnly(Map.entry("tag3", "vip"), Map.entry("tags3", "a"));
  }

  @Test
  void numberedRenamesEachParameterOnce() {
    QueryPart part = QueryPart.of("a = :a and b = :a0", "a", 1).with("a0", 2).numbered(0);

    assertThat(part.sql()).isEqualTo("a = :a0 and b = :a00");
    assertThat(part.params()).containsOnly(Map.entry("a0", 1), Map.entry("a00", 2));
  }

  @Test
  void wrapPutsConstantTextAround() {
    QueryPart part = QueryPart.of("v.x = :x", "x", 1).wrap("exists (select 1 where ", ")");

    assertThat(part.sql()).isEqualTo("exists (select 1 where v.x = :x)");
    assertThat(part.params()).containsOnlyKeys("x");
  }
}
