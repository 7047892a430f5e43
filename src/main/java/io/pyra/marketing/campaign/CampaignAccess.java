package io.pyra.marketing.campaign;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.IdentityApi;
import io.pyra.marketing.reach.OwnedReach;
import io.pyra.platform.query.QueryPart;
import org.springframework.stereotype.Component;

/**
 * Who sees and who changes a campaign: the reach of {@code campaign.read} and {@code
 * campaign.write} over its owner and org unit (identity's visibility rule: marketing their subtree,
 * a centre principal reads their subtree, management and administrators all).
 */
@Component
public class CampaignAccess extends OwnedReach {

  public static final String READ = "campaign.read";
  public static final String WRITE = "campaign.write";

  CampaignAccess(CurrentUser currentUser, IdentityApi identity) {
    super(currentUser, identity, READ, WRITE, "campaign");
  }

  /** The visibility rule as a condition on {@code marketing_campaign m}. */
  public QueryPart visible() {
    return visible("m.owner_id", "m.org_unit_id");
  }

  public boolean sees(Campaign campaign) {
    return sees(campaign.ownerId(), campaign.orgUnitId());
  }

  public boolean changes(Campaign campaign) {
    return mayPlace(campaign.ownerId(), campaign.orgUnitId());
  }
}
