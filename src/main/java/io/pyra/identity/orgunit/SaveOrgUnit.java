package io.pyra.identity.orgunit;

import java.util.UUID;

/** Create or change an org unit; {@code version} is the one the editor read (null on create). */
public record SaveOrgUnit(
    UUID parentId, OrgUnitKind kind, String code, String name, String timeZone, Long version) {}
