package io.pyra.marketing.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An actual cost of a campaign as its page and the API show it. */
public record CostRow(
    UUID id,
    LocalDate spentOn,
    BigDecimal amount,
    String currency,
    String note,
    String createdByName,
    Instant createdAt) {}
