package io.pyra.scheduling.resource;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.UUID;

/**
 * The one read of resources with their centres ({@link PlacedResource}): its rows, in the columns
 * of {@link Availability}'s statement of resources and times (a row kind 'R' first), and their
 * mapping.
 */
final class Resources {

  /** The resources of {@code :resources} that exist, each with its centre. */
  static final String ROWS =
      """
        select 'R' as row_kind, r.id as resource_id, r.org_unit_id,
               cast(null as integer) as weekday, cast(null as time) as opens_at,
               cast(null as time) as closes_at, cast(null as uuid) as id,
               cast(r.kind as varchar(20)) as kind,
               cast(null as timestamp with time zone) as starts_at,
               cast(null as timestamp with time zone) as ends_at,
               cast(r.name as varchar(200)) as reason, cast(r.code as varchar(60)) as code,
               r.active, cast(ou.name as varchar(200)) as unit_name,
               cast(ou.path as varchar(2000)) as unit_path,
               cast(ou.time_zone as varchar(64)) as time_zone
          from scheduling_resource r join identity_org_unit_view ou on ou.id = r.org_unit_id
         where r.id in (:resources)
      """;

  private Resources() {}

  /** The resource of a row of {@link #ROWS}. */
  static PlacedResource placed(ResultSet rs) throws SQLException {
    return new PlacedResource(
        rs.getObject(2, UUID.class),
        rs.getString(8),
        rs.getString(12),
        rs.getString(11),
        rs.getBoolean(13),
        rs.getObject(3, UUID.class),
        rs.getString(14),
        rs.getString(15),
        ZoneId.of(rs.getString(16)));
  }
}
