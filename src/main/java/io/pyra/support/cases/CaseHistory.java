package io.pyra.support.cases;

import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import io.pyra.platform.bulk.BulkRows;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The history of cases: every change, SLA event and mail, in order. Written in the transaction of
 * the change it tells; read by the case page, the API and the customer's timeline.
 */
@Component
public class CaseHistory {

  public static final int DETAIL_MAX = 4000;
  private static final int VALUE_MAX = 200;

  /** One line of a case's history; {@code actorName} is null for Pyra itself. */
  public record CaseEvent(
      UUID id,
      CaseEventKind kind,
      String fromValue,
      String toValue,
      String detail,
      UUID actorId,
      String actorName,
      Instant occurredAt) {}

  /** A line to add, for {@link #addAll}. */
  public record Entry(
      UUID caseId,
      UUID customerId,
      CaseEventKind kind,
      String from,
      String to,
      String detail,
      UUID actorId,
      Instant at) {}

  private final JdbcClient jdbc;
  private final BulkRows rows;

  CaseHistory(JdbcClient jdbc, BulkRows rows) {
    this.jdbc = jdbc;
    this.rows = rows;
  }

  /** Many lines in one batch (the SLA job's): {@code COPY} on PostgreSQL. */
  public void addAll(List<Entry> entries) {
    rows.insert(
        "support_case_event",
        "id, case_id, customer_id, kind, from_value, to_value, detail, actor_id, occurred_at",
        entries.stream()
            .map(
                e ->
                    new Object[] {
                      Ids.newId(),
                      e.caseId(),
                      e.customerId(),
                      e.kind().name(),
                      cut(e.from(), VALUE_MAX),
                      cut(e.to(), VALUE_MAX),
                      cut(e.detail(), DETAIL_MAX),
                      e.actorId(),
                      e.at()
                    })
            .toList());
  }

  public void add(
      SupportCase c,
      CaseEventKind kind,
      String from,
      String to,
      String detail,
      UUID actorId,
      Instant at) {
    add(c.id(), c.customerId(), kind, from, to, detail, actorId, at);
  }

  /**
   * The same for a case not loaded as an entity (work Pyra does after a change committed, with no
   * reader to check).
   */
  public void add(
      UUID caseId,
      UUID customerId,
      CaseEventKind kind,
      String from,
      String to,
      String detail,
      UUID actorId,
      Instant at) {
    jdbc.sql(
            """
            insert into support_case_event
                   (id, case_id, customer_id, kind, from_value, to_value, detail, actor_id, occurred_at)
            values (:id, :case, :customer, :kind, :from, :to, :detail, :actor, :at)""")
        .param("id", Ids.newId())
        .param("case", caseId)
        .param("customer", customerId)
        .param("kind", kind.name())
        .param("from", cut(from, VALUE_MAX))
        .param("to", cut(to, VALUE_MAX))
        .param("detail", cut(detail, DETAIL_MAX))
        .param("actor", actorId)
        .param("at", SqlTime.utc(at))
        .update();
  }

  /** The case's history, oldest first (the caller has checked that the reader may see the case). */
  public List<CaseEvent> of(UUID caseId) {
    return jdbc.sql(
            """
            select e.id, e.kind, e.from_value, e.to_value, e.detail, e.actor_id, u.display_name, e.occurred_at
              from support_case_event e
              left join identity_user_view u on u.id = e.actor_id
             where e.case_id = :case
             order by e.occurred_at, case when e.kind = 'OPENED' then 0 else 1 end, e.id""")
        .param("case", caseId)
        .query(
            (rs, n) ->
                new CaseEvent(
                    rs.getObject(1, UUID.class),
                    CaseEventKind.valueOf(rs.getString(2)),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getObject(6, UUID.class),
                    rs.getString(7),
                    SqlTime.instant(rs.getObject(8, OffsetDateTime.class))))
        .list();
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
