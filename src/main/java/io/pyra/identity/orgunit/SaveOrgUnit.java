package io.pyra.identity.orgunit;

import java.util.UUID;

/**
 * Create or change an org unit; {@code version} is the one the editor read (null on create); {@code
 * region} an ISO 3166 alpha-2 code, or null to take the parent unit's.
 */
public record SaveOrgUnit(
    UUID parentId,
    OrgUnitKind kind,
    String code,
    String name,
    String timeZone,
    String region,
    Long version) {

  /** Without a region of its own. */
  public SaveOrgUnit(
      UUID parentId, OrgUnitKind kind, String code, String name, String timeZone, Long version) {
    this(parentId, kind, code, name, timeZone, null, version);
  }
}
