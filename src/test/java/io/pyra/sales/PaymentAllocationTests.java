package io.pyra.sales;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.sales.payment.Allocation;
import io.pyra.sales.payment.Allocation.Paid;
import io.pyra.sales.payment.Allocation.Part;
import io.pyra.sales.payment.Instalment;
import io.pyra.sales.payment.OrderBalance;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Payments cover instalments in due-date order; what is due, overdue and how late, by hand. */
class PaymentAllocationTests {

  static final LocalDate D = LocalDate.of(2026, 3, 1);

  static BigDecimal m(String value) {
    return new BigDecimal(value);
  }

  static Instalment due(int seq, LocalDate on, String amount) {
    return new Instalment(seq, on, m(amount));
  }

  @Test
  void anOrderWithoutScheduleIsDueInFullOnItsDay() {
    List<Instalment> schedule = Allocation.schedule(List.of(), D, m("900"));

    assertThat(schedule).containsExactly(new Instalment(1, D, m("900")));
    OrderBalance onTheDay = OrderBalance.of(D, m("900"), schedule, m("0"), m("0"));
    assertThat(onTheDay.due()).isEqualByComparingTo("900");
    assertThat(onTheDay.overdue()).isEqualByComparingTo("0");
    OrderBalance dayAfter = OrderBalance.of(D.plusDays(1), m("900"), schedule, m("300"), m("0"));
    assertThat(dayAfter.overdue()).isEqualByComparingTo(m("900").subtract(m("300")));
    assertThat(dayAfter.outstanding()).isEqualByComparingTo("600");
  }

  @Test
  void theScheduleIsTakenInDueOrderWhateverItsSequence() {
    List<Instalment> schedule =
        Allocation.schedule(
            List.of(
                due(1, D.plusMonths(2), "300"), due(2, D, "500"), due(3, D.plusMonths(1), "200")),
            D,
            m("1000"));

    assertThat(schedule)
        .extracting(Instalment::dueOn)
        .containsExactly(D, D.plusMonths(1), D.plusMonths(2));
  }

  @Test
  void paymentsCoverTheEarliestInstalmentFirstAndSplitAcrossInstalments() {
    List<Instalment> schedule =
        List.of(due(1, D, "500"), due(2, D.plusDays(30), "300"), due(3, D.plusDays(60), "200"));
    // 400 ten days late, 250 on the second due day, 350 five days before the third
    List<Part> parts =
        Allocation.allocate(
            schedule,
            List.of(
                new Paid(D.plusDays(10), m("400")),
                new Paid(D.plusDays(30), m("250")),
                new Paid(D.plusDays(55), m("350"))));

    assertThat(parts)
        .containsExactly(
            new Part(D, D.plusDays(10), m("400")),
            new Part(D, D.plusDays(30), m("100")),
            new Part(D.plusDays(30), D.plusDays(30), m("150")),
            new Part(D.plusDays(30), D.plusDays(55), m("150")),
            new Part(D.plusDays(60), D.plusDays(55), m("200")));
    assertThat(parts).extracting(Part::daysLate).containsExactly(10L, 30L, 0L, 25L, 0L);
  }

  @Test
  void whatIsPaidBeyondTheScheduleCoversNothing() {
    List<Part> parts =
        Allocation.allocate(List.of(due(1, D, "100")), List.of(new Paid(D.minusDays(3), m("150"))));

    assertThat(parts).containsExactly(new Part(D, D.minusDays(3), m("100")));
    assertThat(parts.get(0).daysLate()).isZero();
  }

  @Test
  void dueCountsTheInstalmentsOfTheDayItselfOverdueOnlyThoseBefore() {
    List<Instalment> schedule = List.of(due(1, D, "500"), due(2, D.plusDays(30), "500"));

    OrderBalance onSecondDueDay =
        OrderBalance.of(D.plusDays(30), m("1000"), schedule, m("600"), m("0"));
    assertThat(onSecondDueDay.due()).isEqualByComparingTo(m("1000").subtract(m("600")));
    assertThat(onSecondDueDay.overdue()).isEqualByComparingTo("0"); // 500 due before, 600 paid

    OrderBalance dayAfter = OrderBalance.of(D.plusDays(31), m("1000"), schedule, m("600"), m("0"));
    assertThat(dayAfter.overdue()).isEqualByComparingTo("400");
  }

  @Test
  void aPrepaymentBeyondTheAmountLeavesNothingOutstandingNorNegative() {
    OrderBalance balance =
        OrderBalance.of(D, m("100"), Allocation.schedule(List.of(), D, m("100")), m("130"), m("0"));

    assertThat(balance.outstanding()).isEqualByComparingTo("0");
    assertThat(balance.due()).isEqualByComparingTo("0");
    assertThat(balance.overdue()).isEqualByComparingTo("0");
  }

  @Test
  void nothingPaidNothingAllocated() {
    assertThat(Allocation.allocate(List.of(due(1, D, "100")), List.of())).isEmpty();
    assertThat(Allocation.allocate(List.of(), List.of(new Paid(D, m("5"))))).isEmpty();
  }
}
