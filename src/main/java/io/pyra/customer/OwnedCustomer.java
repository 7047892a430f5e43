package io.pyra.customer;

import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;

/**
 * A live customer as work that goes through many customers sees it (the demo data): its code and
 * kind, its owner and the org unit it belongs to.
 */
public record OwnedCustomer(
    CustomerId id, String code, CustomerKind kind, UserId owner, OrgUnitId orgUnit) {}
