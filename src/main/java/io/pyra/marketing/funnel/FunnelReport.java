package io.pyra.marketing.funnel;

import java.time.LocalDate;
import java.util.List;

/**
 * The funnel of the leads created in [from, to] within the reader's reach, grouped; the total is
 * the sum of the rows (each lead is in one row) with the whole cost of the campaigns involved.
 *
 * @param currency the base currency of revenue and cost
 * @param costsLeftOut the currencies of costs that were not counted (not the base currency)
 */
public record FunnelReport(
    LocalDate from,
    LocalDate to,
    FunnelGrouping grouping,
    String currency,
    List<FunnelRow> rows,
    FunnelFigures total,
    List<String> costsLeftOut) {}
