package io.pyra.marketing.lead;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.IdentityApi;
import io.pyra.marketing.reach.OwnedReach;
import io.pyra.platform.query.QueryPart;
import org.springframework.stereotype.Component;

/**
 * Who sees and who changes a lead: the reach of {@code lead.read} and {@code lead.write} over its
 * owner and org unit (identity's visibility rule: marketing, call-centre agents and principals
 * their subtree, management and administrators all).
 */
@Component
public class LeadAccess extends OwnedReach {

  public static final String READ = "lead.read";
  public static final String WRITE = "lead.write";

  LeadAccess(CurrentUser currentUser, IdentityApi identity) {
    super(currentUser, identity, READ, WRITE, "lead");
  }

  /** The visibility rule as a condition on {@code marketing_lead l}. */
  public QueryPart visible() {
    return visible("l.owner_id", "l.org_unit_id");
  }

  public boolean sees(Lead lead) {
    return sees(lead.ownerId(), lead.orgUnitId());
  }

  public boolean changes(Lead lead) {
    return mayPlace(lead.ownerId(), lead.orgUnitId());
  }
}
