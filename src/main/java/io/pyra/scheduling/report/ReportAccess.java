package io.pyra.scheduling.report;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.OrgUnitSummary;
import io.pyra.identity.Visibility;
import io.pyra.platform.query.QueryPart;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who sees which centres in the scheduling reports: the reach of {@code scheduling.report} over the
 * org units (identity's visibility rule), checked for the chosen centre and repeated as a condition
 * in every statement of the reports.
 */
@Component
public class ReportAccess {

  public static final String REPORT = "scheduling.report";

  private final CurrentUser currentUser;
  private final IdentityApi identity;

  ReportAccess(CurrentUser currentUser, IdentityApi identity) {
    this.currentUser = currentUser;
    this.identity = identity;
  }

  /** The centres the reports may show to the current user, by name. */
  public List<OrgUnitSummary> centres() {
    Visibility reach = currentUser.visibility(REPORT);
    return identity.orgUnits().stream()
        .filter(u -> reach.includesUnit(u.id(), u.path()))
        .sorted(Comparator.comparing(OrgUnitSummary::name).thenComparing(u -> u.id().value()))
        .toList();
  }

  /** The centre, when the current user's reach of {@code scheduling.report} includes it. */
  public Optional<OrgUnitSummary> centre(UUID id) {
    if (id == null) {
      return Optional.empty();
    }
    Visibility reach = currentUser.visibility(REPORT);
    return identity.orgUnit(new OrgUnitId(id)).filter(u -> reach.includesUnit(u.id(), u.path()));
  }

  /**
   * The reach as a condition on an org unit column (a constant such as {@code "r.org_unit_id"}).
   */
  QueryPart visible(String ownerColumn, String orgUnitColumn) {
    return currentUser.visibility(REPORT).condition(ownerColumn, orgUnitColumn);
  }
}
