package io.pyra.interaction.task;

import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerRef;
import io.pyra.platform.error.RecordNotFoundException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a task comes from, for pages: the customer, the contact record (its subject) and the job
 * (its code and name) a follow-up task is created from or linked to.
 */
@Component
@Transactional(readOnly = true)
public class TaskSources {

  /**
   * The customer, record and job of a task, each with what a page shows of it (null when not
   * linked).
   */
  public record Source(
      UUID customerId,
      String customerCode,
      String customerName,
      UUID recordId,
      String recordSubject,
      UUID jobId,
      String jobCode,
      String jobName) {}

  private record Linked(UUID customerId, String label, String name) {}

  private final CustomerApi customers;
  private final JdbcClient jdbc;

  TaskSources(CustomerApi customers, JdbcClient jdbc) {
    this.customers = customers;
    this.jdbc = jdbc;
  }

  /**
   * The source of a new follow-up task. A record or job brings its customer; the customer must be
   * one the user may read (otherwise not found), as must the record and job, through it.
   */
  public Source forNewTask(UUID customerId, UUID recordId, UUID jobId) {
    Optional<Linked> record = record(recordId);
    Optional<Linked> job = job(jobId);
    if ((recordId != null && record.isEmpty()) || (jobId != null && job.isEmpty())) {
      throw new RecordNotFoundException(
          recordId != null && record.isEmpty() ? "record" : "job",
          recordId != null ? recordId : jobId);
    }
    UUID customer =
        customerId != null
            ? customerId
            : record.map(Linked::customerId).orElse(job.map(Linked::customerId).orElse(null));
    CustomerRef ref = customer == null ? null : customers.require("customer.read", customer);
    boolean recordMatches = record.map(r -> r.customerId().equals(customer)).orElse(true);
    boolean jobMatches = job.map(j -> j.customerId().equals(customer)).orElse(true);
    return new Source(
        customer,
        ref == null ? null : ref.code(),
        ref == null ? null : ref.name(),
        recordMatches ? recordId : null,
        recordMatches ? record.map(Linked::label).orElse(null) : null,
        jobMatches ? jobId : null,
        jobMatches ? job.map(Linked::label).orElse(null) : null,
        jobMatches ? job.map(Linked::name).orElse(null) : null);
  }

  /** The live customer with this code, whoever may see it (the task's rules check that next). */
  public Optional<UUID> customerByCode(String code) {
    return customers.findByCode(code).map(CustomerRef::id);
  }

  /** What a page shows of a visible task's links. */
  public Source of(TaskRow task) {
    Optional<Linked> record = record(task.recordId());
    Optional<Linked> job = job(task.jobId());
    return new Source(
        task.customerId(),
        task.customerCode(),
        task.customerName(),
        task.recordId(),
        record.map(Linked::label).orElse(null),
        task.jobId(),
        job.map(Linked::label).orElse(null),
        job.map(Linked::name).orElse(null));
  }

  private Optional<Linked> record(UUID id) {
    return id == null
        ? Optional.empty()
        : jdbc.sql("select customer_id, subject from interaction_record where id = :id")
            .param("id", id)
            .query((rs, n) -> new Linked(rs.getObject(1, UUID.class), rs.getString(2), null))
            .optional();
  }

  private Optional<Linked> job(UUID id) {
    return id == null
        ? Optional.empty()
        : jdbc.sql("select customer_id, code, name from interaction_job where id = :id")
            .param("id", id)
            .query(
                (rs, n) ->
                    new Linked(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
            .optional();
  }
}
