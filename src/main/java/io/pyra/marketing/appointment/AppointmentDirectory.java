package io.pyra.marketing.appointment;

import io.pyra.platform.SqlTime;
import io.pyra.platform.query.KeysetCursor;
import io.pyra.platform.query.Slice;
import io.pyra.platform.query.SortKey;
import io.pyra.platform.query.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The appointments the current user may see ({@code appointment.read}: the ones they booked or
 * receive, and those of the centres their scope reaches), earliest first, paged by a cursor; one
 * appointment; its history.
 */
@Component
@Transactional(readOnly = true)
public class AppointmentDirectory {

  public static final int MAX_LIMIT = 200;

  private static final String SELECT =
      """
      select a.id, a.lead_id, l.name, a.customer_id, cc.name, a.campaign_id, a.centre_id, ou.name,
             ou.time_zone, a.consultant_id, cu.display_name, a.starts_at, a.ends_at, a.status, a.note,
             a.booked_by, bu.display_name, a.received_by, ru.display_name, a.arrived_at, a.no_show_at,
             a.cancelled_at, a.outcome, a.consultation_record_id, a.confirmation_sent_at,
             a.reminder_sent_at, a.version, a.created_at
        from marketing_appointment a
        left join marketing_lead l on l.id = a.lead_id
        left join customer_card_view cc on cc.id = a.customer_id
        left join identity_org_unit_view ou on ou.id = a.centre_id
        left join identity_user_view cu on cu.id = a.consultant_id
        left join identity_user_view bu on bu.id = a.booked_by
        left join identity_user_view ru on ru.id = a.received_by
       where\s""";

  private static final String CHANGES =
      """
      select c.id, c.at, c.kind, u.display_name, c.old_starts_at, c.new_starts_at, oc.display_name,
             nc.display_name, c.note
        from marketing_appointment_change c
        left join identity_user_view u on u.id = c.actor_id
        left join identity_user_view oc on oc.id = c.old_consultant_id
        left join identity_user_view nc on nc.id = c.new_consultant_id
       where c.appointment_id = :id
       order by c.at, c.id
       fetch first 500 rows only""";

  private static final KeysetCursor.Format CURSOR =
      KeysetCursor.format("appointment", Instant.class, UUID.class)
          .refusedWith("appointment.cursor.invalid");

  private final JdbcClient jdbc;
  private final AppointmentAccess access;

  AppointmentDirectory(JdbcClient jdbc, AppointmentAccess access) {
    this.jdbc = jdbc;
    this.access = access;
  }

  public Slice<AppointmentRow> search(AppointmentFilter filter, String cursor, int limit) {
    int size = Slice.size(limit, MAX_LIMIT);
    Where where = new Where().and(access.visible());
    if (filter.centreId() != null) {
      where.and("a.centre_id = :centre", "centre", filter.centreId());
    }
    if (filter.consultantId() != null) {
      where.and("a.consultant_id = :consultant", "consultant", filter.consultantId());
    }
    if (filter.bookedBy() != null) {
      where.and("a.booked_by = :bookedBy", "bookedBy", filter.bookedBy());
    }
    if (filter.from() != null) {
      where.and("a.starts_at >= :from", "from", SqlTime.utc(filter.from()));
    }
    if (filter.to() != null) {
      where.and("a.starts_at < :to", "to", SqlTime.utc(filter.to()));
    }
    if (filter.statuses() != null && !filter.statuses().isEmpty()) {
      where.and(
          "a.status in (:statuses)",
          "statuses",
          filter.statuses().stream().map(Enum::name).toList());
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
    List<AppointmentRow> rows =
        where
            .query(jdbc, SELECT, Order.EARLIEST.orderBy(), "limit :limit")
            .query(AppointmentDirectory::row)
            .list();
    return Slice.of(rows, size, last -> CURSOR.encode(last.startsAt(), last.id()));
  }

  /** One appointment the current user may see. */
  public Optional<AppointmentRow> find(UUID id) {
    return new Where()
        .and("a.id = :id", "id", id)
        .and(access.visible())
        .query(jdbc, SELECT)
        .query(AppointmentDirectory::row)
        .optional();
  }

  /** The history of an appointment, oldest first (call after {@link #find}). */
  public List<AppointmentChangeRow> changes(UUID appointmentId) {
    return jdbc.sql(CHANGES)
        .param("id", appointmentId)
        .query(
            (rs, n) ->
                new AppointmentChangeRow(
                    rs.getObject(1, UUID.class),
                    instant(rs, 2),
                    rs.getString(3),
                    rs.getString(4),
                    instant(rs, 5),
                    instant(rs, 6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9)))
        .list();
  }

  static AppointmentRow row(ResultSet rs, int n) throws SQLException {
    String outcome = rs.getString(23);
    String zone = rs.getString(9);
    return new AppointmentRow(
        rs.getObject(1, UUID.class),
        rs.getObject(2, UUID.class),
        rs.getString(3),
        rs.getObject(4, UUID.class),
        rs.getString(5),
        rs.getObject(6, UUID.class),
        rs.getObject(7, UUID.class),
        rs.getString(8),
        zone == null ? ZoneId.of("UTC") : ZoneId.of(zone),
        rs.getObject(10, UUID.class),
        rs.getString(11),
        instant(rs, 12),
        instant(rs, 13),
        AppointmentStatus.valueOf(rs.getString(14)),
        rs.getString(15),
        rs.getObject(16, UUID.class),
        rs.getString(17),
        rs.getObject(18, UUID.class),
        rs.getString(19),
        instant(rs, 20),
        instant(rs, 21),
        instant(rs, 22),
        outcome == null ? null : ConsultationOutcome.valueOf(outcome),
        rs.getObject(24, UUID.class),
        instant(rs, 25),
        instant(rs, 26),
        rs.getLong(27),
        instant(rs, 28));
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : SqlTime.instant(value);
  }

  /** Earliest start first, then by id. */
  private enum Order implements SortKey {
    EARLIEST(
        "order by a.starts_at, a.id",
        "(a.starts_at > :after0 or (a.starts_at = :after0 and a.id > :after1))");

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
