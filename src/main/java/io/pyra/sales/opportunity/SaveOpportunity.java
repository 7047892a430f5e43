package io.pyra.sales.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Record or change an opportunity as a user typed it. {@code pipeline} and {@code stage} are codes
 * or ids (the stage of a new opportunity defaults to the pipeline's first; on a change both are
 * ignored: moves go through {@link OpportunityService#move}); {@code source} is a source code or
 * id; {@code ownerId} null keeps the owner (the writer for a new one); {@code probability} null is
 * the stage's.
 */
public record SaveOpportunity(
    String title,
    UUID customerId,
    UUID contactId,
    UUID ownerId,
    String pipeline,
    String stage,
    BigDecimal amount,
    String currency,
    LocalDate expectedClose,
    String source,
    String competitor,
    Integer probability,
    String notes) {}
