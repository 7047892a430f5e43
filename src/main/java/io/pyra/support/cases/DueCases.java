package io.pyra.support.cases;

import io.pyra.platform.SqlTime;
import io.pyra.platform.bulk.BulkRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SLA job's rows: the open cases whose next SLA instant has come, read as rows in the caller's
 * transaction (on PostgreSQL locked, skipping those a second node holds), and their new marks
 * written back in one batch, each checked against the version it was read at.
 */
@Component
class DueCases {

  private static final String COLUMNS =
      """
      select k.id, k.code, k.subject, k.customer_id, k.assignee_id, k.org_unit_id, k.version,
             k.first_responded_at, k.first_response_warn_at, k.first_response_due_at,
             k.resolution_warn_at, k.resolution_due_at, k.response_warned_at, k.response_breached_at,
             k.resolution_warned_at, k.resolution_breached_at, k.escalation_level,
             k.second_escalation_at
        from support_case k
       where k.sla_next_at <= :now and k.status in ('NEW', 'IN_PROGRESS')
       order by k.sla_next_at, k.id
       limit :limit""";

  private static final String DUE = COLUMNS;

  private static final String DUE_SKIP_LOCKED = COLUMNS + "\n for update skip locked";

  private static final String NOTE =
      """
      update support_case
         set response_warned_at = ?, response_breached_at = ?, resolution_warned_at = ?,
             resolution_breached_at = ?, escalation_level = ?, second_escalation_at = ?,
             sla_next_at = ?, assignee_id = ?, org_unit_id = ?, updated_at = coalesce(?, updated_at),
             version = version + 1
       where id = ? and version = ?""";

  /** The same on PostgreSQL as one statement over the batch's rows, passed as arrays. */
  private static final String NOTE_ALL =
      """
      update support_case k
         set response_warned_at = d.response_warned_at, response_breached_at = d.response_breached_at,
             resolution_warned_at = d.resolution_warned_at,
             resolution_breached_at = d.resolution_breached_at, escalation_level = d.escalation_level,
             second_escalation_at = d.second_escalation_at, sla_next_at = d.sla_next_at,
             assignee_id = d.assignee_id, org_unit_id = d.org_unit_id,
             updated_at = coalesce(d.updated_at, k.updated_at), version = k.version + 1
        from unnest(?::text[]::uuid[], ?::text[]::bigint[], ?::text[]::timestamptz[],
                    ?::text[]::timestamptz[], ?::text[]::timestamptz[], ?::text[]::timestamptz[],
                    ?::text[]::int[], ?::text[]::timestamptz[], ?::text[]::timestamptz[],
                    ?::text[]::uuid[], ?::text[]::uuid[], ?::text[]::timestamptz[])
             as d(id, version, response_warned_at, response_breached_at, resolution_warned_at,
                  resolution_breached_at, escalation_level, second_escalation_at, sla_next_at,
                  assignee_id, org_unit_id, updated_at)
       where k.id = d.id and k.version = d.version""";

  /** The columns of {@link #NOTE_ALL}, in its order, as text. */
  private static final List<Function<DueCase, Object>> NOTE_COLUMNS =
      List.of(
          DueCase::id,
          DueCase::version,
          c -> c.marks().noted().responseWarnedAt(),
          c -> c.marks().noted().responseBreachedAt(),
          c -> c.marks().noted().resolutionWarnedAt(),
          c -> c.marks().noted().resolutionBreachedAt(),
          c -> c.marks().escalationLevel(),
          c -> c.marks().secondEscalationAt(),
          c -> c.marks().next(false),
          DueCase::assigneeId,
          DueCase::orgUnitId,
          DueCase::reassignedAt);

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final BulkRows database;

  DueCases(JdbcClient jdbc, JdbcTemplate batch, BulkRows database) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.database = database;
  }

  /** Up to {@code limit} open cases due at {@code now}, the earliest first. */
  List<DueCase> take(Instant now, int limit) {
    return jdbc.sql(database.postgres() ? DUE_SKIP_LOCKED : DUE)
        .param("now", SqlTime.utc(now))
        .param("limit", limit)
        .query((rs, n) -> row(rs))
        .list();
  }

  /**
   * Writes the marks of {@code cases}, their next SLA instants and new teams; fails (for the
   * caller's transaction to roll back) when one of them changed since it was read.
   */
  void note(List<DueCase> cases) {
    if (cases.isEmpty()) {
      return;
    }
    if (database.postgres()) {
      noteAll(cases);
      return;
    }
    int[][] counts =
        batch.batchUpdate(
            NOTE,
            cases,
            cases.size(),
            (ps, c) -> {
              SlaMarks.Noted noted = c.marks().noted();
              ps.setObject(1, SqlTime.utc(noted.responseWarnedAt()));
              ps.setObject(2, SqlTime.utc(noted.responseBreachedAt()));
              ps.setObject(3, SqlTime.utc(noted.resolutionWarnedAt()));
              ps.setObject(4, SqlTime.utc(noted.resolutionBreachedAt()));
              ps.setInt(5, noted.escalationLevel());
              ps.setObject(6, SqlTime.utc(noted.secondEscalationAt()));
              ps.setObject(7, SqlTime.utc(c.marks().next(false)));
              ps.setObject(8, c.assigneeId());
              ps.setObject(9, c.orgUnitId());
              ps.setObject(10, SqlTime.utc(c.reassignedAt()));
              ps.setObject(11, c.id());
              ps.setLong(12, c.version());
            });
    for (int[] chunk : counts) {
      for (int count : chunk) {
        if (count == 0) {
          throw new OptimisticLockingFailureException("a due case changed since it was read");
        }
      }
    }
  }

  private void noteAll(List<DueCase> cases) {
    int updated =
        batch.execute(
            (Connection connection) -> {
              try (PreparedStatement ps = connection.prepareStatement(NOTE_ALL)) {
                for (int i = 0; i < NOTE_COLUMNS.size(); i++) {
                  Function<DueCase, Object> column = NOTE_COLUMNS.get(i);
                  String[] values =
                      cases.stream()
                          .map(column)
                          .map(v -> v == null ? null : v.toString())
                          .toArray(String[]::new);
                  ps.setArray(i + 1, connection.createArrayOf("text", values));
                }
                return ps.executeUpdate();
              }
            });
    if (updated != cases.size()) {
      throw new OptimisticLockingFailureException("a due case changed since it was read");
    }
  }

  private static DueCase row(ResultSet rs) throws SQLException {
    return new DueCase(
        rs.getObject("id", UUID.class),
        rs.getString("code"),
        rs.getString("subject"),
        rs.getObject("customer_id", UUID.class),
        rs.getObject("assignee_id", UUID.class),
        rs.getObject("org_unit_id", UUID.class),
        rs.getLong("version"),
        new SlaMarks(
            instant(rs, "first_responded_at"),
            new SlaMarks.Targets(
                instant(rs, "first_response_warn_at"),
                instant(rs, "first_response_due_at"),
                instant(rs, "resolution_warn_at"),
                instant(rs, "resolution_due_at")),
            new SlaMarks.Noted(
                instant(rs, "response_warned_at"),
                instant(rs, "response_breached_at"),
                instant(rs, "resolution_warned_at"),
                instant(rs, "resolution_breached_at"),
                rs.getInt("escalation_level"),
                instant(rs, "second_escalation_at"))));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return SqlTime.instant(rs.getObject(column, OffsetDateTime.class));
  }
}
