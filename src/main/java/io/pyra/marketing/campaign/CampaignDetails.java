package io.pyra.marketing.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What a campaign is, checked: everything a user edits but owner and org unit. */
record CampaignDetails(
    String name,
    UUID channelId,
    BigDecimal budgetAmount,
    String budgetCurrency,
    LocalDate startsOn,
    LocalDate endsOn,
    String audience,
    UUID audienceOrgUnitId) {}
