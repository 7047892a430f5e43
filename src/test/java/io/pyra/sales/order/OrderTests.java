package io.pyra.sales.order;

import static io.pyra.sales.order.OrderFixtures.NOW;
import static io.pyra.sales.order.OrderFixtures.OWNER;
import static io.pyra.sales.order.OrderFixtures.draft;
import static io.pyra.sales.order.OrderFixtures.line;
import static io.pyra.sales.order.OrderFixtures.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyra.platform.error.BusinessRuleException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The order aggregate: totals, exact decimals, credit notes, conversions and its transitions. */
class OrderTests {

  @Test
  void totalsAreTheSumOfTheLinesLessTheirDiscounts() {
    // 2 × 3,800 less 10 % = 6,840; 1 × 1,250.50 = 1,250.50; 3 × 99.99 less 15 % = 254.9745
    Order order =
        draft(
            OrderKind.ORDER,
            line("2", "3800", "10", "1500"),
            line("1", "1250.50", null, "400"),
            line("3", "99.99", "15", "20.5"));

    BigDecimal expectedAmount =
        new BigDecimal("6840").add(new BigDecimal("1250.50")).add(new BigDecimal("254.9745"));
    BigDecimal expectedCost =
        new BigDecimal("3000").add(new BigDecimal("400")).add(new BigDecimal("61.5"));
    assertThat(order.amount()).isEqualByComparingTo(expectedAmount); // 8345.4745
    assertThat(order.cost()).isEqualByComparingTo(expectedCost); // 3461.5
    assertThat(order.margin()).isEqualByComparingTo(expectedAmount.subtract(expectedCost));
    assertThat(order.amount().scale()).isEqualTo(6);
    assertThat(order.lineCount()).isEqualTo(3);
    assertThat(order.amountBase()).isEqualByComparingTo(expectedAmount);
  }

  @Test
  void lineAmountsAreExactToSixDecimalsHalfEven() {
    // 1 × 0.0000125 would need seven decimals: half-even rounds 0.0000125 down to 0.000012
    // 1 × 0.0000135 rounds up to 0.000014
    assertThat(line("1", "0.0000125", null, null).amount()).isEqualByComparingTo("0.000012");
    assertThat(line("1", "0.0000135", null, null).amount()).isEqualByComparingTo("0.000014");
    // 0.1 + 0.2 is 0.3 exactly
    Order order =
        draft(OrderKind.ORDER, line("1", "0.1", null, null), line("1", "0.2", null, null));
    assertThat(order.amount()).isEqualByComparingTo("0.3");
    // 33.3333 % off 100 = 66.6667
    assertThat(line("1", "100", "33.3333", null).amount()).isEqualByComparingTo("66.6667");
    // a full discount is zero, never negative
    assertThat(line("4", "25", "100", "3").amount()).isEqualByComparingTo("0");
  }

  @Test
  void aCreditNoteHasNegativeLinesAndTotals() {
    // returned: 2 × 3,800 less 10 % = −6,840 with cost −3,000
    Order credit = draft(OrderKind.CREDIT_NOTE, line("-2", "3800", "10", "1500"));

    assertThat(credit.amount()).isEqualByComparingTo("-6840");
    assertThat(credit.cost()).isEqualByComparingTo("-3000");
    assertThat(credit.margin()).isEqualByComparingTo("-3840");
  }

  @Test
  void anOrderInAnotherCurrencyIsConvertedAtItsOwnRate() {
    // 3 × 1,000 USD less 5 % = 2,850 USD; at 7.1234 CNY per USD = 20,301.69 CNY; cost 3 × 400 =
    // 1,200 USD = 8,548.08 CNY
    Order order =
        new Order(
            "SO-000002",
            terms(OrderKind.ORDER, "USD", "7.1234", line("3", "1000", "5", "400")),
            OrderStatus.DRAFT,
            OWNER,
            NOW);

    BigDecimal amount = new BigDecimal("2850");
    assertThat(order.amount()).isEqualByComparingTo(amount);
    assertThat(order.amountBase()).isEqualByComparingTo(amount.multiply(new BigDecimal("7.1234")));
    assertThat(order.amountBase()).isEqualByComparingTo("20301.69");
    assertThat(order.costBase()).isEqualByComparingTo("8548.08");
    // 1/3 EUR at 7.77777777: rounded half-even to six decimals only in the base amount
    Order third =
        new Order(
            "SO-000003",
            terms(OrderKind.ORDER, "EUR", "7.77777777", line("1", "0.333333", null, null)),
            OrderStatus.DRAFT,
            OWNER,
            NOW);
    // 0.333333 × 7.77777777 = 2.59258999740741 → 2.592590
    assertThat(third.amountBase()).isEqualByComparingTo("2.592590");
  }

