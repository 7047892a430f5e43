package io.pyra.sales.opportunity;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.identity.UserSummary;
import io.pyra.identity.Visibility;
import io.pyra.platform.query.QueryPart;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who sees and who changes an opportunity: the reach of {@code opportunity.read} and {@code
 * opportunity.write} over its own owner and org unit (a consultant their own, a principal their
 * subtree, management all).
 */
@Component
public class OpportunityAccess {

  public static final String READ = "opportunity.read";
  public static final String WRITE = "opportunity.write";

  private final CurrentUser currentUser;
  private final IdentityApi identity;

  OpportunityAccess(CurrentUser currentUser, IdentityApi identity) {
    this.currentUser = currentUser;
    this.identity = identity;
  }

  public UUID me() {
    return currentUser.requireId().value();
  }

  /** The visibility rule as a condition on {@code sales_opportunity o}. */
  public QueryPart visible() {
    return currentUser.visibility(READ).condition("o.owner_id", "o.org_unit_id");
  }

  public boolean sees(Opportunity opportunity) {
    return reaches(READ, opportunity);
  }

  public boolean changes(Opportunity opportunity) {
    return reaches(WRITE, opportunity);
  }

  public boolean mayWrite() {
    return currentUser.has(WRITE);
  }

  private boolean reaches(String permission, Opportunity opportunity) {
    return currentUser
        .visibility(permission)
        .allows(new UserId(opportunity.ownerId()), OrgUnitId.ofNullable(opportunity.orgUnitId()));
  }

  /** Whether the current user may make {@code user} the owner of an opportunity. */
  public boolean mayOwn(UserSummary user) {
    return user.active()
        && (user.id().value().equals(me())
            || currentUser.visibility(WRITE).allows(user.id(), user.orgUnitId()));
  }

  /** The active users the current user may give opportunities to, themselves first. */
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
