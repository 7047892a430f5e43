package io.pyra.sales.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The arithmetic of a payment schedule, in one currency: payments cover the instalments in due-date
 * order (the earliest due first), each payment in the order it was paid; what a payment covers of
 * an instalment is a {@link Part}, paid {@link Part#daysLate} days after its due date (zero when on
 * time or early). An order without a schedule is due in full on its order day.
 */
public final class Allocation {

  private Allocation() {}

  /** A payment as the allocation needs it: when and how much. */
  public record Paid(LocalDate paidOn, BigDecimal amount) {}

  /** The part {@code amount} of a payment made on {@code paidOn} that covers an instalment. */
  public record Part(LocalDate dueOn, LocalDate paidOn, BigDecimal amount) {

    /** Days between the due date and the payment, when the payment came after it; else 0. */
    public long daysLate() {
      return Math.max(0, ChronoUnit.DAYS.between(dueOn, paidOn));
    }
  }

  /**
   * The schedule sorted by due date, or one instalment of the whole {@code amount} on {@code
   * orderDay} when there is none.
   */
  public static List<Instalment> schedule(
      List<Instalment> instalments, LocalDate orderDay, BigDecimal amount) {
    if (instalments.isEmpty()) {
      return List.of(new Instalment(1, orderDay, amount));
    }
    return instalments.stream()
        .sorted(Comparator.comparing(Instalment::dueOn).thenComparing(Instalment::seq))
        .toList();
  }

  /**
   * The parts of the payments (taken in the order given: by payment day) covering the instalments
   * (by due date). What is paid beyond the whole schedule covers nothing and is left out.
   */
  public static List<Part> allocate(List<Instalment> schedule, List<Paid> payments) {
    List<Part> parts = new ArrayList<>();
    int i = 0;
    BigDecimal open = schedule.isEmpty() ? BigDecimal.ZERO : schedule.get(0).amount();
    for (Paid payment : payments) {
      BigDecimal left = payment.amount();
      while (left.signum() > 0 && i < schedule.size()) {
        if (open.signum() <= 0) {
          i++;
          open = i < schedule.size() ? schedule.get(i).amount() : BigDecimal.ZERO;
          continue;
        }
        BigDecimal covered = left.min(open);
        parts.add(new Part(schedule.get(i).dueOn(), payment.paidOn(), covered));
        left = left.subtract(covered);
        open = open.subtract(covered);
      }
    }
    return parts;
  }

  /**
   * What of the instalments due before {@code day} ({@code inclusive}: on or before) the total
   * {@code paid} does not cover; never negative.
   */
  public static BigDecimal uncovered(
      List<Instalment> schedule, BigDecimal paid, LocalDate day, boolean inclusive) {
    BigDecimal due = BigDecimal.ZERO;
    for (Instalment instalment : schedule) {
      boolean counted =
          instalment.dueOn().isBefore(day) || (inclusive && instalment.dueOn().isEqual(day));
      if (counted) {
        due = due.add(instalment.amount());
      }
    }
    return due.subtract(paid).max(BigDecimal.ZERO);
  }
}
