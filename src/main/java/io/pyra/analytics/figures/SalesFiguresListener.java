package io.pyra.analytics.figures;

import io.pyra.customer.CustomerId;
import io.pyra.sales.CustomerSalesMoved;
import io.pyra.sales.OrderCancelled;
import io.pyra.sales.OrderPlaced;
import io.pyra.sales.RefundIssued;
import io.pyra.sales.SalesImported;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a customer's figures current after each sales event that changes what they bought: an order
 * that starts to count, one cancelled, a refund. Anonymous sales concern no customer.
 */
@Component
class SalesFiguresListener {

  private final CustomerDays days;

  SalesFiguresListener(CustomerDays days) {
    this.days = days;
  }

  @ApplicationModuleListener
  void on(OrderPlaced event) {
    refresh(event.customerId());
  }

  @ApplicationModuleListener
  void on(OrderCancelled event) {
    refresh(event.customerId());
  }

  @ApplicationModuleListener
  void on(RefundIssued event) {
    refresh(event.customerId());
  }

  @ApplicationModuleListener
  void on(CustomerSalesMoved event) {
    refresh(event.fromId());
    refresh(event.toId());
  }

  /** An import writes orders in bulk, without an event each: all figures are rebuilt. */
  @ApplicationModuleListener
  void on(SalesImported event) {
    days.rebuild();
  }

  private void refresh(CustomerId customer) {
    if (customer != null) {
      days.refresh(customer.value());
    }
  }
}
