package io.pyra.identity;

/**
 * Which records of a kind the current user may see or touch, for use in queries: at scope {@code
 * OWN} those owned by {@code userId}; {@code ORG_UNIT} those of {@code orgUnitId}; {@code SUBTREE}
 * those of any unit whose path starts with {@code orgUnitPath}; {@code ALL} all. {@code scope} is
 * {@code null} when the permission is not granted at all.
 */
public record Visibility(Scope scope, UserId userId, OrgUnitId orgUnitId, String orgUnitPath) {

  public boolean granted() {
    return scope != null;
  }

  /** The pattern for {@code identity_org_unit.path LIKE ?} that matches the subtree. */
  public String subtreePattern() {
    return orgUnitPath + "%";
  }
}
