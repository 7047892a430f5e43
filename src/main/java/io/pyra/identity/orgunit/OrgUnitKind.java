package io.pyra.identity.orgunit;

/** The levels of the organization tree, from the top. */
public enum OrgUnitKind {
  COMPANY,
  REGION,
  BRANCH,
  TEAM
}
