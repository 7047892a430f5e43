package io.pyra.sales.order;

import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomersMerged;
import io.pyra.platform.audit.AuditEvent;
import io.pyra.platform.audit.AuditLog;
import io.pyra.platform.audit.FieldChange;
import io.pyra.sales.CustomerSalesMoved;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When two customers become one, the merged customer's orders, contracts, credit notes and
 * opportunities belong to the survivor: their revenue, payments and deals follow the customer.
 */
@Component
class MergedCustomerSales {

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;

  MergedCustomerSales(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.events = events;
  }

  @ApplicationModuleListener
  void on(CustomersMerged event) {
    int orders =
        jdbc.sql("update sales_order set customer_id = :survivor where customer_id = :merged")
            .param("survivor", event.survivorId().value())
            .param("merged", event.mergedId().value())
            .update();
    int opportunities =
        jdbc.sql("update sales_opportunity set customer_id = :survivor where customer_id = :merged")
            .param("survivor", event.survivorId().value())
            .param("merged", event.mergedId().value())
            .update();
    if (orders + opportunities == 0) {
      return;
    }
    audit.append(
        new AuditEvent(
            "MOVE",
            CustomerApi.AUDIT_RECORD_TYPE,
            event.survivorId().toString(),
            event.mergedBy().value(),
            null,
            List.of(
                new FieldChange("mergedId", null, event.mergedId().toString()),
                new FieldChange("ordersMoved", null, String.valueOf(orders)),
                new FieldChange("opportunitiesMoved", null, String.valueOf(opportunities)))));
    events.publishEvent(
        new CustomerSalesMoved(event.mergedId(), event.survivorId(), orders, opportunities));
  }
}
