package io.pyra.marketing.lead;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.OrgUnitSummary;
import io.pyra.identity.UserId;
import io.pyra.identity.UserSummary;
import io.pyra.identity.Visibility;
import io.pyra.platform.query.QueryPart;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who sees and who changes a lead: the reach of {@code lead.read} and {@code lead.write} over its
 * owner and org unit (identity's visibility rule: marketing, call-centre agents and principals
 * their subtree, management and administrators all).
 */
@Component
public class LeadAccess {

  public static final String READ = "lead.read";
  public static final String WRITE = "lead.write";

  private final CurrentUser currentUser;
  private final IdentityApi identity;

  LeadAccess(CurrentUser currentUser, IdentityApi identity) {
    this.currentUser = currentUser;
    this.identity = identity;
  }

  public UUID me() {
    return currentUser.requireId().value();
  }

  /** The visibility rule as a condition on {@code marketing_lead l}. */
  public QueryPart visible() {
    return currentUser.visibility(READ).condition("l.owner_id", "l.org_unit_id");
  }

  public boolean sees(Lead lead) {
    return reaches(READ, lead.ownerId(), lead.orgUnitId());
  }

  public boolean changes(Lead lead) {
    return reaches(WRITE, lead.ownerId(), lead.orgUnitId());
  }

  /** Whether a lead owned by {@code ownerId} in {@code orgUnitId} is within the write reach. */
  boolean mayPlace(UUID ownerId, UUID orgUnitId) {
    return reaches(WRITE, ownerId, orgUnitId);
  }

  /** Whether the current user reaches a lead owned by {@code ownerId} in {@code orgUnitId}. */
  public boolean sees(UUID ownerId, UUID orgUnitId) {
    return reaches(READ, ownerId, orgUnitId);
  }

  public boolean mayWrite() {
    return currentUser.has(WRITE);
  }

  private boolean reaches(String permission, UUID ownerId, UUID orgUnitId) {
    return currentUser
        .visibility(permission)
        .allows(new UserId(ownerId), OrgUnitId.ofNullable(orgUnitId));
  }

  /** Whether the current user may make {@code user} the owner of a lead. */
  boolean mayOwn(UserSummary user) {
    return user.active()
        && (user.id().value().equals(me())
            || currentUser.visibility(WRITE).allows(user.id(), user.orgUnitId()));
  }

  /** The org units the current user may place leads in (the reach of lead.write). */
  public List<OrgUnitSummary> possibleOrgUnits() {
    Visibility write = currentUser.visibility(WRITE);
    return identity.orgUnits().stream().filter(u -> write.includesUnit(u.id(), u.path())).toList();
  }

  /** The active users the current user may give leads to, themselves first. */
  public List<UserSummary> possibleOwners() {
    Visibility write = currentUser.visibility(WRITE);
    UUID me = me();
    return identity.activeUsers().stream()
        .filter(u -> u.id().value().equals(me) || write.allows(u.id(), u.orgUnitId()))
        .sorted(
            Comparator.comparing((UserSummary u) -> !u.id().value().equals(me))
                .thenComparing(UserSummary::displayName))
        .toList();
  }
}
