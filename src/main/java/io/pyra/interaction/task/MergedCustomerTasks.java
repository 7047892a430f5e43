package io.pyra.interaction.task;

import io.pyra.customer.CustomersMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When two customers are merged, their tasks and notifications belong to the survivor. */
@Component
class MergedCustomerTasks {

  private final JdbcClient jdbc;

  MergedCustomerTasks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @ApplicationModuleListener
  void on(CustomersMerged merged) {
    jdbc.sql("update interaction_task set customer_id = :survivor where customer_id = :merged")
        .param("survivor", merged.survivorId().value())
        .param("merged", merged.mergedId().value())
        .update();
    jdbc.sql(
            "update interaction_notification set customer_id = :survivor where customer_id = :merged")
        .param("survivor", merged.survivorId().value())
        .param("merged", merged.mergedId().value())
        .update();
  }
}
