package io.pyra.interaction.analysis;

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
 * What contact analysis may count for the current user: the org units they may choose (all, their
 * unit's subtree, or their unit), and the records they reach as a SQL condition on {@code
 * interaction_record} aliased {@code r} (at scope OWN: only their own records).
 */
@Component
class AnalysisScope {

  static final String PERMISSION = "contact-analysis.read";

  private final CurrentUser currentUser;
  private final IdentityApi identity;

  AnalysisScope(CurrentUser currentUser, IdentityApi identity) {
    this.currentUser = currentUser;
    this.identity = identity;
  }

  /** The units the user may report on, in tree order. */
  List<OrgUnitSummary> units() {
    Visibility visibility = currentUser.visibility(PERMISSION);
    if (!visibility.granted()) {
      return List.of();
    }
    return identity.orgUnits().stream()
        .filter(unit -> visibility.includesUnit(unit.id(), unit.path()))
        .toList();
  }

  /**
   * The unit asked for, or by default the widest the user may choose; one beyond their reach is
   * refused.
   */
  OrgUnitSummary unit(UUID id) {
    List<OrgUnitSummary> units = units();
    if (id == null) {
      return units.stream()
          .findFirst()
          .orElseThrow(
              () -> new BusinessRuleException("orgUnitId", "scope", "analysis.orgUnit.outOfScope"));
    }
    return units.stream()
        .filter(u -> u.id().equals(id))
        .findFirst()
        .orElseThrow(
            () -> new BusinessRuleException("orgUnitId", "scope", "analysis.orgUnit.outOfScope"));
  }

  QueryPart records() {
    return currentUser.visibility(PERMISSION).condition("r.author_id", "r.org_unit_id");
  }
}
