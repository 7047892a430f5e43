package io.pyra.support.complaint;

import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of complaint handling: steps done, compensations and the tasks a complaint made. */
@Component
class ComplaintStore {

  private final JdbcClient jdbc;

  ComplaintStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Map<ComplaintStep, DoneStep> steps(UUID caseId) {
    Map<ComplaintStep, DoneStep> done = new EnumMap<>(ComplaintStep.class);
    jdbc.sql(
            """
            select step, done_at, done_by, note, skipped, mailed_to
              from support_complaint_step where case_id = :case""")
        .param("case", caseId)
        .query(
            (rs, n) ->
                new DoneStep(
                    ComplaintStep.valueOf(rs.getString(1)),
                    instant(rs, 2),
                    rs.getObject(3, UUID.class),
                    rs.getString(4),
                    rs.getBoolean(5),
                    rs.getString(6)))
        .list()
        .forEach(d -> done.put(d.step(), d));
    return done;
  }

  void addStep(UUID caseId, DoneStep step) {
    jdbc.sql(
            """
            insert into support_complaint_step (case_id, step, done_at, done_by, note, skipped, mailed_to)
            values (:case, :step, :at, :by, :note, :skipped, :mailed)""")
        .param("case", caseId)
        .param("step", step.step().name())
        .param("at", SqlTime.utc(step.doneAt()))
        .param("by", step.doneBy())
        .param("note", step.note())
        .param("skipped", step.skipped())
        .param("mailed", step.mailedTo())
        .update();
  }

  /** The case's compensations, oldest first (the last one is the one that counts). */
  List<Compensation> compensations(UUID caseId) {
    return jdbc.sql(
            """
            select id, case_id, type, amount, currency, note, order_number, refund_id, status, requested_by,
                   approved_by, approved_at, rejection_reason, created_at, version
              from support_compensation where case_id = :case order by created_at, id""")
        .param("case", caseId)
        .query(
            (rs, n) ->
                new Compensation(
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class),
                    CompensationType.valueOf(rs.getString(3)),
                    rs.getBigDecimal(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getObject(8, UUID.class),
                    CompensationStatus.valueOf(rs.getString(9)),
                    rs.getObject(10, UUID.class),
                    rs.getObject(11, UUID.class),
                    instant(rs, 12),
                    rs.getString(13),
                    instant(rs, 14),
                    rs.getLong(15)))
        .list();
  }

  void addCompensation(Compensation c, UUID customerId) {
    jdbc.sql(
            """
            insert into support_compensation (id, case_id, customer_id, type, amount, currency, note, order_number,
              refund_id, status, requested_by, approved_by, approved_at, rejection_reason, created_at, version)
            values (:id, :case, :customer, :type, :amount, :currency, :note, :order, :refund, :status, :by,
              null, :approvedAt, null, :at, 0)""")
        .param("id", c.id())
        .param("case", c.caseId())
        .param("customer", customerId)
        .param("type", c.type().name())
        .param("amount", c.amount())
        .param("currency", c.currency())
        .param("note", c.note())
        .param("order", c.orderNumber())
        .param("refund", c.refundId())
        .param("status", c.status().name())
        .param("by", c.requestedBy())
        .param("approvedAt", c.approvedAt() == null ? null : SqlTime.utc(c.approvedAt()))
        .param("at", SqlTime.utc(c.createdAt()))
        .update();
  }

  /** A manager's decision on a waiting compensation; false when it no longer waits. */
  boolean decide(
      UUID id,
      long version,
      CompensationStatus status,
      UUID by,
      Instant at,
      String reason,
      UUID refundId) {
    return jdbc.sql(
                """
                update support_compensation
                   set status = :status, approved_by = :by, approved_at = :at, rejection_reason = :reason,
                       refund_id = :refund, version = version + 1
                 where id = :id and version = :version and status = 'PENDING_APPROVAL'""")
            .param("status", status.name())
            .param("by", by)
            .param("at", SqlTime.utc(at))
            .param("reason", reason)
            .param("refund", refundId)
            .param("id", id)
            .param("version", version)
            .update()
        == 1;
  }

  /** The tasks of a case's complaint, oldest first, without their state (see ComplaintTasks). */
  List<ComplaintTask> tasks(UUID caseId) {
    return jdbc.sql(
            """
            select id, kind, task_id, title, assignee_id, due_at
              from support_complaint_task where case_id = :case order by created_at, id""")
        .param("case", caseId)
        .query(
            (rs, n) ->
                new ComplaintTask(
                    rs.getObject(1, UUID.class),
                    ComplaintTask.Kind.valueOf(rs.getString(2)),
                    rs.getObject(3, UUID.class),
                    rs.getString(4),
                    rs.getObject(5, UUID.class),
                    null,
                    instant(rs, 6),
                    false))
        .list();
  }

  long taskCount(UUID caseId, ComplaintTask.Kind kind) {
    return jdbc.sql(
            "select count(*) from support_complaint_task where case_id = :case and kind = :kind")
        .param("case", caseId)
        .param("kind", kind.name())
        .query(Long.class)
        .single();
  }

  void addTask(
      UUID caseId,
      ComplaintTask.Kind kind,
      UUID taskId,
      String title,
      UUID assigneeId,
      Instant dueAt,
      UUID createdBy,
      Instant now) {
    jdbc.sql(
            """
            insert into support_complaint_task (id, case_id, kind, task_id, title, assignee_id, due_at, created_by,
              created_at)
            values (:id, :case, :kind, :task, :title, :assignee, :due, :by, :now)""")
        .param("id", Ids.newId())
        .param("case", caseId)
        .param("kind", kind.name())
        .param("task", taskId)
        .param("title", title)
        .param("assignee", assigneeId)
        .param("due", SqlTime.utc(dueAt))
        .param("by", createdBy)
        .param("now", SqlTime.utc(now))
        .update();
  }

  /** The case as the follow-up after its resolution needs it (read as Pyra, no reader). */
  ResolvedCase resolvedCase(UUID caseId) {
    return jdbc.sql(
            """
            select id, customer_id, code, subject, assignee_id, created_by
              from support_case where id = :case""")
        .param("case", caseId)
        .query(ResolvedCase.class)
        .single();
  }

  record ResolvedCase(
      UUID id, UUID customerId, String code, String subject, UUID assigneeId, UUID createdBy) {}

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : SqlTime.instant(value);
  }
}
