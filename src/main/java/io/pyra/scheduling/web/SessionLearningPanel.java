package io.pyra.scheduling.web;

import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerPanel;
import io.pyra.identity.CurrentUser;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The customer's latest classes with their attendance as a section of the customer's page, loaded
 * from {@code /customers/{id}/learning/panel}, with a link to the whole learning history; shown to
 * those who may see bookings.
 */
@Component
class SessionLearningPanel implements CustomerPanel {

  private final CurrentUser currentUser;

  SessionLearningPanel(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @Override
  public String id() {
    return "learning";
  }

  @Override
  public String titleKey() {
    return "session.learning.title";
  }

  @Override
  public int order() {
    return 28;
  }

  @Override
  public Set<Place> places() {
    return Set.of(Place.DETAIL);
  }

  @Override
  public String path(CustomerId customerId) {
    return "/customers/" + customerId + "/learning/panel";
  }

  @Override
  public boolean shown() {
    return currentUser.visibility("booking.read").granted();
  }
}
