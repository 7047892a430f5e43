package io.pyra.identity;

import java.util.UUID;

/**
 * A role as other modules see it (e.g. a follow-up policy set per role); {@code systemRole} marks a
 * role shipped with Pyra, whose name pages show translated while it keeps its shipped name.
 */
public record RoleSummary(UUID id, String code, String name, boolean systemRole) {}
