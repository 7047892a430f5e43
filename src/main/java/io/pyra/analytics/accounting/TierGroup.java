package io.pyra.analytics.accounting;

import io.pyra.analytics.pyramid.Tier;

/**
 * The groups of tiers the allocation plan shares effort among (seed 000: 70 % to the top three
 * tiers, 20 % to LOW, 10 % to prospects), and {@link #OTHER} for effort on customers that are
 * INACTIVE, SUSPECT or without a tier, which the plan does not share out.
 */
public enum TierGroup {
  TOP_HIGH_MIDDLE,
  LOW,
  PROSPECT,
  OTHER;

  /** The group of a tier; {@link #OTHER} for null. */
  public static TierGroup of(Tier tier) {
    if (tier == null) {
      return OTHER;
    }
    return switch (tier) {
      case TOP, HIGH, MIDDLE -> TOP_HIGH_MIDDLE;
      case LOW -> LOW;
      case PROSPECT -> PROSPECT;
      case INACTIVE, SUSPECT -> OTHER;
    };
  }

  /** Whether the plan gives the group a share. */
  public boolean planned() {
    return this != OTHER;
  }
}
