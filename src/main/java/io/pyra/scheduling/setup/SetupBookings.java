package io.pyra.scheduling.setup;

import io.pyra.platform.SqlTime;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What set-up needs of a booking: its state, start and centre, its PC sets and instructors. */
@Component
class SetupBookings {

  /** A booking's facts; {@code profileId} the profile its class session names, if any. */
  record BookingFacts(
      UUID id, boolean cancelled, Instant startsAt, UUID orgUnitId, UUID profileId) {}

  /** A PC set the booking holds and its seats (null when none are recorded). */
  record PcSet(UUID id, Integer seats) {}

  private final JdbcClient jdbc;

  SetupBookings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<BookingFacts> find(UUID bookingId) {
    return jdbc.sql(
            """
            select b.id, b.status, b.starts_at, b.org_unit_id, s.setup_profile_id
              from scheduling_booking b
              left join scheduling_session s on s.booking_id = b.id
             where b.id = :id""")
        .param("id", bookingId)
        .query(
            (rs, n) ->
                new BookingFacts(
                    rs.getObject(1, UUID.class),
                    "CANCELLED".equals(rs.getString(2)),
                    SqlTime.instant(rs.getObject(3, OffsetDateTime.class)),
                    rs.getObject(4, UUID.class),
                    rs.getObject(5, UUID.class)))
        .optional();
  }

  List<PcSet> pcSets(UUID bookingId) {
    return jdbc.sql(
            """
            select r.id, r.capacity
              from scheduling_booking_resource br
              join scheduling_resource r on r.id = br.resource_id
             where br.booking_id = :id and r.kind = 'PC_SET'
             order by r.name, r.id""")
        .param("id", bookingId)
        .query((rs, n) -> new PcSet(rs.getObject(1, UUID.class), (Integer) rs.getObject(2)))
        .list();
  }

  /** The users of the instructor resources the booking holds. */
  List<UUID> instructors(UUID bookingId) {
    return jdbc.sql(
            """
            select distinct r.user_id
              from scheduling_booking_resource br
              join scheduling_resource r on r.id = br.resource_id
             where br.booking_id = :id and r.kind = 'INSTRUCTOR' and r.user_id is not null""")
        .param("id", bookingId)
        .query(UUID.class)
        .list();
  }
}
