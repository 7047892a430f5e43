package io.pyra.interaction.timeline;

import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerPanel;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The timeline as a section of the customer's page, loaded from {@code /customers/{id}/timeline}.
 */
@Component
class TimelinePanel implements CustomerPanel {

  @Override
  public String id() {
    return "timeline";
  }

  @Override
  public String titleKey() {
    return "timeline.title";
  }

  @Override
  public int order() {
    return 50;
  }

  @Override
  public Set<Place> places() {
    return Set.of(Place.DETAIL);
  }

  @Override
  public String path(CustomerId customerId) {
    return "/customers/" + customerId + "/timeline";
  }
}
