package io.pyra.marketing.funnel;

import java.math.BigDecimal;

/**
 * One centre's appointments of one month ({@code yyyy-MM}, by the appointment's time in the
 * company's time zone): booked (not cancelled), arrived, no-shows, and the arrivals whose customer
 * signed a sale on or after the day of the visit (up to the period's end).
 */
public record CentreMonth(
    String centreId,
    String centre,
    String month,
    long booked,
    long arrivals,
    long noShows,
    long contracts) {

  /** arrivals / booked, null when nothing was booked. */
  public BigDecimal arrivalRate() {
    return FunnelFigures.rate(arrivals, booked);
  }

  /** contracts / arrivals, null when nobody arrived. */
  public BigDecimal contractRate() {
    return FunnelFigures.rate(contracts, arrivals);
  }
}
