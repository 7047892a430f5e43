package io.pyra.platform.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WhereTests {

  @Test
  void emptyMatchesEveryRow() {
    Where where = new Where();

    assertThat(where.isEmpty()).isTrue();
    assertThat(where.sql()).isEqualTo("1 = 1");
    assertThat(where.params()).isEmpty();
  }

  @Test
  void andsConditionsInOrderWithTheirParameters() {
    Where where =
        new Where()
            .and("t.deleted_at is null")
            .and("t.status = :status", "status", "OPEN")
            .and(QueryPart.of("t.owner = :owner", "owner", 7))
            .param("limit", 51);

    assertThat(where.sql())
        .isEqualTo("t.deleted_at is null and t.status = :status and t.owner = :owner");
    assertThat(where.params())
        .containsExactly(
            Map.entry("status", "OPEN"), Map.entry("owner", 7), Map.entry("limit", 51));
    assertThat(where.part().sql()).isEqualTo(where.sql());
    assertThat(where.part().params()).isEqualTo(where.params());
  }

  @Test
  void allowsNullParameters() {
    Map<String, Object> expected = new HashMap<>();
    expected.put("x", null);

    assertThat(new Where().and("a = :x", "x", null).param("x", null).params()).isEqualTo(expected);
  }

  @Test
  void refusesOneParameterBoundToTwoValues() {
    Where where = new Where().and("a = :a", "a", 1);

    assertThatThrownBy(() -> where.param("a", 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void statementPutsTheConditionsBetweenConstantHeadAndTail() {
    Where where = new Where().and("t.x = :x", "x", 1);

    assertThat(where.statement("select * from t where ", "order by t.id", "limit :limit"))
        .isEqualTo("select * from t where t.x = :x order by t.id limit :limit");
    assertThat(new Where().statement("select * from t where "))
        .isEqualTo("select * from t where 1 = 1");
  }
}
