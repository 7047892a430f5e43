package io.pyra.analytics.web;

import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerPanel;
import io.pyra.identity.CurrentUser;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The customer's value as a section of the customer's page: their tier at each snapshotted month
 * end of the shipped revenue pyramid, the latest first (the tier path); shown to those who may see
 * customer value, loaded from {@code /customers/{id}/value}.
 */
@Component
class CustomerValuePanel implements CustomerPanel {

  private final CurrentUser currentUser;

  CustomerValuePanel(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @Override
  public String id() {
    return "value";
  }

  @Override
  public String titleKey() {
    return "analytics.value.title";
  }

  @Override
  public int order() {
    return 27;
  }

  @Override
  public Set<Place> places() {
    return Set.of(Place.DETAIL);
  }

  @Override
  public String path(CustomerId customerId) {
    return "/customers/" + customerId + "/value";
  }

  @Override
  public boolean shown() {
    return currentUser.visibility(ValueRequests.READ).granted();
  }
}
