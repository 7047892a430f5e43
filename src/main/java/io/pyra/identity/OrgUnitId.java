package io.pyra.identity;

import java.util.UUID;

/** Identifies an org unit (company, region, branch or team). */
public record OrgUnitId(UUID value) {}
