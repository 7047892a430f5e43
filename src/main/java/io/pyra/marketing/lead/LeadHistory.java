package io.pyra.marketing.lead;

import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A lead's history ({@code marketing_lead_event}): every change written in the transaction that
 * made it, read oldest first (at most {@link #MAX_SHOWN}).
 */
@Component
public class LeadHistory {

  public static final int NOTE_MAX = 500;
  public static final int MAX_SHOWN = 500;

  private final JdbcClient jdbc;

  LeadHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One entry of a lead's history, with the actor's name. */
  public record Entry(
      UUID id,
      Instant at,
      LeadEventKind kind,
      LeadStatus fromStatus,
      LeadStatus toStatus,
      String actorName,
      String note) {}

  void record(
      UUID leadId,
      LeadEventKind kind,
      LeadStatus from,
      LeadStatus to,
      UUID actorId,
      String note,
      Instant at) {
    String shortNote =
        note == null ? null : note.length() > NOTE_MAX ? note.substring(0, NOTE_MAX) : note;
    jdbc.sql(
            """
            insert into marketing_lead_event (id, lead_id, at, kind, from_status, to_status, actor_id, note)
            values (:id, :leadId, :at, :kind, :from, :to, :actorId, :note)""")
        .param("id", Ids.newId())
        .param("leadId", leadId)
        .param("at", SqlTime.utc(at))
        .param("kind", kind.name())
        .param("from", from == null ? null : from.name())
        .param("to", to == null ? null : to.name())
        .param("actorId", actorId)
        .param("note", shortNote)
        .update();
  }

  /** Whether the lead's history already holds an entry of this kind with this note. */
  boolean holds(UUID leadId, LeadEventKind kind, String note) {
    return jdbc.sql(
                "select count(*) from marketing_lead_event where lead_id = :leadId and kind = :kind"
                    + " and note = :note")
            .param("leadId", leadId)
            .param("kind", kind.name())
            .param("note", note)
            .query(Long.class)
            .single()
        > 0;
  }

  /** The lead's history, oldest first (call after the lead was found visible). */
  public List<Entry> of(UUID leadId) {
    return jdbc.sql(
            """
            select e.id, e.at, e.kind, e.from_status, e.to_status, u.display_name, e.note
              from marketing_lead_event e
              left join identity_user_view u on u.id = e.actor_id
             where e.lead_id = :leadId
             order by e.at, e.id fetch first 500 rows only""")
        .param("leadId", leadId)
        .query(
            (rs, n) ->
                new Entry(
                    rs.getObject(1, UUID.class),
                    SqlTime.instant(rs.getObject(2, OffsetDateTime.class)),
                    LeadEventKind.valueOf(rs.getString(3)),
                    status(rs.getString(4)),
                    status(rs.getString(5)),
                    rs.getString(6),
                    rs.getString(7)))
        .list();
  }

  private static LeadStatus status(String code) {
    return code == null ? null : LeadStatus.valueOf(code);
  }
}
