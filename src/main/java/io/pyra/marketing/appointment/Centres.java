package io.pyra.marketing.appointment;

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
 * The centres (BRANCH org units) and their staff, read from identity's published views: a centre's
 * time zone, and the active users of the centre (who may receive visitors there).
 */
@Component
@Transactional(readOnly = true)
public class Centres {

  /** The most centres and consultants a list offers. */
  public static final int MAX = 500;

  private final JdbcClient jdbc;

  Centres(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Centre> find(UUID id) {
    if (id == null) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
            select id, code, name, time_zone, path from identity_org_unit_view
             where id = :id and kind = 'BRANCH'""")
        .param("id", id)
        .query(Centres::centre)
        .optional();
  }

  /** All centres by name. */
  public List<Centre> all() {
    return jdbc.sql(
            """
            select id, code, name, time_zone, path from identity_org_unit_view
             where kind = 'BRANCH' order by name, id fetch first 500 rows only""")
        .query(Centres::centre)
        .list();
  }

  /**
   * The active staff of a centre and of its teams, by name (paths are ids and "/": nothing in them
   * for {@code like} to read as a wildcard).
   */
  public List<Consultant> consultants(UUID centreId) {
    return jdbc.sql(
            """
            select u.id, u.display_name from identity_user_view u
              join identity_org_unit_view o on o.id = u.org_unit_id
              join identity_org_unit_view c on c.id = :centre
             where u.active and o.path like c.path || '%'
             order by u.display_name, u.id fetch first 500 rows only""")
        .param("centre", centreId)
        .query((rs, n) -> new Consultant(rs.getObject(1, UUID.class), rs.getString(2)))
        .list();
  }

  /** Whether the user is active staff of the centre or of one of its teams. */
  public boolean isConsultantOf(UUID userId, UUID centreId) {
    return userId != null
        && jdbc.sql(
                    """
                    select count(*) from identity_user_view u
                      join identity_org_unit_view o on o.id = u.org_unit_id
                      join identity_org_unit_view c on c.id = :centre
                     where u.id = :id and u.active and o.path like c.path || '%'""")
                .param("id", userId)
                .param("centre", centreId)
                .query(Long.class)
                .single()
            > 0;
  }

  private static Centre centre(ResultSet rs, int n) throws SQLException {
    return new Centre(
        rs.getObject(1, UUID.class),
        rs.getString(2),
        rs.getString(3),
        ZoneId.of(rs.getString(4)),
        rs.getString(5));
  }
}
