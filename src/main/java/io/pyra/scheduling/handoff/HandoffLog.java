package io.pyra.scheduling.handoff;

import io.pyra.platform.SqlTime;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The log of hand-off runs: what went when, to which target, with what result. */
@Component
class HandoffLog {

  static final int REASON_MAX = 300;

  /** A run as it starts. */
  record Entry(UUID id, UUID targetId, String trigger, UUID startedBy, Instant startedAt) {}

  private static final String SELECT =
      """
      select r.id, r.target_id, t.name, r.trigger_kind, r.started_at, r.finished_at, r.status,
             r.reason, r.new_count, r.changed_count, r.cancelled_count, r.files
        from scheduling_handoff_run r join scheduling_handoff_target t on t.id = r.target_id
      """;

  private final JdbcClient jdbc;

  HandoffLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  HandoffRun write(
      Entry entry,
      String status,
      String reason,
      List<HandedOffBooking> sent,
      List<HandoffFiles.File> files,
      Instant finishedAt) {
    String names = names(files);
    String shortReason =
        reason == null || reason.length() <= REASON_MAX ? reason : reason.substring(0, REASON_MAX);
    jdbc.sql(
            """
            insert into scheduling_handoff_run (id, target_id, trigger_kind, started_by,
              started_at, finished_at, status, reason, new_count, changed_count, cancelled_count,
              files)
            values (:id, :target, :trigger, :by, :started, :finished, :status, :reason, :new,
                    :changed, :cancelled, :files)""")
        .param("id", entry.id())
        .param("target", entry.targetId())
        .param("trigger", entry.trigger())
        .param("by", entry.startedBy())
        .param("started", SqlTime.utc(entry.startedAt()))
        .param("finished", SqlTime.utc(finishedAt))
        .param("status", status)
        .param("reason", shortReason)
        .param("new", count(sent, HandedOffBooking.Change.NEW))
        .param("changed", count(sent, HandedOffBooking.Change.CHANGED))
        .param("cancelled", count(sent, HandedOffBooking.Change.CANCELLED))
        .param(
            "files",
            names.isEmpty()
                ? null
                : names.substring(0, Math.min(names.length(), HandoffRuns.FILES_MAX)))
        .update();
    return jdbc.sql(SELECT + " where r.id = :id")
        .param("id", entry.id())
        .query(HandoffLog::run)
        .single();
  }

  /** The target's runs, newest first (at most 100). */
  List<HandoffRun> of(UUID targetId) {
    return jdbc.sql(
            SELECT
                + " where r.target_id = :target order by r.started_at desc, r.id"
                + " fetch first 100 rows only")
        .param("target", targetId)
        .query(HandoffLog::run)
        .list();
  }

  /** The latest runs of all targets, newest first (at most 100). */
  List<HandoffRun> latest() {
    return jdbc.sql(SELECT + " order by r.started_at desc, r.id fetch first 100 rows only")
        .query(HandoffLog::run)
        .list();
  }

  private static String names(List<HandoffFiles.File> files) {
    return String.join(", ", files.stream().map(HandoffFiles.File::name).toList());
  }

  private static int count(List<HandedOffBooking> sent, HandedOffBooking.Change change) {
    return (int) sent.stream().filter(b -> b.change() == change).count();
  }

  private static HandoffRun run(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    String files = rs.getString(12);
    return new HandoffRun(
        rs.getObject(1, UUID.class),
        rs.getObject(2, UUID.class),
        rs.getString(3),
        rs.getString(4),
        SqlTime.instant(rs.getObject(5, OffsetDateTime.class)),
        SqlTime.instant(rs.getObject(6, OffsetDateTime.class)),
        rs.getString(7),
        rs.getString(8),
        rs.getInt(9),
        rs.getInt(10),
        rs.getInt(11),
        files == null ? List.of() : Arrays.asList(files.split(", ")));
  }
}
