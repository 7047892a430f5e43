package io.pyra.customer;

import io.pyra.identity.UserId;

/**
 * Two customer records were found to be one customer: everything linked to {@code mergedId} belongs
 * to {@code survivorId} from now on. Modules holding customer links move them.
 */
public record CustomersMerged(
    CustomerId survivorId, CustomerId mergedId, String mergedCode, UserId mergedBy) {}
