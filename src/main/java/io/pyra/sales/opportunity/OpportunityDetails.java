package io.pyra.sales.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What an opportunity is, checked: {@code probability} null means "the stage's".
 *
 * @param amount never negative, in {@code currency} (ISO 4217)
 */
public record OpportunityDetails(
    String title,
    UUID customerId,
    UUID contactId,
    BigDecimal amount,
    String currency,
    LocalDate expectedClose,
    UUID sourceId,
    String competitor,
    Integer probability,
    String notes) {}
