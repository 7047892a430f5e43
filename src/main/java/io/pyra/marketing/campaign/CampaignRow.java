package io.pyra.marketing.campaign;

import io.pyra.platform.LocalizedName;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/** A campaign as lists and its page show it, with the names of what it refers to. */
public record CampaignRow(
    UUID id,
    String code,
    String name,
    UUID channelId,
    String channelCode,
    LocalizedName channelName,
    BigDecimal budgetAmount,
    String budgetCurrency,
    LocalDate startsOn,
    LocalDate endsOn,
    String audience,
    UUID audienceOrgUnitId,
    String audienceOrgUnitName,
    UUID ownerId,
    String ownerName,
    UUID orgUnitId,
    String orgUnitName,
    CampaignStatus status,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  public String channelName(Locale locale) {
    return channelName.in(locale);
  }
}