  @Test
  void aDraftIsSignedActivatedAndCompleted() {
    Order order = draft(OrderKind.CONTRACT, line("1", "12800", null, "5000"));
    assertThat(order.status().counts()).isFalse();
    assertThat(order.outstanding()).isEqualByComparingTo("0");

    order.sign(OWNER, NOW);
    assertThat(order.status()).isEqualTo(OrderStatus.SIGNED);
    assertThat(order.signedBy()).isEqualTo(OWNER);
    assertThat(order.signedAt()).isEqualTo(NOW);
    assertThat(order.status().counts()).isTrue();
    assertThat(order.outstanding()).isEqualByComparingTo("12800");

    order.activate(NOW);
    assertThat(order.status()).isEqualTo(OrderStatus.ACTIVE);
    order.complete(NOW);
    assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThatThrownBy(() -> order.cancel(NOW))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessage("order.cancel.completed");
  }

  @Test
  void illegalTransitionsAreRefused() {
    Order order = draft(OrderKind.ORDER, line("1", "10", null, null));
    assertThatThrownBy(() -> order.activate(NOW)).isInstanceOf(BusinessRuleException.class);
    assertThatThrownBy(() -> order.complete(NOW)).isInstanceOf(BusinessRuleException.class);
    order.cancel(NOW);
    assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(order.cancelledAt()).isEqualTo(NOW);
    assertThatThrownBy(() -> order.sign(OWNER, NOW)).isInstanceOf(BusinessRuleException.class);
    assertThatThrownBy(
            () -> order.amend(terms(OrderKind.ORDER, "CNY", "1", line("1", "10", null, null)), NOW))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessage("order.cancelled.fixed");
  }

  @Test
  void aSignedContractsLinesCannotBeEditedButItsNotesCan() {
    Order order = draft(OrderKind.CONTRACT, line("1", "12800", null, "5000"));
    order.sign(OWNER, NOW);

    assertThatThrownBy(
            () ->
                order.amend(
                    terms(OrderKind.CONTRACT, "CNY", "1", line("1", "9800", null, "5000")), NOW))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessage("order.lines.signed-contract");
    assertThat(order.amount()).isEqualByComparingTo("12800");

    // the same lines (numbers compared by value) with other course dates are fine
    OrderTerms same = terms(OrderKind.CONTRACT, "CNY", "1", line("1.00", "12800.000", "0", "5000"));
    order.amend(same, NOW);
    assertThat(order.amount()).isEqualByComparingTo("12800");
  }

  @Test
  void aDraftsLinesAreReplacedWithTheirTotals() {
    Order order = draft(OrderKind.ORDER, line("1", "100", null, "10"));
    order.amend(terms(OrderKind.ORDER, "CNY", "1", line("2", "100", "50", "10")), NOW);
    // 2 × 100 less 50 % = 100; cost 2 × 10 = 20
    assertThat(order.amount()).isEqualByComparingTo("100");
    assertThat(order.cost()).isEqualByComparingTo("20");
    assertThat(order.lines()).hasSize(1);
  }

  @Test
  void aNewOrderWrittenSignedCountsAtOnceAndCannotBeWrittenCancelled() {
    Order signed =
        new Order(
            "SO-000009",
            terms(OrderKind.ORDER, "CNY", "1", line("1", "10", null, null)),
            OrderStatus.COMPLETED,
            OWNER,
            NOW);
    assertThat(signed.status().counts()).isTrue();
    assertThat(signed.signedBy()).isEqualTo(OWNER);
    assertThatThrownBy(
            () ->
                new Order(
                    "SO-000010",
                    terms(OrderKind.ORDER, "CNY", "1", line("1", "10", null, null)),
                    OrderStatus.CANCELLED,
                    OWNER,
                    NOW))
        .isInstanceOf(BusinessRuleException.class);
  }
}
