package io.pyra.interaction.web;

import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerPanel;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sections this module adds to the customer's page and the known-caller card. */
@Configuration(proxyBeanMethods = false)
class CustomerSections {

  /**
   * The last contact records and "Log contact", on the customer's page and the known-caller card.
   */
  @Bean
  CustomerPanel contactsLogPanel() {
    return panel(
        "contacts-log",
        "interaction.panel.contacts",
        10,
        Set.of(CustomerPanel.Place.DETAIL, CustomerPanel.Place.CARD),
        "/customers/%s/interactions/panel");
  }

  /** The customer's jobs and "New job", on the customer's page. */
  @Bean
  CustomerPanel jobsPanel() {
    return panel(
        "jobs",
        "interaction.panel.jobs",
        20,
        Set.of(CustomerPanel.Place.DETAIL),
        "/customers/%s/jobs/panel");
  }

  private static CustomerPanel panel(
      String id, String titleKey, int order, Set<CustomerPanel.Place> places, String path) {
    return new CustomerPanel() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String titleKey() {
        return titleKey;
      }

      @Override
      public int order() {
        return order;
      }

      @Override
      public Set<Place> places() {
        return places;
      }

      @Override
      public String path(CustomerId customerId) {
        return path.formatted(customerId);
      }
    };
  }
}
