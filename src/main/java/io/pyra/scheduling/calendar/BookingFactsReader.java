package io.pyra.scheduling.calendar;

import io.pyra.platform.SqlTime;
import io.pyra.platform.query.InChunks;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads bookings as {@link BookingFacts}: one, or those of a feed (many at once: their rows and the
 * resources they hold in two statements a chunk of {@value #CHUNK}, not two a booking).
 */
@Component
class BookingFactsReader {

  /** The most bookings read by one statement. */
  static final int CHUNK = 500;

  private static final String BOOKINGS =
      """
      select b.id, b.ical_uid, b.sequence, b.title, b.note, b.starts_at, b.ends_at, b.status,
             b.org_unit_id, ou.name, b.booked_by
        from scheduling_booking b
        left join identity_org_unit_view ou on ou.id = b.org_unit_id
       where b.id in (:ids)""";

  private static final String HELD =
      """
      select br.booking_id, r.kind, r.name, r.user_id, r.id
        from scheduling_booking_resource br
        join scheduling_resource r on r.id = br.resource_id
       where br.booking_id in (:ids)""";

  private record Resource(UUID bookingId, String kind, String name, UUID userId, UUID id) {}

  private static final Comparator<Resource> ORDER =
      Comparator.comparing(Resource::kind)
          .thenComparing(Resource::name)
          .thenComparing(Resource::id);

  private final JdbcClient jdbc;

  BookingFactsReader(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<BookingFacts> find(UUID bookingId) {
    return findAll(List.of(bookingId)).stream().findFirst();
  }

  /** The bookings of these ids that exist, in the order of the ids. */
  List<BookingFacts> findAll(List<UUID> ids) {
    return InChunks.read(ids, CHUNK, this::chunk);
  }

  private List<BookingFacts> chunk(List<UUID> ids) {
    Map<UUID, List<Resource>> held = new HashMap<>();
    jdbc.sql(HELD)
        .param("ids", ids)
        .query(
            (r, n) ->
                new Resource(
                    r.getObject(1, UUID.class),
                    r.getString(2),
                    r.getString(3),
                    r.getObject(4, UUID.class),
                    r.getObject(5, UUID.class)))
        .list()
        .forEach(r -> held.computeIfAbsent(r.bookingId(), k -> new ArrayList<>()).add(r));
    Map<UUID, BookingFacts> facts = new HashMap<>();
    jdbc.sql(BOOKINGS)
        .param("ids", ids)
        .query((rs, n) -> facts(rs, held))
        .list()
        .forEach(f -> facts.put(f.id(), f));
    return ids.stream().map(facts::get).filter(Objects::nonNull).toList();
  }

  private static String location(List<String> place) {
    return String.join(", ", place);
  }

  private static BookingFacts facts(ResultSet rs, Map<UUID, List<Resource>> resources)
      throws SQLException {
    UUID id = rs.getObject(1, UUID.class);
    List<Resource> held = new ArrayList<>(resources.getOrDefault(id, List.of()));
    held.sort(ORDER);
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
