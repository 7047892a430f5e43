package io.pyra.identity;

import java.util.UUID;

/** A staff user signed in on the login page. */
public record SignedIn(UUID userId, String username) {}
