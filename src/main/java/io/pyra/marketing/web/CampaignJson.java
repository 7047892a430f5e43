package io.pyra.marketing.web;

import io.pyra.marketing.campaign.CampaignRow;
import io.pyra.marketing.campaign.CampaignStatus;
import io.pyra.marketing.campaign.CostRow;
import io.pyra.marketing.campaign.Spending;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A campaign over the API; the channel by its code (its English name beside it). {@code spending}
 * (budget, actual costs per currency, the part in the budget's currency and the remainder) is given
 * when one campaign is read, not in lists.
 */
record CampaignJson(
    UUID id,
    String code,
    String name,
    String channel,
    String channelName,
    BigDecimal budgetAmount,
    String budgetCurrency,
    LocalDate startsOn,
    LocalDate endsOn,
    String audience,
    UUID audienceOrgUnitId,
    UUID ownerId,
    String ownerName,
    UUID orgUnitId,
    String orgUnitName,
    CampaignStatus status,
    List<CampaignStatus> nextStatuses,
    CampaignSpendingJson spending,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  /** The budget against the actual costs: totals per currency, none converted. */
  record CampaignSpendingJson(
      BigDecimal budget,
      String budgetCurrency,
      List<CampaignCurrencyTotalJson> totals,
      BigDecimal spentInBudgetCurrency,
      BigDecimal remaining) {

    static CampaignSpendingJson of(Spending spending) {
      return new CampaignSpendingJson(
          spending.budget(),
          spending.budgetCurrency(),
          spending.totals().stream()
              .map(t -> new CampaignCurrencyTotalJson(t.currency(), t.amount(), t.entries()))
              .toList(),
          spending.spentInBudgetCurrency(),
          spending.remaining());
    }
  }

  /** The actual costs of one currency. */
  record CampaignCurrencyTotalJson(String currency, BigDecimal amount, int entries) {}

  /** One actual cost. */
  record CampaignCostJson(
      UUID id,
      LocalDate spentOn,
      BigDecimal amount,
      String currency,
      String note,
      String createdBy,
      Instant createdAt) {

    static CampaignCostJson of(CostRow row) {
      return new CampaignCostJson(
          row.id(),
          row.spentOn(),
          row.amount(),
          row.currency(),
          row.note(),
          row.createdByName(),
          row.createdAt());
    }
  }

  static CampaignJson of(CampaignRow row, Spending spending) {
    return new CampaignJson(
        row.id(),
        row.code(),
        row.name(),
        row.channelCode(),
        row.channelName(Locale.ENGLISH),
        row.budgetAmount(),
        row.budgetCurrency(),
        row.startsOn(),
        row.endsOn(),
        row.audience(),
        row.audienceOrgUnitId(),
        row.ownerId(),
        row.ownerName(),
        row.orgUnitId(),
        row.orgUnitName(),
        row.status(),
        List.copyOf(row.status().next()),
        spending == null ? null : CampaignSpendingJson.of(spending),
        row.createdAt(),
        row.updatedAt(),
        row.version());
  }
}
