package io.pyra.interaction.record;

import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomersMerged;
import io.pyra.platform.audit.AuditEvent;
import io.pyra.platform.audit.AuditLog;
import io.pyra.platform.audit.FieldChange;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When two customers become one, their contact records and jobs belong to the survivor. */
@Component
class MergedCustomerRecords {

  private final JdbcClient jdbc;
  private final AuditLog audit;

  MergedCustomerRecords(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  @ApplicationModuleListener
  void on(CustomersMerged event) {
    int jobs =
        jdbc.sql("update interaction_job set customer_id = :survivor where customer_id = :merged")
            .param("survivor", event.survivorId())
            .param("merged", event.mergedId())
            .update();
    int records =
        jdbc.sql(
                "update interaction_record set customer_id = :survivor where customer_id = :merged")
            .param("survivor", event.survivorId())
            .param("merged", event.mergedId())
            .update();
    if (jobs + records > 0) {
      audit.append(
          new AuditEvent(
              "MOVE",
              CustomerApi.AUDIT_RECORD_TYPE,
              event.survivorId().toString(),
              event.mergedBy(),
              null,
              List.of(
                  new FieldChange("mergedId", null, event.mergedId().toString()),
                  new FieldChange("contactRecordsMoved", null, String.valueOf(records)),
                  new FieldChange("jobsMoved", null, String.valueOf(jobs)))));
    }
  }
}
