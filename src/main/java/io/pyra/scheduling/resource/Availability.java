package io.pyra.scheduling.resource;

import io.pyra.platform.SqlTime;
import io.pyra.scheduling.ResourceId;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a resource may be booked over {@code [start, end)}, and why not: taken out of use, on a
 * closure or holiday (its own, its centre's or a unit's above, the company's), an instructor on
 * leave, or outside the opening hours (its own, else its centre's, else every day 08:00–22:00) on
 * the clock of its centre's time zone. Not limited by the caller's visibility: the caller has
 * checked that. Each answer is one statement, in the caller's transaction if there is one (none is
 * begun for it).
 */
@Component
public class Availability {

  /**
   * The resources of the ids that exist, with their centres ('R'); then the hours of them and of
   * their centres ('H'); then the closures over the period of them, of their centres and the units
   * above (whose paths name them), and of the whole company ('C'), leave first, by start: all in
   * one statement.
   */
  private static final String RESOURCES_AND_TIMES =
      "select * from ("
          + Resources.ROWS
          + """
        union all
        select 'H', resource_id, org_unit_id, weekday, opens_at, closes_at, cast(null as uuid),
               cast(null as varchar(20)), cast(null as timestamp with time zone),
               cast(null as timestamp with time zone), cast(null as varchar(200)),
               cast(null as varchar(60)), cast(null as boolean), cast(null as varchar(200)),
               cast(null as varchar(2000)), cast(null as varchar(64))
          from scheduling_hours
         where resource_id in (:resources)
            or org_unit_id in (select org_unit_id from scheduling_resource where id in (:resources))
        union all
        select 'C', c.resource_id, c.org_unit_id, cast(null as integer), cast(null as time),
               cast(null as time), c.id, c.kind, c.starts_at, c.ends_at, c.reason,
               cast(null as varchar(60)), cast(null as boolean), cast(null as varchar(200)),
               cast(null as varchar(2000)), cast(null as varchar(64))
          from scheduling_closure c
         where c.starts_at < :end and c.ends_at > :start
           and (c.resource_id in (:resources)
                or (c.org_unit_id is null and c.resource_id is null)
                or exists (
                     select 1 from scheduling_resource r
                       join identity_org_unit_view ou on ou.id = r.org_unit_id
                      where r.id in (:resources)
                        and (ou.id = c.org_unit_id
                             or ou.path like concat('%/', cast(c.org_unit_id as varchar(36)), '/%'))))
      ) t
       order by row_kind desc, weekday, opens_at,
                case when kind = 'LEAVE' then 0 else 1 end, starts_at, id
       fetch first 5000 rows only""";

  /** The most closures read for one resource over a period. */
  private static final int CLOSURES_MAX = 500;

  private record HoursRow(UUID resourceId, UUID orgUnitId, OpeningInterval interval) {}

  private final JdbcClient jdbc;
  private final SchedulingHours hours;

  Availability(JdbcClient jdbc, SchedulingHours hours) {
    this.jdbc = jdbc;
    this.hours = hours;
  }

  /**
   * The resources of these ids that exist, each with its centre (in no particular order): the
   * resource rows of {@link #withTimes}, without the times.
   */
  public List<PlacedResource> resources(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select * from (" + Resources.ROWS + ") t")
        .param("resources", ids)
        .query((rs, n) -> Resources.placed(rs))
        .list();
  }

  /** Whether the resource is available over {@code [start, end)} (end after start). */
  public AvailabilityAnswer check(ResourceId resource, Instant start, Instant end) {
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("the end must come after the start");
    }
    ResourceWithTime found = withTimes(List.of(resource.value()), start, end).get(resource.value());
    if (found == null) {
      return AvailabilityAnswer.not(Unavailability.UNKNOWN);
    }
    if (!found.resource().active()) {
      return AvailabilityAnswer.not(Unavailability.INACTIVE);
    }
    return found.time().answer(start, end);
  }

  /**
   * The resources of these ids that exist, each with its centre and its time from {@code from} to
   * {@code to} (its hours and the closures that concern it), by id: read in one statement however
   * many resources there are. Each time answers as {@link #check} does.
   */
  public Map<UUID, ResourceWithTime> withTimes(Collection<UUID> ids, Instant from, Instant to) {
    Map<UUID, ResourceWithTime> found = new HashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    List<PlacedResource> resources = new ArrayList<>();
    List<HoursRow> opening = new ArrayList<>();
    List<Closure> closures = new ArrayList<>();
    jdbc.sql(RESOURCES_AND_TIMES)
        .param("resources", ids)
        .param("start", SqlTime.utc(from))
        .param("end", SqlTime.utc(to))
        .query(
            rs -> {
              switch (rs.getString(1)) {
                case "R" -> resources.add(Resources.placed(rs));
                case "H" ->
                    opening.add(
                        new HoursRow(
                            rs.getObject(2, UUID.class),
                            rs.getObject(3, UUID.class),
                            new OpeningInterval(
                                rs.getInt(4),
                                rs.getObject(5, LocalTime.class),
                                rs.getObject(6, LocalTime.class))));
                default ->
                    closures.add(
                        new Closure(
                            rs.getObject(7, UUID.class),
                            rs.getObject(3, UUID.class),
                            rs.getObject(2, UUID.class),
                            ClosureKind.valueOf(rs.getString(8)),
                            SqlTime.instant(rs.getObject(9, OffsetDateTime.class)),
                            SqlTime.instant(rs.getObject(10, OffsetDateTime.class)),
                            rs.getString(11)));
              }
            });
    for (PlacedResource resource : resources) {
      UUID id = resource.id();
      List<OpeningInterval> own =
          opening.stream().filter(h -> id.equals(h.resourceId())).map(HoursRow::interval).toList();
      List<OpeningInterval> centre =
          opening.stream()
              .filter(h -> h.resourceId() == null && resource.orgUnitId().equals(h.orgUnitId()))
              .map(HoursRow::interval)
              .toList();
      List<UUID> above = unitsOf(resource.orgUnitId(), resource.unitPath());
      List<Closure> concerning =
          closures.stream()
              .filter(
                  c ->
                      id.equals(c.resourceId()) || above.contains(c.orgUnitId()) || c.companyWide())
              .limit(CLOSURES_MAX)
              .toList();
      found.put(
          id,
          new ResourceWithTime(
              resource, new ResourceTime(weekOf(own, centre), resource.zone(), concerning)));
    }
    return found;
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
