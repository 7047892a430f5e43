package io.pyra.customer;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * The lifetime revenue of customers, in the company's base currency, for the known-caller card.
 * Declared here and provided by the module that keeps orders (sales, which depends on this one), so
 * that the card shows it without reading that module's tables or depending on it; without a
 * provider the card's {@code lifetimeRevenue} stays absent.
 */
public interface CustomerRevenue {

  /**
   * For each customer given, its net revenue of all time (zero when it bought nothing); empty when
   * the signed-in user may not see revenue at all. The caller passes only customers the user may
   * read.
   */
  Map<CustomerId, BigDecimal> lifetimeRevenue(Collection<CustomerId> customerIds);
}
