package io.pyra.identity;

/** A staff user signed in on the login page. */
public record SignedIn(UserId userId, String username) {}
