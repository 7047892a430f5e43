package io.pyra.scheduling.booking;

import io.pyra.platform.SqlTime;
import io.pyra.platform.query.KeysetCursor;
import io.pyra.platform.query.QueryPart;
import io.pyra.platform.query.Slice;
import io.pyra.platform.query.SortKey;
import io.pyra.platform.query.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bookings the current user may see ({@code booking.read}: their own and those of the units
 * their scope reaches), earliest first, paged by a cursor; one booking with its resources.
 */
@Component
@Transactional(readOnly = true)
public class BookingDirectory {

  public static final int MAX_LIMIT = 200;

  private static final String SELECT =
      """
      select b.id, b.purpose, b.title, b.starts_at, b.ends_at, b.status, b.org_unit_id, o.name,
             o.time_zone, b.booked_by, u.display_name, b.series_id, b.note, b.ical_uid, b.sequence,
             b.cancelled_at, b.cancelled_by, b.cancel_reason, b.created_at, b.version
        from scheduling_booking b
        join identity_org_unit_view o on o.id = b.org_unit_id
        left join identity_user_view u on u.id = b.booked_by
       where\s""";

  private static final String RESOURCES =
      """
      select br.booking_id, r.id, r.kind, r.code, r.name
        from scheduling_booking_resource br join scheduling_resource r on r.id = br.resource_id
       where br.booking_id in (:ids)""";

  /** The order a booking's resources are listed in: by kind, then code. */
  static final Comparator<Booking.BookedResource> RESOURCE_ORDER =
      Comparator.comparing(Booking.BookedResource::kind)
          .thenComparing(Booking.BookedResource::code)
          .thenComparing(Booking.BookedResource::id);

  private static final KeysetCursor.Format CURSOR =
      KeysetCursor.format("booking", Instant.class, UUID.class)
          .refusedWith("booking.cursor.invalid");

  private final JdbcClient jdbc;
  private final BookingAccess access;

  BookingDirectory(JdbcClient jdbc, BookingAccess access) {
    this.jdbc = jdbc;
    this.access = access;
  }

  public Slice<Booking> search(BookingFilter filter, String cursor, int limit) {
    int size = Slice.size(limit, MAX_LIMIT);
    Where where =
        new Where()
            .and(access.visible())
            .and("b.starts_at < :to", "to", SqlTime.utc(filter.to()))
            .and("b.ends_at > :from", "from", SqlTime.utc(filter.from()));
    if (!filter.withCancelled()) {
      where.and("b.status = 'CONFIRMED'");
    }
    if (filter.resourceId() != null) {
      where.and(
          """
          exists (select 1 from scheduling_booking_resource fr
                   where fr.booking_id = b.id and fr.resource_id = :resource)""",
          "resource",
          filter.resourceId());
    }
    if (filter.centreId() != null) {
      where.and(
          QueryPart.of(
              """
              exists (select 1 from identity_org_unit_view c
                       where c.id = :centre and o.path like c.path || '%')""",
              "centre", filter.centreId()));
    }
    KeysetCursor after = CURSOR.decode(cursor);
    if (after != null) {
      Instant at = after.get(0, Instant.class);
      UUID id = after.uuid(1);
      if (at == null || id == null) {
        throw CURSOR.refusal();
      }
      where.and(Order.EARLIEST.after(SqlTime.utc(at), id));
    }
    where.param("limit", size + 1);
    List<Booking> rows =
        where
            .query(jdbc, SELECT, Order.EARLIEST.orderBy(), "limit :limit")
            .query(BookingDirectory::row)
            .list();
    Slice<Booking> slice = Slice.of(rows, size, last -> CURSOR.encode(last.startsAt(), last.id()));
    return new Slice<>(withResources(slice.items()), slice.nextCursor());
  }

  /** One booking the current user may see. */
  public Optional<Booking> find(UUID id) {
    return new Where()
        .and("b.id = :id", "id", id)
        .and(access.visible())
        .query(jdbc, SELECT)
        .query(BookingDirectory::row)
        .optional()
        .map(b -> withResources(List.of(b)).get(0));
  }

  /** One booking, whoever may see it (for the service's own checks). */
  Optional<Booking> load(UUID id) {
    return new Where()
        .and("b.id = :id", "id", id)
        .query(jdbc, SELECT)
        .query(BookingDirectory::row)
        .optional()
        .map(b -> withResources(List.of(b)).get(0));
  }

  /** The confirmed bookings of a series, earliest first (at most the series' limit). */
  List<Booking> ofSeries(UUID seriesId) {
    return withResources(
        new Where()
            .and("b.series_id = :series", "series", seriesId)
            .query(jdbc, SELECT, "order by b.starts_at, b.id fetch first 500 rows only")
            .query(BookingDirectory::row)
            .list());
  }

  private List<Booking> withResources(List<Booking> bookings) {
    if (bookings.isEmpty()) {
      return bookings;
    }
    Map<UUID, List<Booking.BookedResource>> held = new HashMap<>();
    jdbc.sql(RESOURCES)
        .param("ids", bookings.stream().map(Booking::id).toList())
        .query(
            (rs, n) -> {
              held.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                  .add(
                      new Booking.BookedResource(
                          rs.getObject(2, UUID.class),
                          rs.getString(3),
                          rs.getString(4),
                          rs.getString(5)));
              return null;
            })
        .list();
    held.values().forEach(list -> list.sort(RESOURCE_ORDER));
    return bookings.stream()
        .map(
            b ->
                new Booking(
                    b.id(),
                    b.purpose(),
                    b.title(),
                    b.startsAt(),
                    b.endsAt(),
                    b.status(),
                    b.orgUnitId(),
                    b.orgUnitName(),
                    b.timeZone(),
                    b.bookedBy(),
                    b.bookedByName(),
                    b.seriesId(),
                    b.note(),
                    b.icalUid(),
                    b.sequence(),
                    b.cancelledAt(),
                    b.cancelledBy(),
                    b.cancelReason(),
                    held.getOrDefault(b.id(), List.of()),
                    b.createdAt(),
                    b.version()))
        .toList();
  }

  private static Booking row(ResultSet rs, int n) throws SQLException {
    return new Booking(
        rs.getObject(1, UUID.class),
        BookingPurpose.valueOf(rs.getString(2)),
        rs.getString(3),
        instant(rs, 4),
        instant(rs, 5),
        BookingStatus.valueOf(rs.getString(6)),
        rs.getObject(7, UUID.class),
        rs.getString(8),
        rs.getString(9),
        rs.getObject(10, UUID.class),
        rs.getString(11),
        rs.getObject(12, UUID.class),
        rs.getString(13),
        rs.getString(14),
        rs.getInt(15),
        instant(rs, 16),
        rs.getObject(17, UUID.class),
        rs.getString(18),
        List.of(),
        instant(rs, 19),
        rs.getLong(20));
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : SqlTime.instant(value);
  }

  /** Earliest start first, then by id. */
  private enum Order implements SortKey {
    EARLIEST(
        "order by b.starts_at, b.id",
        "(b.starts_at > :after0 or (b.starts_at = :after0 and b.id > :after1))");

    private final String orderBy;
    private final String after;

    Order(String orderBy, String after) {
      this.orderBy = orderBy;
      this.after = after;
    }

    @Override
    public String orderBy() {
      return orderBy;
    }

    @Override
    public String after() {
      return after;
    }
  }
}
