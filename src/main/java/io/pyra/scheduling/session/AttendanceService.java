package io.pyra.scheduling.session;

import io.pyra.platform.SqlTime;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.scheduling.booking.BookingAccess;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the attendance of a session's enrolled customers (PRESENT, LATE or ABSENT, with an
 * optional note of at most {@value #NOTE_MAX} characters), against the session's version read: a
 * 422 naming {@code marks[i].field} for each broken mark, nothing changed.
 */
@Service
public class AttendanceService {

  public static final String RECORD = "attendance.record";
  public static final int NOTE_MAX = 500;

  /** One customer's attendance. */
  public record Mark(UUID enrolmentId, Attendance attendance, String note) {}

  private final SessionDirectory sessions;
  private final BookingAccess access;
  private final JdbcClient jdbc;

  AttendanceService(SessionDirectory sessions, BookingAccess access, JdbcClient jdbc) {
    this.sessions = sessions;
    this.access = access;
    this.jdbc = jdbc;
  }

  @Transactional
  public void record(UUID sessionId, List<Mark> marks, long expectedVersion) {
    Session session = sessions.reachable(sessionId, RECORD);
    if (session.version() != expectedVersion) {
      throw new StaleVersionException(
          SessionService.RECORD_TYPE, expectedVersion, session.version());
    }
    if (marks == null || marks.isEmpty()) {
      throw new BusinessRuleException("marks", "required", "session.attendance.required");
    }
    if (marks.size() > SessionRoster.MAX) {
      throw new BusinessRuleException(
          "marks", "size", "session.attendance.size", SessionRoster.MAX);
    }
    List<RuleViolation> violations = check(marks, new HashSet<>(enrolled(sessionId)));
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    Instant now = Instant.now();
    int moved =
        jdbc.sql(
                """
                update scheduling_session set version = version + 1, updated_at = :now
                 where id = :id and version = :version""")
            .param("now", SqlTime.utc(now))
            .param("id", sessionId)
            .param("version", expectedVersion)
            .update();
    if (moved == 0) {
      throw new StaleVersionException(SessionService.RECORD_TYPE, expectedVersion, -1);
    }
    for (Mark mark : marks) {
      String note = mark.note() == null || mark.note().isBlank() ? null : mark.note().strip();
      jdbc.sql(
              """
              update scheduling_enrolment set attendance = :attendance, attendance_note = :note,
                     attendance_by = :by, attendance_at = :now, version = version + 1
               where id = :id and session_id = :session and status = 'ENROLLED'""")
          .param("attendance", mark.attendance().name())
          .param("note", note)
          .param("by", access.me())
          .param("now", SqlTime.utc(now))
          .param("id", mark.enrolmentId())
          .param("session", sessionId)
          .update();
    }
  }

  /** Each broken mark, naming {@code marks[i].field}. */
  private static List<RuleViolation> check(List<Mark> marks, Set<UUID> enrolled) {
    List<RuleViolation> violations = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < marks.size(); i++) {
      Mark mark = marks.get(i);
      String at = "marks[" + i + "].";
      if (mark == null
          || mark.enrolmentId() == null
          || !enrolled.contains(mark.enrolmentId())
          || !seen.add(mark.enrolmentId())) {
        violations.add(
            new RuleViolation(at + "enrolmentId", "unknown", "session.attendance.enrolment"));
        continue;
      }
      if (mark.attendance() == null) {
        violations.add(
            new RuleViolation(at + "attendance", "required", "session.attendance.value"));
      }
      if (mark.note() != null && mark.note().length() > NOTE_MAX) {
        violations.add(
            new RuleViolation(at + "note", "length", "session.attendance.note", NOTE_MAX));
      }
    }
    return violations;
  }

  private List<UUID> enrolled(UUID sessionId) {
    return jdbc.sql(
            """
            select id from scheduling_enrolment where session_id = :session and status = 'ENROLLED'
             fetch first 1000 rows only""")
        .param("session", sessionId)
        .query(UUID.class)
        .list();
  }
}
