package io.pyra.sales.figures;

import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerRevenue;
import io.pyra.identity.CurrentUser;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The known-caller cards' lifetime revenue, which the customer module declares ({@link
 * CustomerRevenue}) and this module provides: for a user who may see orders ({@code order.read} at
 * any reach), every card's revenue, zero for a customer that bought nothing; for anyone else
 * nothing, so the card shows no figure rather than a zero that looks counted.
 */
@Component
class CardRevenue implements CustomerRevenue {

  private final CustomerSalesFiguresQuery figures;
  private final CurrentUser currentUser;

  CardRevenue(CustomerSalesFiguresQuery figures, CurrentUser currentUser) {
    this.figures = figures;
    this.currentUser = currentUser;
  }

  @Override
  public Map<CustomerId, BigDecimal> lifetimeRevenue(Collection<CustomerId> customerIds) {
    Map<CustomerId, BigDecimal> revenue = new LinkedHashMap<>();
    if (!currentUser.visibility("order.read").granted()) {
      return revenue;
    }
    Map<CustomerId, BigDecimal> known = figures.lifetimeRevenue(customerIds);
    BigDecimal zero = BigDecimal.ZERO.setScale(6);
    for (CustomerId id : customerIds) {
      revenue.put(id, known.getOrDefault(id, zero));
    }
    return revenue;
  }
}
