package io.pyra.customer;

import java.util.Set;

/**
 * A section another module adds to the customer's page or to the known-caller card (jobs, the
 * timeline, open tasks, orders …) without the customer module knowing that module: the page lists
 * every panel bean and loads each from {@link #path} with htmx. The endpoint behind the path checks
 * the user's reach itself and answers with an HTML fragment.
 */
public interface CustomerPanel {

  /** Where a panel is shown. */
  enum Place {
    DETAIL,
    CARD
  }

  /** The HTML id of the section, e.g. {@code timeline}. */
  String id();

  /** The message key of the section's heading. */
  String titleKey();

  /** Sections are shown in ascending order. */
  int order();

  Set<Place> places();

  /** The fragment's URL for this customer, e.g. {@code /customers/{id}/timeline}. */
  String path(CustomerId customerId);

  /**
   * Whether the signed-in user may see this panel at all (by permission); the data is still checked
   * by the endpoint.
   */
  default boolean shown() {
    return true;
  }
}
