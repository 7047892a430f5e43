package io.pyra.marketing.campaign;

import java.util.Set;
import java.util.UUID;

/** What a list of campaigns is narrowed to; every part is optional. */
public record CampaignFilter(
    Set<CampaignStatus> statuses, UUID channelId, UUID ownerId, UUID orgUnitId, String text) {

  public static CampaignFilter none() {
    return new CampaignFilter(Set.of(), null, null, null, null);
  }
}
