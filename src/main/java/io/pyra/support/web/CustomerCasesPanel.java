package io.pyra.support.web;

import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerPanel;
import io.pyra.identity.CurrentUser;
import io.pyra.support.cases.CaseAccess;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The customer's cases, open first, with a "New case" button, on the customer page. */
@Component
class CustomerCasesPanel implements CustomerPanel {

  private final CurrentUser currentUser;

  CustomerCasesPanel(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @Override
  public String id() {
    return "cases";
  }

  @Override
  public String titleKey() {
    return "case.panel.title";
  }

  @Override
  public int order() {
    return 35;
  }

  @Override
  public Set<Place> places() {
    return Set.of(Place.DETAIL);
  }

  @Override
  public String path(CustomerId customerId) {
    return "/customers/" + customerId + "/cases";
  }

  @Override
  public boolean shown() {
    return currentUser.has(CaseAccess.READ) || currentUser.has(CaseAccess.CREATE);
  }
}
