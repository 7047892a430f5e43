package io.pyra.marketing.appointment;

import java.util.UUID;

/** A member of a centre's staff who can receive visitors. */
public record Consultant(UUID id, String name) {}
