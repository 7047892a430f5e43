package io.pyra.sales.web;

import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerPanel;
import io.pyra.identity.CurrentUser;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The customer's sales figures as a section of the customer's page (revenue, margin, last order,
 * outstanding and overdue), loaded from {@code /customers/{id}/sales}; shown to those who may see
 * orders.
 */
@Component
class CustomerSalesPanel implements CustomerPanel {

  private final CurrentUser currentUser;

  CustomerSalesPanel(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @Override
  public String id() {
    return "sales";
  }

  @Override
  public String titleKey() {
    return "sales.customer.panel.title";
  }

  @Override
  public int order() {
    return 25;
  }

  @Override
  public Set<Place> places() {
    return Set.of(Place.DETAIL);
  }

  @Override
  public String path(CustomerId customerId) {
    return "/customers/" + customerId + "/sales";
  }

  @Override
  public boolean shown() {
    return currentUser.visibility("order.read").granted();
  }
}
