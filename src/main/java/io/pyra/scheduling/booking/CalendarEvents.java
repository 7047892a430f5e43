package io.pyra.scheduling.booking;

import io.pyra.platform.SqlTime;
import io.pyra.platform.query.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A calendar's bookings: the confirmed bookings of a centre (its units below included), or of one
 * of its resources, overlapping a range, that the user's {@code booking.read} reaches (as {@link
 * BookingDirectory} lists them), earliest first, at most {@value #MAX_EVENTS}; with their
 * resources, read in a second query.
 *
 * <p>A booking lasts at most {@value BookingRules#MAX_HOURS} hours, so those overlapping the range
 * start at most that long before it: the range of {@code ix_scheduling_booking_unit} to read. Only
 * imported (EXTERNAL) bookings may last longer; they are read by {@code
 * ix_scheduling_booking_unit_purpose_end}.
 */
@Component
@Transactional(readOnly = true)
public class CalendarEvents {

  public static final int MAX_EVENTS = 2000;

  /** A booking on the calendar. */
  public record Event(
      UUID id,
      BookingPurpose purpose,
      String title,
      Instant startsAt,
      Instant endsAt,
      UUID bookedBy,
      long version,
      List<Booking.BookedResource> resources) {}

  /** The events of a range; {@code truncated} when there were more than {@value #MAX_EVENTS}. */
  public record Events(List<Event> items, boolean truncated) {}

  private static final String SELECT =
      """
      select b.id, b.purpose, b.title, b.starts_at, b.ends_at, b.booked_by, b.version
        from scheduling_booking b
       where\s""";

  private static final String RESOURCES =
      """
      select br.booking_id, r.id, r.kind, r.code, r.name
        from scheduling_booking_resource br join scheduling_resource r on r.id = br.resource_id
       where br.booking_id in (:ids)
       order by r.kind, r.name, r.code""";

  private static final String UNITS =
      """
      b.org_unit_id in (select u.id from identity_org_unit_view u
                          join identity_org_unit_view c on c.id = :centre
                         where u.path like c.path || '%')""";

  private static final String HOLDS =
      """
      exists (select 1 from scheduling_booking_resource fr
               where fr.booking_id = b.id and fr.resource_id = :resource)""";

  private final JdbcClient jdbc;
  private final BookingAccess access;

  CalendarEvents(JdbcClient jdbc, BookingAccess access) {
    this.jdbc = jdbc;
    this.access = access;
  }

  /** The bookings of the centre (or of its resource, when given) overlapping from to to. */
  public Events of(UUID centreId, UUID resourceId, Instant from, Instant to) {
    Instant earliest = from.minus(Duration.ofHours(BookingRules.MAX_HOURS));
    List<Event> rows = new ArrayList<>(MAX_EVENTS + 1);
    rows.addAll(
        where(centreId, resourceId, from, to)
            .and("b.starts_at >= :earliest", "earliest", SqlTime.utc(earliest))
            .param("limit", MAX_EVENTS + 1)
            .query(jdbc, SELECT, "order by b.starts_at, b.id fetch first :limit rows only")
            .query(CalendarEvents::row)
            .list());
    rows.addAll(
        where(centreId, resourceId, from, to)
            .and("b.purpose = 'EXTERNAL'")
            .and("b.starts_at < :earliest", "earliest", SqlTime.utc(earliest))
            .param("limit", MAX_EVENTS + 1)
            .query(jdbc, SELECT, "order by b.starts_at, b.id fetch first :limit rows only")
            .query(CalendarEvents::row)
            .list());
    rows.sort(Comparator.comparing(Event::startsAt).thenComparing(Event::id));
    boolean truncated = rows.size() > MAX_EVENTS;
    List<Event> kept = truncated ? rows.subList(0, MAX_EVENTS) : rows;
    return new Events(withResources(kept), truncated);
  }

  private Where where(UUID centreId, UUID resourceId, Instant from, Instant to) {
    Where where =
        new Where()
            .and(UNITS, "centre", centreId)
            .and("b.status = 'CONFIRMED'")
            .and("b.starts_at < :to", "to", SqlTime.utc(to))
            .and("b.ends_at > :from", "from", SqlTime.utc(from))
            .and(access.visible());
    if (resourceId != null) {
      where.and(HOLDS, "resource", resourceId);
    }
    return where;
  }

  private List<Event> withResources(List<Event> events) {
    if (events.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<Booking.BookedResource>> held = new HashMap<>();
    jdbc.sql(RESOURCES)
        .param("ids", events.stream().map(Event::id).toList())
        .query(
            (rs, n) ->
                held.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(
                        new Booking.BookedResource(
                            rs.getObject(2, UUID.class),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5))))
        .list();
    return events.stream()
        .map(
            e ->
                new Event(
                    e.id(),
                    e.purpose(),
                    e.title(),
                    e.startsAt(),
                    e.endsAt(),
                    e.bookedBy(),
                    e.version(),
                    held.getOrDefault(e.id(), List.of())))
        .toList();
  }

  private static Event row(ResultSet rs, int n) throws SQLException {
    return new Event(
        rs.getObject(1, UUID.class),
        BookingPurpose.valueOf(rs.getString(2)),
        rs.getString(3),
        SqlTime.instant(rs.getObject(4, OffsetDateTime.class)),
        SqlTime.instant(rs.getObject(5, OffsetDateTime.class)),
        rs.getObject(6, UUID.class),
        rs.getLong(7),
        List.of());
  }
}
