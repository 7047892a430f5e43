package io.pyra.analytics.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A customer's punctuality as of a day, from the parts of their instalments due in the window: a
 * part due on D and paid on P (P on or before the as-of day) is late by P − D days when P is after
 * D; a part not paid by the as-of day is late by as-of − D days (zero when due that day). The
 * average days late weigh each part by its amount; the late share is the late parts' amount over
 * the whole amount due. Nothing due: 0 days and a share of 0 (a clean record).
 */
public final class CreditRecord {

  private final LocalDate asOf;
  private BigDecimal due = BigDecimal.ZERO;
  private BigDecimal weightedDays = BigDecimal.ZERO;
  private BigDecimal late = BigDecimal.ZERO;

  public CreditRecord(LocalDate asOf) {
    this.asOf = asOf;
  }

  /** Days late of a part due on {@code dueOn}, paid on {@code paidOn} ({@code null}: not yet). */
  public long daysLate(LocalDate dueOn, LocalDate paidOn) {
    LocalDate settled = paidOn == null || paidOn.isAfter(asOf) ? asOf : paidOn;
    return Math.max(0, ChronoUnit.DAYS.between(dueOn, settled));
  }

  /** Adds a part of {@code amount} due on {@code dueOn}, paid on {@code paidOn} or not yet. */
  public CreditRecord add(LocalDate dueOn, LocalDate paidOn, BigDecimal amount) {
    long days = daysLate(dueOn, paidOn);
    due = due.add(amount);
    weightedDays = weightedDays.add(amount.multiply(BigDecimal.valueOf(days)));
    if (days > 0) {
      late = late.add(amount);
    }
    return this;
  }

  /** The average days paid late, weighted by amount, to two decimals (half up). */
  public BigDecimal lateDays() {
    return due.signum() <= 0
        ? BigDecimal.ZERO.setScale(2)
        : weightedDays.divide(due, 2, RoundingMode.HALF_UP);
  }

  /** The share of the amount due paid late, a fraction to six decimals (half up). */
  public BigDecimal lateShare() {
    return due.signum() <= 0
        ? BigDecimal.ZERO.setScale(6)
        : late.divide(due, 6, RoundingMode.HALF_UP);
  }
}
