package io.pyra.scheduling.resource;

import io.pyra.platform.SqlTime;
import io.pyra.scheduling.ResourceId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a resource may be booked over {@code [start, end)}, and why not: taken out of use, on a
 * closure or holiday (its own, its centre's or a unit's above, the company's), an instructor on
 * leave, or outside the opening hours (its own, else its centre's, else every day 08:00–22:00) on
 * the clock of its centre's time zone. Not limited by the caller's visibility: the caller has
 * checked that.
 */
@Component
@Transactional(readOnly = true)
public class Availability {

  private static final String RESOURCE =
      """
      select r.active, r.org_unit_id, ou.path, ou.time_zone
        from scheduling_resource r
        join identity_org_unit_view ou on ou.id = r.org_unit_id
       where r.id = :id""";

  private static final String CLOSURES =
      """
      select id, org_unit_id, resource_id, kind, starts_at, ends_at, reason from scheduling_closure
       where starts_at < :end and ends_at > :start
         and (resource_id = :resource or org_unit_id in (:units)
              or (org_unit_id is null and resource_id is null))
       order by case when kind = 'LEAVE' then 0 else 1 end, starts_at, id
       fetch first 500 rows only""";

  private record Place(boolean active, UUID orgUnitId, String path, ZoneId zone) {}

  private final JdbcClient jdbc;
  private final SchedulingHours hours;

  Availability(JdbcClient jdbc, SchedulingHours hours) {
    this.jdbc = jdbc;
    this.hours = hours;
  }

  /** Whether the resource is available over {@code [start, end)} (end after start). */
  public AvailabilityAnswer check(ResourceId resource, Instant start, Instant end) {
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("the end must come after the start");
    }
    Optional<Place> place =
        jdbc.sql(RESOURCE)
            .param("id", resource.value())
            .query(
                (rs, n) ->
                    new Place(
                        rs.getBoolean(1),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        ZoneId.of(rs.getString(4))))
            .optional();
    if (place.isEmpty()) {
      return AvailabilityAnswer.not(Unavailability.UNKNOWN);
    }
    if (!place.get().active()) {
      return AvailabilityAnswer.not(Unavailability.INACTIVE);
    }
    return timeOf(
            resource, place.get().orgUnitId(), place.get().path(), place.get().zone(), start, end)
        .answer(start, end);
  }

  /**
   * The resource's hours and the closures that concern it from {@code from} to {@code to}, for a
   * resource whose centre ({@code orgUnitId}, its {@code unitPath} and {@code zone}) the caller has
   * read already; its answers are those of {@link #check}.
   */
  public ResourceTime timeOf(
      ResourceId resource, UUID orgUnitId, String unitPath, ZoneId zone, Instant from, Instant to) {
    List<Closure> closures =
        jdbc.sql(CLOSURES)
            .param("start", SqlTime.utc(from))
            .param("end", SqlTime.utc(to))
            .param("resource", resource.value())
            .param("units", units(orgUnitId, unitPath))
            .query(Closures::row)
            .list();
    return new ResourceTime(week(resource, orgUnitId), zone, closures);
  }

  /** The week that counts for the resource: its own, else its centre's, else the default. */
  public List<OpeningInterval> week(ResourceId resource, UUID orgUnitId) {
    return hours.weekOf(resource.value(), orgUnitId);
  }

  /** The rule for the week that counts: the resource's own, else its centre's, else the default. */
  public static List<OpeningInterval> weekOf(
      List<OpeningInterval> own, List<OpeningInterval> centre) {
    if (!own.isEmpty()) {
      return own;
    }
    return centre.isEmpty() ? SchedulingHours.defaultWeek() : centre;
  }

  /** The centre and the units above it, from its path ("/root/…/centre/"). */
  private static List<UUID> units(UUID orgUnitId, String path) {
    return unitsOf(orgUnitId, path);
  }

  /**
   * The unit and the units above it, whose closures and holidays close its resources, from its path
   * ("/root/…/centre/").
   */
  public static List<UUID> unitsOf(UUID orgUnitId, String path) {
    List<UUID> units = new ArrayList<>();
    units.add(orgUnitId);
    if (path != null) {
      for (String part : path.split("/")) {
        if (!part.isBlank()) {
          try {
            units.add(UUID.fromString(part));
          } catch (IllegalArgumentException notAnId) {
            // a path holds ids only; anything else names no unit
          }
        }
      }
    }
    return units;
  }
}
