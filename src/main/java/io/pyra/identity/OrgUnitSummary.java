package io.pyra.identity;

import java.util.UUID;

/**
 * An org unit as other modules see it; {@code path} lists the ids from the root, for {@link
 * Visibility}'s subtree checks.
 */
public record OrgUnitSummary(UUID id, UUID parentId, String code, String name, String path) {}
