package io.pyra.customer;

import io.pyra.platform.error.RuleViolation;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Stands in for the sales module in tests: customers registered here "have orders" and may not be
 * deleted.
 */
@Component
class CustomerOrdersGuard implements CustomerDeletionGuard {

  static final Set<UUID> WITH_ORDERS = ConcurrentHashMap.newKeySet();

  @Override
  public Optional<RuleViolation> refuseDeleting(CustomerId customer) {
    return WITH_ORDERS.contains(customer.value())
        ? Optional.of(new RuleViolation(null, "has-orders", "customer.delete.has-orders"))
        : Optional.empty();
  }
}
