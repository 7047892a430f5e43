package io.pyra.support.cases;

import io.pyra.customer.CustomerId;
import java.time.Instant;
import java.util.UUID;

/**
 * A case moved to RESOLVED (each time it does, a reopened one again). Published in the transaction
 * of the move; listeners run after it commits (the complaint's follow-up: its satisfaction check).
 */
public record CaseResolved(UUID caseId, CustomerId customerId, CaseType type, Instant resolvedAt) {}
