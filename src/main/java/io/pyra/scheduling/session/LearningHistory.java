package io.pyra.scheduling.session;

import io.pyra.platform.SqlTime;
import io.pyra.platform.query.Where;
import io.pyra.scheduling.booking.BookingAccess;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's learning history: the sessions they were enrolled in (not withdrawn), latest first,
 * with their attendance; only sessions of bookings the reader reaches ({@code booking.read}). The
 * caller checks that the reader may see the customer.
 */
@Component
@Transactional(readOnly = true)
public class LearningHistory {

  public static final int MAX = 500;

  /** One class of the customer. */
  public record Lesson(
      UUID sessionId,
      String course,
      Instant startsAt,
      Instant endsAt,
      String centre,
      String timeZone,
      Attendance attendance,
      String note) {}

  private final JdbcClient jdbc;
  private final BookingAccess access;

  LearningHistory(JdbcClient jdbc, BookingAccess access) {
    this.jdbc = jdbc;
    this.access = access;
  }

  public List<Lesson> of(UUID customerId) {
    return new Where()
        .and("e.customer_id = :customer", "customer", customerId)
        .and("e.status = 'ENROLLED'")
        .and(access.visible())
        .query(
            jdbc,
            """
            select s.id, b.title, b.starts_at, b.ends_at, o.name, o.time_zone, e.attendance,
                   e.attendance_note
              from scheduling_enrolment e
              join scheduling_session s on s.id = e.session_id
              join scheduling_booking b on b.id = s.booking_id
              join identity_org_unit_view o on o.id = b.org_unit_id
             where\s""",
            "order by b.starts_at desc, s.id desc fetch first 500 rows only")
        .query(
            (rs, n) ->
                new Lesson(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    SqlTime.instant(rs.getObject(3, OffsetDateTime.class)),
                    SqlTime.instant(rs.getObject(4, OffsetDateTime.class)),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7) == null ? null : Attendance.valueOf(rs.getString(7)),
                    rs.getString(8)))
        .list();
  }
}
