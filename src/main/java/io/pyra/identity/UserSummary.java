package io.pyra.identity;

/** A staff user as other modules see them. */
public record UserSummary(
    UserId id, String username, String displayName, OrgUnitId orgUnitId, boolean active) {}
