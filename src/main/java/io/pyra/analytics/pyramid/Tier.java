package io.pyra.analytics.pyramid;

/**
 * A customer's place in a pyramid as of a day. The four value tiers hold the customers active in
 * the window (at least one sale in it), ranked by the scheme's basis; below them, those who bought
 * only before the window ({@link #INACTIVE}), those in contact who never bought ({@link #PROSPECT})
 * and those known but not yet contacted ({@link #SUSPECT}).
 */
public enum Tier {
  TOP,
  HIGH,
  MIDDLE,
  LOW,
  INACTIVE,
  PROSPECT,
  SUSPECT;

  /** Whether the tier holds customers active in the window (TOP to LOW). */
  public boolean active() {
    return ordinal() <= LOW.ordinal();
  }
}
