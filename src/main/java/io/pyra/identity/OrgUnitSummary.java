package io.pyra.identity;

import io.pyra.platform.query.ColumnCondition;
import io.pyra.platform.query.Like;
import io.pyra.platform.query.QueryPart;
import java.util.UUID;

/**
 * An org unit as other modules see it; {@code path} lists the ids from the root, for {@link
 * Visibility}'s subtree checks.
 */
public record OrgUnitSummary(UUID id, UUID parentId, String code, String name, String path) {

  /**
   * The rows of the caller's statement whose org unit ({@code orgUnitColumn}, a constant such as
   * {@code "r.org_unit_id"}) is this unit or one below it.
   */
  public QueryPart subtree(String orgUnitColumn) {
    return ColumnCondition.on(
        orgUnitColumn,
        QueryPart.of(Visibility.IN_UNIT_SUBTREE, "unitSubtree", Like.startsWith(path)));
  }
}
