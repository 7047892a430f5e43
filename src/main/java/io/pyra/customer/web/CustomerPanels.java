package io.pyra.customer.web;

import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerPanel;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The sections other modules add to a customer's page and card, in their order, for the current
 * user.
 */
@Component
class CustomerPanels {

  /** A panel as a page renders it: a section with a heading, loaded from {@code path}. */
  record PanelView(String id, String titleKey, String path) {}

  private final ObjectProvider<CustomerPanel> panels;

  CustomerPanels(ObjectProvider<CustomerPanel> panels) {
    this.panels = panels;
  }

  List<PanelView> at(CustomerPanel.Place place, UUID customerId) {
    return panels
        .orderedStream()
        .filter(p -> p.places().contains(place) && p.shown())
        .sorted(Comparator.comparingInt(CustomerPanel::order))
        .map(p -> new PanelView(p.id(), p.titleKey(), p.path(new CustomerId(customerId))))
        .toList();
  }
}
