package io.pyra.identity;

/** An API token was used for the first time. */
public record ApiTokenFirstUsed(ApiTokenId tokenId, UserId userId, String username) {}
