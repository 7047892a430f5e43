package io.pyra.marketing.campaign;

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
 * Who sees and who changes a campaign: the reach of {@code campaign.read} and {@code
 * campaign.write} over its owner and org unit (identity's visibility rule: marketing their subtree,
 * a centre principal reads their subtree, management and administrators all).
 */
@Component
public class CampaignAccess {

  public static final String READ = "campaign.read";
  public static final String WRITE = "campaign.write";

  private final CurrentUser currentUser;
  private final IdentityApi identity;

  CampaignAccess(CurrentUser currentUser, IdentityApi identity) {
    this.currentUser = currentUser;
    this.identity = identity;
  }

  public UUID me() {
    return currentUser.requireId().value();
  }

  /** The visibility rule as a condition on {@code marketing_campaign m}. */
  public QueryPart visible() {
    return currentUser.visibility(READ).condition("m.owner_id", "m.org_unit_id");
  }

  public boolean sees(Campaign campaign) {
    return reaches(READ, campaign.ownerId(), campaign.orgUnitId());
  }

  public boolean changes(Campaign campaign) {
    return reaches(WRITE, campaign.ownerId(), campaign.orgUnitId());
  }

  /** Whether a campaign owned by {@code ownerId} in {@code orgUnitId} is within the write reach. */
  boolean mayPlace(UUID ownerId, UUID orgUnitId) {
    return reaches(WRITE, ownerId, orgUnitId);
  }

  public boolean mayWrite() {
    return currentUser.has(WRITE);
  }

  private boolean reaches(String permission, UUID ownerId, UUID orgUnitId) {
    return currentUser
        .visibility(permission)
        .allows(new UserId(ownerId), OrgUnitId.ofNullable(orgUnitId));
  }

  /** Whether the current user may make {@code user} the owner of a campaign. */
  boolean mayOwn(UserSummary user) {
    return user.active()
        && (user.id().value().equals(me())
            || currentUser.visibility(WRITE).allows(user.id(), user.orgUnitId()));
  }

  /** The org units the current user may place campaigns in (the reach of campaign.write). */
  public List<OrgUnitSummary> possibleOrgUnits() {
    Visibility write = currentUser.visibility(WRITE);
    return identity.orgUnits().stream().filter(u -> write.includesUnit(u.id(), u.path())).toList();
  }

  /** The active users the current user may give campaigns to, themselves first. */
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
