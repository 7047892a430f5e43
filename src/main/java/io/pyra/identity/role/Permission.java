package io.pyra.identity.role;

/** One entry of the permission catalogue: an action on a kind of record. */
public record Permission(String code, String resource, String action) {}
