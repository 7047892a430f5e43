package io.pyra.analytics.pyramid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A pyramid as of a day: the active customers' totals and, per tier, its customers and figures
 * (money in the base currency). INACTIVE, PROSPECT and SUSPECT carry their customer counts only.
 */
public record Pyramid(
    PyramidScheme scheme,
    LocalDate asOf,
    LocalDate from,
    int activeCustomers,
    BigDecimal revenue,
    BigDecimal profit,
    BigDecimal cost,
    List<TierFigures> tiers) {

  /** One tier: its customers, net revenue, profit and the cost behind them. */
  public record TierFigures(
      Tier tier, int customers, BigDecimal revenue, BigDecimal profit, BigDecimal cost) {}
}
