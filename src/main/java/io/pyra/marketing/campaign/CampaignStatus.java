package io.pyra.marketing.campaign;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a campaign stands: PLANNED → ACTIVE → PAUSED ↔ ACTIVE → COMPLETED, or CANCELLED from
 * PLANNED, ACTIVE or PAUSED. COMPLETED and CANCELLED are final.
 */
public enum CampaignStatus {
  PLANNED,
  ACTIVE,
  PAUSED,
  COMPLETED,
  CANCELLED;

  /** The statuses a campaign may move to from this one. */
  public Set<CampaignStatus> next() {
    return switch (this) {
      case PLANNED -> EnumSet.of(ACTIVE, CANCELLED);
      case ACTIVE -> EnumSet.of(PAUSED, COMPLETED, CANCELLED);
      case PAUSED -> EnumSet.of(ACTIVE, CANCELLED);
      case COMPLETED, CANCELLED -> EnumSet.noneOf(CampaignStatus.class);
    };
  }

  public boolean allows(CampaignStatus target) {
    return next().contains(target);
  }
}
