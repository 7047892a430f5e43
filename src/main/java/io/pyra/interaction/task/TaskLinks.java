package io.pyra.interaction.task;

import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.platform.error.RuleViolation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a task is linked to: a customer the user may read, and a contact record or job of that same
 * customer. A record or job without a customer given brings its own customer along.
 */
@Component
class TaskLinks {

  private final CustomerApi customers;
  private final JdbcClient jdbc;

  TaskLinks(CustomerApi customers, JdbcClient jdbc) {
    this.customers = customers;
    this.jdbc = jdbc;
  }

  /** The customer of the task; broken links are added to {@code violations}. */
  UUID customer(SaveTask command, Task existing, List<RuleViolation> violations) {
    UUID recordCustomer =
        command.recordId() == null
            ? null
            : customerOf("interaction_record", command.recordId())
                .orElseGet(
                    () -> {
                      violations.add(
                          new RuleViolation("recordId", "not-found", "task.record.unknown"));
                      return null;
                    });
    UUID jobCustomer =
        command.jobId() == null
            ? null
            : customerOf("interaction_job", command.jobId())
                .orElseGet(
                    () -> {
                      violations.add(new RuleViolation("jobId", "not-found", "task.job.unknown"));
                      return null;
                    });
    UUID customerId =
        command.customerId() != null
            ? command.customerId()
            : recordCustomer != null ? recordCustomer : jobCustomer;
    if (recordCustomer != null && !recordCustomer.equals(customerId)) {
      violations.add(
          new RuleViolation("recordId", "customer-mismatch", "task.record.other-customer"));
    }
    if (jobCustomer != null && !jobCustomer.equals(customerId)) {
      violations.add(new RuleViolation("jobId", "customer-mismatch", "task.job.other-customer"));
    }
    boolean unchanged = existing != null && Objects.equals(existing.customerId(), customerId);
    if (customerId != null
        && !unchanged
        && !customers.reaches("customer.read", CustomerId.ofNullable(customerId))) {
      violations.add(new RuleViolation("customerId", "not-found", "task.customer.unknown"));
    }
    return customerId;
  }

  private Optional<UUID> customerOf(String table, UUID id) {
    String sql =
        switch (table) {
          case "interaction_record" -> "select customer_id from interaction_record where id = :id";
          case "interaction_job" -> "select customer_id from interaction_job where id = :id";
          default -> throw new IllegalArgumentException(table);
        };
    return jdbc.sql(sql).param("id", id).query(UUID.class).optional();
  }
}
