package io.pyra.identity;

import java.util.UUID;

/** A staff user as other modules see them. */
public record UserSummary(
    UUID id, String username, String displayName, UUID orgUnitId, boolean active) {}
