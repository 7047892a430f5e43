package io.pyra.sales.analysis;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitSummary;
import io.pyra.identity.Visibility;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.query.QueryPart;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What the sales analysis may count for the current user ({@code sales-analysis.read} at its
 * scope): the org units they may choose, and the orders and opportunities they reach as conditions
 * on their own owner and org unit columns (a consultant: their own; a principal: their branch).
 */
@Component
public class SalesScope {

  public static final String PERMISSION = "sales-analysis.read";

  private final CurrentUser currentUser;
  private final IdentityApi identity;

  SalesScope(CurrentUser currentUser, IdentityApi identity) {
    this.currentUser = currentUser;
    this.identity = identity;
  }

  /** The units the user may report on, in tree order. */
  public List<OrgUnitSummary> units() {
    Visibility visibility = currentUser.visibility(PERMISSION);
    if (!visibility.granted()) {
      return List.of();
    }
    return identity.orgUnits().stream()
        .filter(unit -> visibility.includesUnit(unit.id(), unit.path()))
        .toList();
  }

  /** The unit asked for ({@code null}: no unit filter); one beyond reach is refused. */
  OrgUnitSummary unit(UUID id) {
    if (id == null) {
      return null;
    }
    return units().stream()
        .filter(u -> u.id().value().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new BusinessRuleException("orgUnit", "scope", "sales.analysis.orgUnit.outOfScope"));
  }

  QueryPart orders() {
    return currentUser.visibility(PERMISSION).condition("o.owner_id", "o.org_unit_id");
  }

  QueryPart opportunities() {
    return currentUser.visibility(PERMISSION).condition("op.owner_id", "op.org_unit_id");
  }
}
