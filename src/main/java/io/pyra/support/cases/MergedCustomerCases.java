package io.pyra.support.cases;

import io.pyra.customer.CustomersMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When two customers become one, the merged customer's cases and their history belong to the
 * survivor: the complaints and the service levels follow the customer.
 */
@Component
class MergedCustomerCases {

  private final JdbcClient jdbc;

  MergedCustomerCases(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @ApplicationModuleListener
  void on(CustomersMerged event) {
    jdbc.sql("update support_case set customer_id = :survivor where customer_id = :merged")
        .param("survivor", event.survivorId().value())
        .param("merged", event.mergedId().value())
        .update();
    jdbc.sql("update support_case_event set customer_id = :survivor where customer_id = :merged")
        .param("survivor", event.survivorId().value())
        .param("merged", event.mergedId().value())
        .update();
  }
}
