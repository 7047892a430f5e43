package io.pyra.analytics.pyramid;

import java.math.BigDecimal;

/** What ranks the customers of a pyramid over its window. */
public enum Basis {
  /** Sales less credit notes and refunds, in the base currency. */
  NET_REVENUE,
  /** Net revenue less the cost of what was sold and returned. */
  PROFIT,
  /**
   * The number of contact records of the scheme's chosen types in the window (a community without
   * money); active means at least one.
   */
  ACTIVITY;

  /** The basis of a customer with this net revenue and cost. */
  public BigDecimal of(BigDecimal netRevenue, BigDecimal cost) {
    return this == NET_REVENUE ? netRevenue : netRevenue.subtract(cost);
  }
}
