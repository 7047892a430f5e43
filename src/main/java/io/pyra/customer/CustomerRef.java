package io.pyra.customer;

import java.util.UUID;

/** What another module needs to know of a customer it links to: who it is and whose it is. */
public record CustomerRef(
    UUID id, String code, String name, String stage, UUID ownerId, UUID orgUnitId) {}
