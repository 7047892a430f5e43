package io.pyra.marketing.lead;

import java.util.Set;
import java.util.UUID;

/** What a list of leads is narrowed to; every part is optional. */
public record LeadFilter(
    Set<LeadStatus> statuses,
    UUID campaignId,
    LeadSource source,
    UUID centreId,
    UUID ownerId,
    String text) {

  public static LeadFilter none() {
    return new LeadFilter(Set.of(), null, null, null, null, null);
  }
}
