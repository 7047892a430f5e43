package io.pyra.sales;

import io.pyra.customer.CustomerId;
import io.pyra.identity.UserId;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An opportunity reached a won stage: {@code amount} in {@code currency} is expected as an order of
 * {@code customerId} (null for an opportunity without a customer), moved there by {@code wonBy}.
 */
public record OpportunityWon(
    OpportunityId opportunityId,
    CustomerId customerId,
    UserId ownerId,
    UserId wonBy,
    BigDecimal amount,
    String currency,
    String pipelineCode,
    Instant wonAt) {}
