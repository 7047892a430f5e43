package io.pyra.support.web;

import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerPanel;
import io.pyra.identity.CurrentUser;
import io.pyra.support.cases.CaseAccess;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The caller's open cases, compact, with "New case" on the known-caller card: a caller with a
 * complaint gets a case without leaving the card.
 */
@Component
class CallerCasesPanel implements CustomerPanel {

  private final CurrentUser currentUser;

  CallerCasesPanel(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @Override
  public String id() {
    return "caller-cases";
  }

  @Override
  public String titleKey() {
    return "case.panel.title";
  }

  @Override
  public int order() {
    return 15;
  }

  @Override
  public Set<Place> places() {
    return Set.of(Place.CARD);
  }

  @Override
  public String path(CustomerId customerId) {
    return "/customers/" + customerId + "/cases/card";
  }

  @Override
  public boolean shown() {
    return currentUser.has(CaseAccess.READ) || currentUser.has(CaseAccess.CREATE);
  }
}
