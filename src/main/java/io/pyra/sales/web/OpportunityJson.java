package io.pyra.sales.web;

import io.pyra.sales.opportunity.OpportunityRow;
import io.pyra.sales.opportunity.OpportunityStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * An opportunity over the API, named as on the page; names of stages and reasons in English (codes
 * beside them). {@code orderUrl} is where the order of a won opportunity is written.
 */
record OpportunityJson(
    UUID id,
    String code,
    String title,
    UUID customerId,
    String customerCode,
    String customerName,
    UUID contactId,
    String contactName,
    UUID ownerId,
    String ownerName,
    UUID orgUnitId,
    String pipeline,
    String stage,
    String stageName,
    OpportunityStatus status,
    BigDecimal amount,
    String currency,
    BigDecimal weightedAmount,
    LocalDate expectedClose,
    String source,
    String competitor,
    int probability,
    boolean probabilityOverridden,
    String lostReason,
    UUID wonOrderId,
    String orderUrl,
    String notes,
    Instant stageEnteredAt,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  static OpportunityJson of(OpportunityRow row) {
    return new OpportunityJson(
        row.id(),
        row.code(),
        row.title(),
        row.customerId(),
        row.customerCode(),
        row.customerName(),
        row.contactId(),
        row.contactName(),
        row.ownerId(),
        row.ownerName(),
        row.orgUnitId(),
        row.pipelineCode(),
        row.stageCode(),
        row.stageName(Locale.ENGLISH),
        row.status(),
        row.amount(),
        row.currency(),
        row.weightedAmount(),
        row.expectedClose(),
        row.sourceCode(),
        row.competitor(),
        row.probability(),
        row.probabilityOverridden(),
        row.lostReasonCode(),
        row.wonOrderId(),
        row.status() == OpportunityStatus.WON && row.wonOrderId() == null
            ? OpportunityPages.orderUrl(row.id())
            : null,
        row.notes(),
        row.stageEnteredAt(),
        row.createdAt(),
        row.updatedAt(),
        row.version());
  }
}
