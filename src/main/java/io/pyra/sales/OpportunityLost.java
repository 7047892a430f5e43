package io.pyra.sales;

import io.pyra.customer.CustomerId;
import io.pyra.identity.UserId;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An opportunity reached a lost stage, for the reason {@code lostReasonCode} (a code of the lost
 * reasons), to {@code competitor} when one was named; {@code fromStageCode} is the stage it was
 * lost from.
 */
public record OpportunityLost(
    OpportunityId opportunityId,
    CustomerId customerId,
    UserId ownerId,
    UserId lostBy,
    BigDecimal amount,
    String currency,
    String pipelineCode,
    String fromStageCode,
    String lostReasonCode,
    String competitor,
    Instant lostAt) {}
