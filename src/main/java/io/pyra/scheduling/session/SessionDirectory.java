package io.pyra.scheduling.session;

import io.pyra.platform.SqlTime;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.query.KeysetCursor;
import io.pyra.platform.query.QueryPart;
import io.pyra.platform.query.Slice;
import io.pyra.platform.query.Where;
import io.pyra.scheduling.booking.BookingAccess;
import io.pyra.scheduling.booking.BookingStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sessions the current user may see (those of the bookings {@code booking.read} reaches),
 * earliest first, paged by a cursor and filtered by centre (its units below included), course and
 * start; one session.
 */
@Component
@Transactional(readOnly = true)
public class SessionDirectory {

  public static final int MAX_LIMIT = 200;

  static final String SELECT =
      """
      select s.id, s.booking_id, s.product_id, b.title, s.kind, s.capacity, s.enrolled,
             s.setup_profile_id, p.name, b.starts_at, b.ends_at, b.status, b.org_unit_id, o.name,
             o.time_zone, b.booked_by, s.version
        from scheduling_session s
        join scheduling_booking b on b.id = s.booking_id
        join identity_org_unit_view o on o.id = b.org_unit_id
        left join scheduling_setup_profile p on p.id = s.setup_profile_id
       where\s""";

  private static final KeysetCursor.Format CURSOR =
      KeysetCursor.format("session", Instant.class, UUID.class)
          .refusedWith("session.cursor.invalid");

  /** A list's filter; every part optional. */
  public record Filter(UUID centreId, UUID productId, Instant from, Instant to) {}

  private final JdbcClient jdbc;
  private final BookingAccess access;

  SessionDirectory(JdbcClient jdbc, BookingAccess access) {
    this.jdbc = jdbc;
    this.access = access;
  }

  public Slice<Session> search(Filter filter, String cursor, int limit) {
    int size = Slice.size(limit, MAX_LIMIT);
    Where where = new Where().and(access.visible());
    if (filter.from() != null) {
      where.and("b.starts_at >= :from", "from", SqlTime.utc(filter.from()));
    }
    if (filter.to() != null) {
      where.and("b.starts_at < :to", "to", SqlTime.utc(filter.to()));
    }
    if (filter.productId() != null) {
      where.and("s.product_id = :product", "product", filter.productId());
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
      where.and(
          QueryPart.of(
                  "(b.starts_at > :after0 or (b.starts_at = :after0 and s.id > :after1))",
                  "after0",
                  SqlTime.utc(at))
              .with("after1", id));
    }
    where.param("limit", size + 1);
    List<Session> rows =
        where
            .query(jdbc, SELECT, "order by b.starts_at, s.id", "limit :limit")
            .query(SessionDirectory::row)
            .list();
    return Slice.of(rows, size, last -> CURSOR.encode(last.startsAt(), last.id()));
  }

  /** One session the current user may see. */
  public Optional<Session> find(UUID id) {
    return new Where()
        .and("s.id = :id", "id", id)
        .and(access.visible())
        .query(jdbc, SELECT)
        .query(SessionDirectory::row)
        .optional();
  }

  /** One session the current user may see; not found otherwise. */
  public Session get(UUID id) {
    return find(id).orElseThrow(() -> new RecordNotFoundException(SessionService.RECORD_TYPE, id));
  }

  /**
   * The session when the user's {@code permission} reaches its booking; not found when they do not
   * see it, refused when they see it without the permission's reach.
   */
  public Session reachable(UUID id, String permission) {
    Session session = get(id);
    if (!access.reaches(permission, session.bookedBy(), session.orgUnitId())) {
      throw new io.pyra.platform.error.AccessRefusedException(
          permission + " does not reach session " + id);
    }
    return session;
  }

  /** One session, whoever may see it (for the service's own checks). */
  Optional<Session> load(UUID id) {
    return new Where()
        .and("s.id = :id", "id", id)
        .query(jdbc, SELECT)
        .query(SessionDirectory::row)
        .optional();
  }

  static Session row(ResultSet rs, int n) throws SQLException {
    return new Session(
        rs.getObject(1, UUID.class),
        rs.getObject(2, UUID.class),
        rs.getObject(3, UUID.class),
        rs.getString(4),
        SessionKind.valueOf(rs.getString(5)),
        rs.getInt(6),
        rs.getInt(7),
        rs.getObject(8, UUID.class),
        rs.getString(9),
        SqlTime.instant(rs.getObject(10, OffsetDateTime.class)),
        SqlTime.instant(rs.getObject(11, OffsetDateTime.class)),
        BookingStatus.valueOf(rs.getString(12)),
        rs.getObject(13, UUID.class),
        rs.getString(14),
        rs.getString(15),
        rs.getObject(16, UUID.class),
        rs.getLong(17));
  }
}
