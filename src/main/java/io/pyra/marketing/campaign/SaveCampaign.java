package io.pyra.marketing.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Record or change a campaign as a user typed it. {@code code} counts only when it is recorded (a
 * campaign keeps its code); {@code channel} is a channel's code or id; {@code ownerId} null keeps
 * the owner (the writer for a new one); {@code orgUnitId} null keeps the org unit (the owner's for
 * a new one).
 */
public record SaveCampaign(
    String code,
    String name,
    String channel,
    BigDecimal budgetAmount,
    String budgetCurrency,
    LocalDate startsOn,
    LocalDate endsOn,
    String audience,
    UUID audienceOrgUnitId,
    UUID ownerId,
    UUID orgUnitId) {}
