package io.pyra.identity;

/** How far a permission reaches: own records, own org unit, the org unit's subtree, or all. */
public enum Scope {
  OWN,
  ORG_UNIT,
  SUBTREE,
  ALL;

  public Scope widest(Scope other) {
    return other == null || compareTo(other) >= 0 ? this : other;
  }
}
