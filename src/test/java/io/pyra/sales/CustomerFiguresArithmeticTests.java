package io.pyra.sales;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.sales.figures.FiguresArithmetic;
import io.pyra.sales.figures.OrderFacts;
import io.pyra.sales.payment.Allocation.Paid;
import io.pyra.sales.payment.Instalment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A customer's figures against the same figures worked out by hand: revenue net of credit notes and
 * refunds, the 12-month window's edges, cost and margin, outstanding and overdue, and the credit
 * indicator (days and share paid late), in the base currency at each order's rate.
 */
class CustomerFiguresArithmeticTests {

  static final LocalDate AS_OF = LocalDate.of(2026, 12, 5);

  static BigDecimal m(String value) {
    return new BigDecimal(value);
  }

  static OrderFacts order(
      String kind,
      String status,
      LocalDate day,
      String rate,
      String amount,
      String cost,
      List<Instalment> schedule,
      List<Paid> payments,
      List<OrderFacts.Refunded> refunds) {
    BigDecimal r = m(rate);
    return new OrderFacts(
        UUID.randomUUID(),
        "SO-" + day,
        kind,
        status,
        day.atTime(10, 0).toInstant(ZoneOffset.ofHours(8)),
        day,
        r,
        m(amount),
        m(amount).multiply(r),
        m(cost).multiply(r),
        schedule,
        payments,
        refunds);
  }

  static OrderFacts sale(String status, LocalDate day, String amount, String cost) {
    return order("ORDER", status, day, "1", amount, cost, List.of(), List.of(), List.of());
  }

  @Test
  void figuresOfACustomerWithSalesInTwoCurrenciesACreditNoteAndARefund() {
    LocalDate a = LocalDate.of(2026, 6, 1);
    OrderFacts paidPartlyLate =
        order(
            "CONTRACT",
            "ACTIVE",
            a,
            "1",
            "1000",
            "600",
            List.of(new Instalment(1, a, m("600")), new Instalment(2, a.plusMonths(1), m("400"))),
            List.of(new Paid(a.plusDays(10), m("600")), new Paid(a.plusMonths(1), m("400"))),
            List.of(new OrderFacts.Refunded(LocalDate.of(2026, 8, 1), m("100"))));
    LocalDate b = LocalDate.of(2025, 6, 1);
    OrderFacts inDollarsLongAgo =
        order(
            "ORDER",
            "COMPLETED",
            b,
            "7.2",
            "100",
            "50",
            List.of(),
            List.of(new Paid(b.plusDays(20), m("60"))),
            List.of());
    OrderFacts creditNote =
        order(
            "CREDIT_NOTE",
            "COMPLETED",
            LocalDate.of(2026, 9, 1),
            "1",
            "-200",
            "-120",
            List.of(),
            List.of(),
            List.of());
    OrderFacts cancelled = sale("CANCELLED", LocalDate.of(2026, 10, 1), "5000", "10");
    OrderFacts draft = sale("DRAFT", LocalDate.of(2026, 10, 2), "7000", "10");
    LocalDate f = LocalDate.of(2026, 11, 1);
    OrderFacts dueLater =
        order(
            "ORDER",
            "SIGNED",
            f,
            "1",
            "300",
            "100",
            List.of(new Instalment(1, LocalDate.of(2026, 12, 31), m("300"))),
            List.of(),
            List.of());

    CustomerSalesFigures figures =
        FiguresArithmetic.compute(
            AS_OF,
            "CNY",
            List.of(paidPartlyLate, inDollarsLongAgo, creditNote, cancelled, draft, dueLater));

    BigDecimal dollars = m("7.2");
    BigDecimal lifetime =
        m("1000").add(m("100").multiply(dollars)).add(m("-200")).add(m("300")).subtract(m("100"));
    BigDecimal recent = m("1000").add(m("-200")).add(m("300")).subtract(m("100"));
    BigDecimal cost = m("600").add(m("50").multiply(dollars)).add(m("-120")).add(m("100"));
    BigDecimal recentCost = m("600").add(m("-120")).add(m("100"));
    assertThat(figures.lifetimeRevenue())
        .isEqualByComparingTo(lifetime)
        .isEqualByComparingTo("1720");
    assertThat(figures.revenue12Months()).isEqualByComparingTo(recent);
    assertThat(figures.lifetimeCost()).isEqualByComparingTo(cost);
    assertThat(figures.cost12Months()).isEqualByComparingTo(recentCost);
    assertThat(figures.lifetimeMargin()).isEqualByComparingTo(lifetime.subtract(cost));
    assertThat(figures.margin12Months()).isEqualByComparingTo(recent.subtract(recentCost));

    BigDecimal dollarsOwed = m("100").subtract(m("60")).multiply(dollars);
    assertThat(figures.outstanding()).isEqualByComparingTo(dollarsOwed.add(m("300")));
    assertThat(figures.overdue()).isEqualByComparingTo(dollarsOwed);

    // 600 paid 10 days late, 400 on time, 60 dollars (432) 20 days late
    BigDecimal late = m("600").add(m("60").multiply(dollars));
    BigDecimal allocated = late.add(m("400"));
    BigDecimal lateDays =
        m("600").multiply(m("10")).add(m("60").multiply(dollars).multiply(m("20")));
    assertThat(figures.lateShare()).isEqualTo(late.divide(allocated, 4, RoundingMode.HALF_EVEN));
    assertThat(figures.lateShare()).isEqualByComparingTo("0.7207");
    assertThat(figures.averageDaysLate())
        .isEqualTo(lateDays.divide(late, 2, RoundingMode.HALF_EVEN));
    assertThat(figures.averageDaysLate()).isEqualByComparingTo("14.19");

    assertThat(figures.orders()).isEqualTo(4);
    assertThat(figures.lastOrderId()).isEqualTo(new OrderId(dueLater.id()));
    assertThat(figures.lastOrderDay()).isEqualTo(f);
    assertThat(figures.baseCurrency()).isEqualTo("CNY");
  }

