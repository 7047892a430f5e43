package io.pyra.platform.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnConditionTests {

  private static final QueryPart OWNED = QueryPart.of("{column} = :owner", "owner", 7);

  @Test
  void putsTheColumnInAndNamesTheParametersAfterIt() {
    QueryPart part = ColumnCondition.on("c.owner_id", OWNED);
    assertThat(part.sql()).isEqualTo("c.owner_id = :owner_c_owner_id");
    assertThat(part.params()).containsExactly(Map.entry("owner_c_owner_id", 7));
  }

  @Test
  void theSameConditionOnTwoColumnsSharesAStatement() {
    QueryPart both =
        ColumnCondition.on("t.assignee_id", OWNED).and(ColumnCondition.on("t.created_by", OWNED));
    assertThat(both.sql())
        .isEqualTo("t.assignee_id = :owner_t_assignee_id and t.created_by = :owner_t_created_by");
    assertThat(both.params()).hasSize(2);
  }

  @Test
  void aParameterWhoseNameStartsLikeAnotherKeepsItsOwn() {
    QueryPart part =
        ColumnCondition.on(
            "owner_id",
            QueryPart.of("{column} in (:owner, :owners)").with("owner", 1).with("owners", 2));
    assertThat(part.sql()).isEqualTo("owner_id in (:owner_owner_id, :owners_owner_id)");
  }

  @Test
  void takesAColumnNameAndNothingElse() {
    assertThatThrownBy(() -> ColumnCondition.on("c.owner_id or 1 = 1", OWNED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ColumnCondition.on("c.owner_id;", OWNED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ColumnCondition.on(null, OWNED))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
