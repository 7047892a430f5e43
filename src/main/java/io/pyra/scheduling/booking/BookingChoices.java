package io.pyra.scheduling.booking;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.Visibility;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the booking pages offer: the centres (BRANCH units) the user's {@code booking.read} reaches,
 * with their time zones, and the active resources of a centre and its units that the user sees (by
 * kind, then name).
 */
@Component
@Transactional(readOnly = true)
public class BookingChoices {

  /** A centre to choose. */
  public record Centre(UUID id, String name, String path, ZoneId zone) {}

  /** A resource to choose. */
  public record Resource(UUID id, String kind, String code, String name) {}

  private final JdbcClient jdbc;
  private final CurrentUser currentUser;

  BookingChoices(JdbcClient jdbc, CurrentUser currentUser) {
    this.jdbc = jdbc;
    this.currentUser = currentUser;
  }

  /** The most centres a choice offers: those in reach, chosen before the cut. */
  static final int MAX_CENTRES = 500;

  /**
   * The centres the user sees bookings of, by name, the first {@link #MAX_CENTRES} of those in
   * reach (a company with more centres still lists every one a user works at).
   */
  public List<Centre> centres() {
    Visibility read = currentUser.visibility(BookingAccess.READ);
    return jdbc
        .sql(
            """
            select id, name, path, time_zone from identity_org_unit_view
             where kind = 'BRANCH' order by name, id""")
        .query(BookingChoices::centreOf)
        .list()
        .stream()
        .filter(c -> read.includesUnit(new OrgUnitId(c.id()), c.path()))
        .limit(MAX_CENTRES)
        .toList();
  }

  /** The centre of this id when the user sees its bookings (read alone, whatever the cut). */
  public Optional<Centre> centre(UUID centreId) {
    if (centreId == null) {
      return Optional.empty();
    }
    Visibility read = currentUser.visibility(BookingAccess.READ);
    return jdbc.sql(
            """
            select id, name, path, time_zone from identity_org_unit_view
             where id = :id and kind = 'BRANCH'""")
        .param("id", centreId)
        .query(BookingChoices::centreOf)
        .optional()
        .filter(c -> read.includesUnit(new OrgUnitId(c.id()), c.path()));
  }

  private static Centre centreOf(ResultSet rs, int row) throws SQLException {
    return new Centre(
        rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), ZoneId.of(rs.getString(4)));
  }

  /** The active resources of the centre and its units, by kind and code (at most 500). */
  public List<Resource> resources(UUID centreId) {
    if (centre(centreId).isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            select r.id, r.kind, r.code, r.name from scheduling_resource r
              join identity_org_unit_view o on o.id = r.org_unit_id
              join identity_org_unit_view c on c.id = :centre
             where r.active and o.path like c.path || '%'
             order by r.kind, r.name, r.code fetch first 500 rows only""")
        .param("centre", centreId)
        .query(
            (rs, n) ->
                new Resource(
                    rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)))
        .list();
  }
}
