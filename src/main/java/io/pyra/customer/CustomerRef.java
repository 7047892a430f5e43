package io.pyra.customer;

import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;

/** What another module needs to know of a customer it links to: who it is and whose it is. */
public record CustomerRef(
    CustomerId id, String code, String name, String stage, UserId ownerId, OrgUnitId orgUnitId) {}