  @Test
  void aCustomerThatBoughtNothingHasZerosAndNothingKnownAboutPunctuality() {
    CustomerSalesFigures none = FiguresArithmetic.compute(AS_OF, "CNY", List.of());
    CustomerSalesFigures onlyDrafts =
        FiguresArithmetic.compute(
            AS_OF,
            "CNY",
            List.of(sale("DRAFT", AS_OF, "10", "1"), sale("CANCELLED", AS_OF, "9", "1")));

    for (CustomerSalesFigures figures : List.of(none, onlyDrafts)) {
      assertThat(figures.lifetimeRevenue()).isEqualByComparingTo("0");
      assertThat(figures.revenue12Months()).isEqualByComparingTo("0");
      assertThat(figures.lifetimeMargin()).isEqualByComparingTo("0");
      assertThat(figures.outstanding()).isEqualByComparingTo("0");
      assertThat(figures.overdue()).isEqualByComparingTo("0");
      assertThat(figures.averageDaysLate()).isNull();
      assertThat(figures.lateShare()).isNull();
      assertThat(figures.orders()).isZero();
      assertThat(figures.lastOrderId()).isNull();
      assertThat(figures.lastOrderDay()).isNull();
    }
  }

  @Test
  void anUnpaidOrderIsOverdueButSaysNothingAboutPunctuality() {
    LocalDate day = AS_OF.minusDays(3);
    CustomerSalesFigures figures =
        FiguresArithmetic.compute(AS_OF, "CNY", List.of(sale("SIGNED", day, "250.50", "100")));

    assertThat(figures.outstanding()).isEqualByComparingTo("250.50");
    assertThat(figures.overdue()).isEqualByComparingTo("250.50");
    assertThat(figures.lateShare()).isNull();
    assertThat(figures.averageDaysLate()).isNull();
  }

  @Test
  void aCustomerPayingOnTimeHasZeroDaysAndZeroShareLate() {
    LocalDate day = AS_OF.minusDays(40);
    OrderFacts onTime =
        order(
            "ORDER",
            "COMPLETED",
            day,
            "1",
            "80",
            "20",
            List.of(),
            List.of(new Paid(day, m("50")), new Paid(day.minusDays(1), m("30"))),
            List.of());

    CustomerSalesFigures figures = FiguresArithmetic.compute(AS_OF, "CNY", List.of(onTime));

    assertThat(figures.lateShare()).isEqualByComparingTo("0");
    assertThat(figures.averageDaysLate()).isEqualByComparingTo("0");
    assertThat(figures.outstanding()).isEqualByComparingTo("0");
  }

  @Test
  void theTwelveMonthsAreTheDaysAfterTheSameDayAYearBeforeUpToTheDay() {
    LocalDate yearBefore = AS_OF.minusMonths(12);
    OrderFacts onTheEdge = sale("COMPLETED", yearBefore, "1", "0");
    OrderFacts dayAfterTheEdge = sale("COMPLETED", yearBefore.plusDays(1), "10", "0");
    OrderFacts today = sale("COMPLETED", AS_OF, "100", "0");
    OrderFacts refundedOnEdges =
        order(
            "ORDER",
            "COMPLETED",
            yearBefore.minusMonths(1),
            "1",
            "1000",
            "0",
            List.of(),
            List.of(new Paid(yearBefore.minusMonths(1), m("1000"))),
            List.of(
                new OrderFacts.Refunded(yearBefore, m("200")),
                new OrderFacts.Refunded(yearBefore.plusDays(1), m("30"))));

    CustomerSalesFigures figures =
        FiguresArithmetic.compute(
            AS_OF, "CNY", List.of(onTheEdge, dayAfterTheEdge, today, refundedOnEdges));

    assertThat(figures.revenue12Months())
        .isEqualByComparingTo(m("10").add(m("100")).subtract(m("30")));
    assertThat(figures.lifetimeRevenue())
        .isEqualByComparingTo(
            m("1").add(m("10")).add(m("100")).add(m("1000")).subtract(m("200")).subtract(m("30")));
  }

  @Test
  void ofTwoOrdersPlacedAtTheSameInstantTheLastOrderIsTheOneWithTheGreaterId() {
    Instant at = Instant.parse("2026-11-30T02:00:00Z");
    UUID low = UUID.fromString("00000000-0000-7000-8000-000000000001");
    UUID high = UUID.fromString("00000000-0000-7000-8000-000000000002");
    LocalDate day = LocalDate.of(2026, 11, 30);
    OrderFacts first =
        new OrderFacts(
            low, "A", "ORDER", "SIGNED", at, day, m("1"), m("5"), m("5"), m("1"), List.of(),
            List.of(), List.of());
    OrderFacts second =
        new OrderFacts(
            high, "B", "ORDER", "SIGNED", at, day, m("1"), m("5"), m("5"), m("1"), List.of(),
            List.of(), List.of());

    assertThat(FiguresArithmetic.compute(AS_OF, "CNY", List.of(second, first)).lastOrderNumber())
        .isEqualTo("B");
    assertThat(FiguresArithmetic.compute(AS_OF, "CNY", List.of(first, second)).lastOrderNumber())
        .isEqualTo("B");
  }
}
