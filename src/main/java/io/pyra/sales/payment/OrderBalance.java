package io.pyra.sales.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Where an order's payments stand on the company's day {@code asOf}, in the order's currency:
 * {@code paid} and {@code refunded} so far, {@code outstanding} = amount - paid (never negative),
 * {@code due} = what the instalments due on or before {@code asOf} ask for and the payments do not
 * cover, {@code overdue} = the same for the instalments due before {@code asOf}. Payments cover the
 * instalments in due-date order, so a payment always reduces the earliest instalment first.
 */
public record OrderBalance(
    LocalDate asOf,
    BigDecimal amount,
    BigDecimal paid,
    BigDecimal refunded,
    BigDecimal outstanding,
    BigDecimal due,
    BigDecimal overdue) {

  /**
   * The balance of an order of {@code amount} with this schedule (already defaulted by {@link
   * Allocation#schedule}) and the payments made up to {@code asOf} summing to {@code paid}.
   */
  public static OrderBalance of(
      LocalDate asOf,
      BigDecimal amount,
      List<Instalment> schedule,
      BigDecimal paid,
      BigDecimal refunded) {
    return new OrderBalance(
        asOf,
        amount,
        paid,
        refunded,
        amount.subtract(paid).max(BigDecimal.ZERO),
        Allocation.uncovered(schedule, paid, asOf, true),
        Allocation.uncovered(schedule, paid, asOf, false));
  }
}
