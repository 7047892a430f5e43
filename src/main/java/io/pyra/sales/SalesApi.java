package io.pyra.sales;

import io.pyra.customer.CustomerId;
import io.pyra.sales.figures.CustomerSalesFiguresQuery;
import io.pyra.sales.money.BaseCurrency;
import io.pyra.sales.payment.RefundService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * What other modules may use of the sales module: the figures of a customer (revenue, cost, margin,
 * what is outstanding and overdue, and how punctually it pays: the credit indicator the grading
 * uses). The figures are the customer's whatever the reader's reach over orders; a caller that
 * shows them checks that the reader may see the customer and sales figures.
 */
@Service
public class SalesApi {

  private final CustomerSalesFiguresQuery figures;
  private final BaseCurrency baseCurrency;
  private final RefundService refunds;
  private final ZoneId zone;

  SalesApi(
      CustomerSalesFiguresQuery figures,
      BaseCurrency baseCurrency,
      RefundService refunds,
      @Value("${pyra.time-zone:Asia/Shanghai}") String zone) {
    this.figures = figures;
    this.baseCurrency = baseCurrency;
    this.refunds = refunds;
    this.zone = ZoneId.of(zone);
  }

  /** The company's base currency (ISO 4217 code, e.g. CNY), in which figures are counted. */
  public String baseCurrency() {
    return baseCurrency.code();
  }

  /**
   * The customer's order with this number (case ignored) and what may still be refunded on it;
   * empty when the customer has no such order. For a module that must check a refund it will ask
   * for later (a complaint's compensation); whoever may see orders.
   */
  public Optional<RefundableOrder> refundableOrder(CustomerId customerId, String orderNumber) {
    if (customerId == null) {
      return Optional.empty();
    }
    return refunds
        .customerOrder(customerId.value(), orderNumber)
        .map(
            o ->
                new RefundableOrder(new OrderId(o.id()), o.number(), o.currency(), o.refundable()));
  }

  /**
   * Refunds {@code amount} (in the order's currency) on the customer's order {@code orderNumber}
   * because another module decided so (a complaint's compensation, approved by a manager where it
   * needed approval): the caller has checked its own permission, sales neither asks {@code
   * payment.write} nor the reach of {@code order.read}. Refused (422 naming {@code orderNumber} or
   * {@code amount}, nothing changed) when the customer has no such order or the amount is not
   * positive or more than what was paid and not yet refunded. The refund is recorded by the current
   * user, audited, and {@link RefundIssued} goes out, exactly as finance's own.
   */
  public RefundId refundForComplaint(
      CustomerId customerId, String orderNumber, BigDecimal amount, String reason) {
    return new RefundId(refunds.issueFor(customerId.value(), orderNumber, amount, reason).id());
  }

  /**
   * The customer's figures today, in the company's time zone (see {@link CustomerSalesFigures}).
   */
  public CustomerSalesFigures figuresOf(CustomerId customerId) {
    return figuresOf(customerId, LocalDate.now(zone));
  }

  /**
   * The customer's figures on the company's day {@code asOf}: the orders, payments and refunds of
   * the days up to it count. See {@code FiguresArithmetic.compute} for each figure's definition.
   */
  public CustomerSalesFigures figuresOf(CustomerId customerId, LocalDate asOf) {
    return figures.of(customerId, asOf);
  }
}
