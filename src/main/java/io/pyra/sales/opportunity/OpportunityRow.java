package io.pyra.sales.opportunity;

import io.pyra.platform.LocalizedName;
import io.pyra.sales.pipeline.StageOutcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/** An opportunity as lists, the board and its page show it, with the names of what it refers to. */
public record OpportunityRow(
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
    UUID pipelineId,
    String pipelineCode,
    LocalizedName pipelineName,
    UUID stageId,
    String stageCode,
    LocalizedName stageName,
    StageOutcome stageOutcome,
    OpportunityStatus status,
    BigDecimal amount,
    String currency,
    LocalDate expectedClose,
    UUID sourceId,
    String sourceCode,
    LocalizedName sourceName,
    String competitor,
    int probability,
    boolean probabilityOverridden,
    UUID lostReasonId,
    String lostReasonCode,
    LocalizedName lostReasonName,
    UUID wonOrderId,
    String notes,
    Instant stageEnteredAt,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  public String pipelineName(Locale locale) {
    return pipelineName.in(locale);
  }

  public String stageName(Locale locale) {
    return stageName.in(locale);
  }

  public String sourceName(Locale locale) {
    return sourceName == null ? null : sourceName.in(locale);
  }

  public String lostReasonName(Locale locale) {
    return lostReasonName == null ? null : lostReasonName.in(locale);
  }

  /** The amount times the probability, to the cent. */
  public BigDecimal weightedAmount() {
    return amount
        .multiply(BigDecimal.valueOf(probability))
        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN);
  }

  /** The amount to the cent, as shown. */
  public BigDecimal shownAmount() {
    return amount.setScale(2, RoundingMode.HALF_EVEN);
  }
}
