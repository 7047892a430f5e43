package io.pyra.identity;

import java.util.UUID;

/** An API token was used for the first time. */
public record ApiTokenFirstUsed(UUID tokenId, UserId userId, String username) {}
