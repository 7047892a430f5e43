package io.pyra.marketing.funnel;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The counts of one row of the funnel (or of the total) and what follows from them: the rate of
 * each step, costs per step, ROI and mean hours between steps. A rate, cost per step or ROI is null
 * when its denominator is zero. Money in the base currency.
 *
 * @param noShows leads whose appointments that were not cancelled were all no-shows
 * @param bookingSeconds seconds from each lead's creation to its first booking, summed
 * @param bookingsTimed leads with a first booking (the count of that sum)
 * @param arrivalSeconds seconds from each lead's first booking to its first arrival, summed
 * @param arrivalsTimed leads with both (the count of that sum)
 */
public record FunnelFigures(
    long leads,
    long appointments,
    long arrivals,
    long consultations,
    long noShows,
    long contracts,
    BigDecimal revenue,
    BigDecimal cost,
    double bookingSeconds,
    long bookingsTimed,
    double arrivalSeconds,
    long arrivalsTimed) {

  public static final FunnelFigures ZERO =
      new FunnelFigures(0, 0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, 0, 0);

  public FunnelFigures plus(FunnelFigures o) {
    return new FunnelFigures(
        leads + o.leads,
        appointments + o.appointments,
        arrivals + o.arrivals,
        consultations + o.consultations,
        noShows + o.noShows,
        contracts + o.contracts,
        revenue.add(o.revenue),
        cost.add(o.cost),
        bookingSeconds + o.bookingSeconds,
        bookingsTimed + o.bookingsTimed,
        arrivalSeconds + o.arrivalSeconds,
        arrivalsTimed + o.arrivalsTimed);
  }

  public FunnelFigures withCost(BigDecimal newCost) {
    return new FunnelFigures(
        leads,
        appointments,
        arrivals,
        consultations,
        noShows,
        contracts,
        revenue,
        newCost,
        bookingSeconds,
        bookingsTimed,
        arrivalSeconds,
        arrivalsTimed);
  }

  /** appointments / leads */
  public BigDecimal appointmentRate() {
    return rate(appointments, leads);
  }

  /** arrivals / appointments */
  public BigDecimal arrivalRate() {
    return rate(arrivals, appointments);
  }

  /** no-shows / appointments */
  public BigDecimal noShowRate() {
    return rate(noShows, appointments);
  }

  /** consultations / arrivals */
  public BigDecimal consultationRate() {
    return rate(consultations, arrivals);
  }

  /** contracts / consultations */
  public BigDecimal contractRate() {
    return rate(contracts, consultations);
  }

  /** contracts / leads: the whole funnel */
  public BigDecimal conversionRate() {
    return rate(contracts, leads);
  }

  public BigDecimal costPerLead() {
    return per(leads);
  }

  public BigDecimal costPerArrival() {
    return per(arrivals);
  }

  public BigDecimal costPerCustomer() {
    return per(contracts);
  }

  /** (revenue − cost) / cost, null when nothing was spent. */
  public BigDecimal roi() {
    if (cost.signum() == 0) {
      return null;
    }
    return revenue.subtract(cost).divide(cost, 4, RoundingMode.HALF_EVEN);
  }

  /** Mean hours from a lead's creation to its first booking. */
  public BigDecimal hoursToBooking() {
    return hours(bookingSeconds, bookingsTimed);
  }

  /** Mean hours from a lead's first booking to its first arrival. */
  public BigDecimal hoursToArrival() {
    return hours(arrivalSeconds, arrivalsTimed);
  }

  private BigDecimal per(long count) {
    return count == 0 ? null : cost.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_EVEN);
  }

  static BigDecimal rate(long part, long whole) {
    return whole == 0
        ? null
        : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN);
  }

  private static BigDecimal hours(double seconds, long count) {
    return count == 0
        ? null
        : BigDecimal.valueOf(seconds / count / 3600.0).setScale(1, RoundingMode.HALF_EVEN);
  }
}
