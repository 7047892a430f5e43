package io.pyra.identity;

import java.util.UUID;

/** Identifies a staff user. */
public record UserId(UUID value) {}
