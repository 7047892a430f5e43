package io.pyra.scheduling.setup;

import io.pyra.platform.SqlTime;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.query.KeysetCursor;
import io.pyra.platform.query.QueryPart;
import io.pyra.platform.query.Slice;
import io.pyra.platform.query.SortKey;
import io.pyra.platform.query.Where;
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
 * The set-up requests the current user works ({@code setup.work} reaching their centre), due
 * soonest first, paged by a cursor; one request with its machines.
 */
@Component
@Transactional(readOnly = true)
public class SetupDirectory {

  public static final int MAX_LIMIT = 200;
  public static final String RECORD_TYPE = "setup-request";

  private static final String SELECT =
      """
      select q.id, q.booking_id, b.title, q.resource_id, r.name, q.profile_id, p.code, p.name,
             q.org_unit_id, o.name, o.time_zone, q.technician_id, u.display_name, q.due_at,
             q.machines,
             (select count(*) from scheduling_setup_machine m
               where m.request_id = q.id and m.state = 'VERIFIED'),
             q.status, q.warned_at, q.version
        from scheduling_setup_request q
        join scheduling_booking b on b.id = q.booking_id
        join scheduling_resource r on r.id = q.resource_id
        join scheduling_setup_profile p on p.id = q.profile_id
        join identity_org_unit_view o on o.id = q.org_unit_id
        left join identity_user_view u on u.id = q.technician_id
       where\s""";

  private static final String MACHINES =
      """
      select m.machine_no, m.state, m.note, m.updated_by, u.display_name, m.updated_at
        from scheduling_setup_machine m
        left join identity_user_view u on u.id = m.updated_by
       where m.request_id = :id
       order by m.machine_no""";

  private static final KeysetCursor.Format CURSOR =
      KeysetCursor.format("setup", Instant.class, UUID.class).refusedWith("setup.cursor.invalid");

  private final JdbcClient jdbc;
  private final SetupAccess access;

  SetupDirectory(JdbcClient jdbc, SetupAccess access) {
    this.jdbc = jdbc;
    this.access = access;
  }

  public Slice<SetupRequest> search(SetupRequestFilter filter, String cursor, int limit) {
    int size = Slice.size(limit, MAX_LIMIT);
    Where where = new Where().and(access.visible());
    if (filter.status() != null) {
      where.and("q.status = :status", "status", filter.status().name());
    }
    if (filter.dueFrom() != null) {
      where.and("q.due_at >= :dueFrom", "dueFrom", SqlTime.utc(filter.dueFrom()));
    }
    if (filter.dueTo() != null) {
      where.and("q.due_at < :dueTo", "dueTo", SqlTime.utc(filter.dueTo()));
    }
    if (filter.bookingId() != null) {
      where.and("q.booking_id = :booking", "booking", filter.bookingId());
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
      where.and(Order.SOONEST.after(SqlTime.utc(at), id));
    }
    where.param("limit", size + 1);
    List<SetupRequest> rows =
        where
            .query(jdbc, SELECT, Order.SOONEST.orderBy(), "limit :limit")
            .query(SetupDirectory::row)
            .list();
    return Slice.of(rows, size, last -> CURSOR.encode(last.dueAt(), last.id()));
  }

  /** One request the current user works; not found (404, nothing said) otherwise. */
  public SetupRequest get(UUID id) {
    return find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
  }

  public Optional<SetupRequest> find(UUID id) {
    return new Where()
        .and("q.id = :id", "id", id)
        .and(access.visible())
        .query(jdbc, SELECT)
        .query(SetupDirectory::row)
        .optional();
  }

  /** The requests of a booking, whoever reads it (the booking page shows their progress). */
  public List<SetupRequest> ofBooking(UUID bookingId) {
    return new Where()
        .and("q.booking_id = :booking", "booking", bookingId)
        .query(jdbc, SELECT, "order by r.name, q.id fetch first 20 rows only")
        .query(SetupDirectory::row)
        .list();
  }

  /** The machines of a request, by number. */
  public List<SetupMachine> machines(UUID requestId) {
    return jdbc.sql(MACHINES)
        .param("id", requestId)
        .query(
            (rs, n) ->
                new SetupMachine(
                    rs.getInt(1),
                    MachineState.valueOf(rs.getString(2)),
                    rs.getString(3),
                    rs.getObject(4, UUID.class),
                    rs.getString(5),
                    instant(rs, 6)))
        .list();
  }

  private static SetupRequest row(ResultSet rs, int n) throws SQLException {
    return new SetupRequest(
        rs.getObject(1, UUID.class),
        rs.getObject(2, UUID.class),
        rs.getString(3),
        rs.getObject(4, UUID.class),
        rs.getString(5),
        rs.getObject(6, UUID.class),
        rs.getString(7),
        rs.getString(8),
        rs.getObject(9, UUID.class),
        rs.getString(10),
        rs.getString(11),
        rs.getObject(12, UUID.class),
        rs.getString(13),
        instant(rs, 14),
        rs.getInt(15),
        rs.getInt(16),
        SetupStatus.valueOf(rs.getString(17)),
        instant(rs, 18),
        rs.getLong(19));
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : SqlTime.instant(value);
  }

  /** Due soonest first, then by id. */
  private enum Order implements SortKey {
    SOONEST(
        "order by q.due_at, q.id",
        "(q.due_at > :after0 or (q.due_at = :after0 and q.id > :after1))");

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
