package io.pyra.interaction.web;

import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerPanel;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The customer's open tasks, with a "New task" button, on the customer page. */
@Component
class TaskPanel implements CustomerPanel {

  @Override
  public String id() {
    return "tasks";
  }

  @Override
  public String titleKey() {
    return "task.panel.title";
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  public Set<Place> places() {
    return Set.of(Place.DETAIL);
  }

  @Override
  public String path(CustomerId customerId) {
    return "/customers/" + customerId + "/tasks";
  }
}
