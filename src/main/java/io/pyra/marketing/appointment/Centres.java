package io.pyra.marketing.appointment;

import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The centres (BRANCH org units) and their staff: a centre's name and time zone as identity's API
 * gives them, and the active users of the centre (who may receive visitors there) from identity's
 * published views.
 */
@Component
@Transactional(readOnly = true)
public class Centres {

  /** The most centres and consultants a list offers. */
  public static final int MAX = 500;

  private final JdbcClient jdbc;
  private final IdentityApi identity;

  Centres(JdbcClient jdbc, IdentityApi identity) {
    this.jdbc = jdbc;
    this.identity = identity;
  }

  public Optional<Centre> find(UUID id) {
    if (id == null) {
      return Optional.empty();
    }
    OrgUnitId unit = new OrgUnitId(id);
    return identity
        .branchTimeZone(unit)
        .flatMap(
            zone ->
                identity
                    .orgUnit(unit)
                    .map(b -> new Centre(id, b.code(), b.name(), zone, b.path())));
  }

  /** All centres by name (the first {@link #MAX}). */
  public List<Centre> all() {
    return all(centre -> true);
  }

  /**
   * The centres that are {@code wanted} (a user's reach, say) by name, the first {@link #MAX} of
   * them: chosen before the cut, so a company with more centres still lists every one of them a
   * user may work at.
   */
  public List<Centre> all(Predicate<Centre> wanted) {
    Map<OrgUnitId, ZoneId> zones = identity.branchTimeZones();
    return identity.branches().stream()
        .filter(b -> zones.containsKey(b.id()))
        .map(b -> new Centre(b.id().value(), b.code(), b.name(), zones.get(b.id()), b.path()))
        .filter(wanted)
        .sorted(Comparator.comparing(Centre::name).thenComparing(Centre::id))
        .limit(MAX)
        .toList();
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
}
