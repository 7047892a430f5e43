package io.pyra.scheduling.calendar;

import io.pyra.platform.SqlTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads bookings as {@link BookingFacts}: one, or those of a feed. */
@Component
class BookingFactsReader {

  private static final String BOOKING =
      """
      select b.id, b.ical_uid, b.sequence, b.title, b.note, b.starts_at, b.ends_at, b.status,
             b.org_unit_id, ou.name, b.booked_by
        from scheduling_booking b
        left join identity_org_unit_view ou on ou.id = b.org_unit_id
       where b.id = :id""";

  private record Resource(String kind, String name, UUID userId) {}

  private final JdbcClient jdbc;

  BookingFactsReader(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<BookingFacts> find(UUID bookingId) {
    return jdbc.sql(BOOKING).param("id", bookingId).query(this::facts).optional();
  }

  private List<Resource> held(UUID bookingId) {
    return jdbc.sql(
            """
            select r.kind, r.name, r.user_id
              from scheduling_booking_resource br
              join scheduling_resource r on r.id = br.resource_id
             where br.booking_id = :id
             order by r.kind, r.name, r.id""")
        .param("id", bookingId)
        .query((r, n) -> new Resource(r.getString(1), r.getString(2), r.getObject(3, UUID.class)))
        .list();
  }

  private static String location(List<String> place) {
    return String.join(", ", place);
  }

  private BookingFacts facts(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    UUID id = rs.getObject(1, UUID.class);
    List<Resource> held = held(id);
    List<String> place = new ArrayList<>();
    if (rs.getString(10) != null) {
      place.add(rs.getString(10));
    }
    List<UUID> instructors = new ArrayList<>();
    for (Resource resource : held) {
      if (resource.userId() != null) {
        instructors.add(resource.userId());
      } else {
        place.add(resource.name());
      }
    }
    return new BookingFacts(
        id,
        rs.getString(2),
        rs.getInt(3),
        rs.getString(4),
        rs.getString(5),
        SqlTime.instant(rs.getObject(6, OffsetDateTime.class)),
        SqlTime.instant(rs.getObject(7, OffsetDateTime.class)),
        "CANCELLED".equals(rs.getString(8)),
        rs.getObject(9, UUID.class),
        location(place),
        rs.getObject(11, UUID.class),
        List.copyOf(instructors));
  }
}
