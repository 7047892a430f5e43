package io.pyra.scheduling.session;

import io.pyra.customer.CustomerId;
import io.pyra.interaction.TimelineEntry;
import io.pyra.interaction.TimelinePosition;
import io.pyra.interaction.TimelineSource;
import io.pyra.platform.SqlTime;
import io.pyra.platform.query.Where;
import io.pyra.scheduling.booking.BookingAccess;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The customer's attendance of classes on their timeline, when it was recorded: the course, whether
 * present, late or absent, the session's time and centre; only sessions of bookings the reader
 * reaches. The entry links to the customer's learning history.
 */
@Component
class AttendanceTimelineSource implements TimelineSource {

  static final String KIND = "class";
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private static final String SELECT =
      """
      select e.id, e.attendance_at, e.attendance, b.title, b.starts_at, o.name, o.time_zone,
             u.display_name
        from scheduling_enrolment e
        join scheduling_session s on s.id = e.session_id
        join scheduling_booking b on b.id = s.booking_id
        join identity_org_unit_view o on o.id = b.org_unit_id
        left join identity_user_view u on u.id = e.attendance_by
       where\s""";

  private final JdbcClient jdbc;
  private final MessageSource messages;
  private final BookingAccess access;

  AttendanceTimelineSource(JdbcClient jdbc, MessageSource messages, BookingAccess access) {
    this.jdbc = jdbc;
    this.messages = messages;
    this.access = access;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public int order() {
    return 70;
  }

  @Override
  public List<TimelineEntry> entries(
      CustomerId customerId, TimelinePosition before, int limit, Locale locale) {
    Where where =
        new Where()
            .and("e.customer_id = :customerId", "customerId", customerId.value())
            .and("e.attendance_at is not null")
            .and("e.status = 'ENROLLED'")
            .and(access.visible());
    if (before != null) {
      where
          .and("(e.attendance_at, e.id) < (:at, :id)", "at", SqlTime.utc(before.occurredAt()))
          .param("id", before.id());
    }
    return where
        .param("limit", limit)
        .query(jdbc, SELECT, "order by e.attendance_at desc, e.id desc limit :limit")
        .query(
            (rs, n) -> {
              String attendance =
                  messages.getMessage("session.attendance." + rs.getString(3), null, locale);
              String when =
                  WHEN.format(
                      SqlTime.instant(rs.getObject(5, OffsetDateTime.class))
                          .atZone(ZoneId.of(rs.getString(7))));
              return new TimelineEntry(
                  KIND,
                  rs.getObject(1, UUID.class),
                  SqlTime.instant(rs.getObject(2, OffsetDateTime.class)),
                  messages.getMessage(
                      "session.timeline.title", new Object[] {rs.getString(4), attendance}, locale),
                  messages.getMessage(
                      "session.timeline.summary", new Object[] {when, rs.getString(6)}, locale),
                  rs.getString(8),
                  "/customers/" + customerId.value() + "/learning");
            })
        .list();
  }
}
