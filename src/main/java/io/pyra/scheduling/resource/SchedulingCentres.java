package io.pyra.scheduling.resource;

import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The org units resources belong to, from identity's published view: name and time zone. A unit the
 * current user does not see is not found.
 */
@Component
@Transactional(readOnly = true)
public class SchedulingCentres {

  private final JdbcClient jdbc;
  private final ResourceAccess access;

  SchedulingCentres(JdbcClient jdbc, ResourceAccess access) {
    this.jdbc = jdbc;
    this.access = access;
  }

  /** The unit, when the current user sees resources there. */
  public Optional<SchedulingCentre> find(UUID id) {
    if (id == null || !access.seesUnit(id)) {
      return Optional.empty();
    }
    return jdbc.sql("select id, code, name, time_zone from identity_org_unit_view where id = :id")
        .param("id", id)
        .query(
            (rs, n) ->
                new SchedulingCentre(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getString(3),
                    ZoneId.of(rs.getString(4))))
        .optional();
  }

  /** The time zone of an org unit's clock (UTC for an unknown unit). */
  public ZoneId zoneOf(UUID orgUnitId) {
    return jdbc.sql("select time_zone from identity_org_unit_view where id = :id")
        .param("id", orgUnitId)
        .query(String.class)
        .optional()
        .map(ZoneId::of)
        .orElse(ZoneId.of("UTC"));
  }
}
