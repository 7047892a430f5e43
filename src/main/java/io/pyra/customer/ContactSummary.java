package io.pyra.customer;

import java.util.UUID;

/** A contact person of a customer as other modules see them (e.g. to pick one on a record). */
public record ContactSummary(UUID id, String name, String title) {}
