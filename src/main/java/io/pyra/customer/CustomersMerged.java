package io.pyra.customer;

import java.util.UUID;

/**
 * Two customer records were found to be one customer: everything linked to {@code mergedId} belongs
 * to {@code survivorId} from now on. Modules holding customer links move them.
 */
public record CustomersMerged(UUID survivorId, UUID mergedId, String mergedCode, UUID mergedBy) {}
