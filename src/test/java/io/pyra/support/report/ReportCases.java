package io.pyra.support.report;

import io.pyra.platform.SqlTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cases written straight into {@code support_case} at the instants a test chooses (the reports read
 * the kept instants; the workflow that writes them is tested with the cases), and the customers and
 * taxonomy terms they name.
 */
final class ReportCases {

  private final JdbcClient jdbc;

  ReportCases(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A customer of {@code ownerId} in {@code orgUnitId}. */
  UUID customer(UUID ownerId, UUID orgUnitId) {
    UUID id = UUID.randomUUID();
    String code = "RC-" + id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
    Instant now = Instant.now();
    jdbc.sql(
            """
            insert into customer_customer (id, code, kind, name, name_key, stage, owner_id, org_unit_id,
                                           version, created_at, updated_at)
            values (?, ?, 'PERSON', ?, ?, 'ACTIVE', ?, ?, 0, ?, ?)""")
        .params(
            id,
            code,
            "Report customer " + code,
            "reportcustomer" + code.toLowerCase(Locale.ROOT),
            ownerId,
            orgUnitId,
            SqlTime.utc(now),
            SqlTime.utc(now))
        .update();
    return id;
  }

  /**
   * A root cause with the given id and name: a row of the taxonomy where its table exists in this
   * build, else the id alone (the reports group by ids).
   */
  UUID rootCause(UUID id, String name) {
    if (tableExists("support_root_cause")) {
      jdbc.sql(
              """
              insert into support_root_cause (id, parent_id, code, name_en, name_zh, sort_order, active, version)
              values (?, null, ?, ?, ?, 10, true, 0)""")
          .params(id, termCode(id), name, name)
          .update();
    }
    return id;
  }

  /** A case category, as {@link #rootCause}. */
  UUID category(UUID id, String name) {
    if (tableExists("support_case_category")) {
      jdbc.sql(
              """
              insert into support_case_category (id, parent_id, code, name_en, name_zh, sort_order, active, version)
              values (?, null, ?, ?, ?, 10, true, 0)""")
          .params(id, termCode(id), name, name)
          .update();
    }
    return id;
  }

  private static String termCode(UUID id) {
    return "RP_" + id.toString().replace("-", "_").toUpperCase(Locale.ROOT);
  }

  boolean tableExists(String table) {
    return jdbc.sql("select count(*) from information_schema.tables where lower(table_name) = ?")
            .param(table)
            .query(Long.class)
            .single()
        > 0;
  }

  Row row(UUID customer, UUID team) {
    return new Row(customer, team);
  }

  /** One case, complaint and serious unless told otherwise, with its SLA instants. */
  final class Row {
    final UUID id = UUID.randomUUID();
    final String code = "RP-" + id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
    final UUID customer;
    UUID team;
    UUID assignee;
    String type = "COMPLAINT";
    String severity = "SERIOUS";
    String status = "NEW";
    String grade = "C";
    String subject = "Report probe";
    UUID category;
    UUID rootCause;
    Instant createdAt = Instant.parse("2025-01-10T02:00:00Z");
    Instant respondedAt;
    Instant responseDueAt;
    Instant resolutionDueAt;
    Instant resolvedAt;
    Instant pausedAt;
    Integer satisfaction;

    private Row(UUID customer, UUID team) {
      this.customer = customer;
      this.team = team;
    }

    Row type(String value) {
      this.type = value;
      return this;
    }

    Row severity(String value) {
      this.severity = value;
      return this;
    }

    Row status(String value) {
      this.status = value;
      return this;
    }

    Row grade(String value) {
      this.grade = value;
      return this;
    }

    Row assignee(UUID value) {
      this.assignee = value;
      return this;
    }

    Row subject(String value) {
      this.subject = value;
      return this;
    }

    Row category(UUID value) {
      this.category = value;
      return this;
    }

    Row rootCause(UUID value) {
      this.rootCause = value;
      return this;
    }

    Row created(Instant value) {
      this.createdAt = value;
      return this;
    }

    Row responded(Instant value) {
      this.respondedAt = value;
      return this;
    }

    Row responseDue(Instant value) {
      this.responseDueAt = value;
      return this;
    }

    Row resolutionDue(Instant value) {
      this.resolutionDueAt = value;
      return this;
    }

    Row resolved(Instant value) {
      this.resolvedAt = value;
      if (status.equals("NEW") || status.equals("IN_PROGRESS")) {
        this.status = "RESOLVED";
      }
      return this;
    }

    Row paused(Instant value) {
      this.pausedAt = value;
      this.status = "WAITING_ON_CUSTOMER";
      return this;
    }

    Row satisfaction(Integer value) {
      this.satisfaction = value;
      return this;
    }

    Instant responseDue() {
      return responseDueAt != null ? responseDueAt : createdAt.plus(Duration.ofHours(4));
    }

    Instant resolutionDue() {
      return resolutionDueAt != null ? resolutionDueAt : createdAt.plus(Duration.ofHours(36));
    }

    Instant resolutionWarnAt() {
      return resolutionDue().minus(Duration.ofHours(9));
    }

    Row insert() {
      Instant responseDue = responseDue();
      jdbc.sql(
              """
              insert into support_case (id, code, customer_id, type, category_id, root_cause_id, severity,
                channel, subject, assignee_id, org_unit_id, status, grade, priority, response_target_s,
                resolution_target_s, paused_work_s, paused_at, first_responded_at, first_response_warn_at,
                first_response_due_at, resolution_warn_at, resolution_due_at, resolved_at, escalation_level, reopen_count,
                satisfaction, created_by, created_at, updated_at, version)
              values (:id, :code, :customer, :type, :category, :rootCause, :severity, 'PHONE', :subject,
                :assignee, :team, :status, :grade, 3, 14400, 129600, 0, :pausedAt, :respondedAt, :warnAt,
                :responseDue, :resolutionWarnAt, :resolutionDue, :resolvedAt, 0, 0, :satisfaction, :createdBy, :createdAt,
                :createdAt, 0)""")
          .param("id", id)
          .param("code", code)
          .param("customer", customer)
          .param("type", type)
          .param("category", category)
          .param("rootCause", rootCause)
          .param("severity", severity)
          .param("subject", subject)
          .param("assignee", assignee)
          .param("team", team)
          .param("status", status)
          .param("grade", grade)
          .param("pausedAt", utc(pausedAt))
          .param("respondedAt", utc(respondedAt))
          .param("warnAt", utc(responseDue.minus(Duration.ofHours(1))))
          .param("responseDue", utc(responseDue))
          .param("resolutionWarnAt", utc(resolutionWarnAt()))
          .param("resolutionDue", utc(resolutionDue()))
          .param("resolvedAt", utc(resolvedAt))
          .param("satisfaction", satisfaction)
          .param("createdBy", UUID.randomUUID())
          .param("createdAt", utc(createdAt))
          .update();
      return this;
    }

    private static java.time.OffsetDateTime utc(Instant instant) {
      return instant == null ? null : SqlTime.utc(instant);
    }
  }
}
