package io.pyra.scheduling.resource;

import io.pyra.platform.SqlTime;
import io.pyra.scheduling.ResourceId;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

  /**
   * The hours of the resources and of their centres, then the closures that concern them over the
   * period, in one statement: hours rows ('H') first, then closures ('C'), leave first, by start.
   */
  private static final String TIMES =
      """
      select * from (
        select 'H' as row_kind, resource_id, org_unit_id, weekday, opens_at, closes_at,
               cast(null as uuid) as id, cast(null as varchar(10)) as kind,
               cast(null as timestamp with time zone) as starts_at,
               cast(null as timestamp with time zone) as ends_at,
               cast(null as varchar(200)) as reason
          from scheduling_hours
         where resource_id in (:resources) or org_unit_id in (:centres)
        union all
        select 'C', resource_id, org_unit_id, cast(null as integer), cast(null as time),
               cast(null as time), id, kind, starts_at, ends_at, reason
          from scheduling_closure
         where starts_at < :end and ends_at > :start
           and (resource_id in (:resources) or org_unit_id in (:units)
                or (org_unit_id is null and resource_id is null))
      ) t
       order by row_kind desc, weekday, opens_at,
                case when kind = 'LEAVE' then 0 else 1 end, starts_at, id
       fetch first 5000 rows only""";

  /** The most closures read for one resource over a period. */
  private static final int CLOSURES_MAX = 500;

  private record Place(boolean active, UUID orgUnitId, String path, ZoneId zone) {}

  private record HoursRow(UUID resourceId, UUID orgUnitId, OpeningInterval interval) {}

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
    return timesOf(List.of(new ResourcePlace(resource, orgUnitId, unitPath, zone)), from, to)
        .get(resource.value());
  }

  /**
   * The time of each resource from {@code from} to {@code to}, by resource id, read in one
   * statement however many resources there are; each is what {@link #timeOf} answers for it.
   */
  public Map<UUID, ResourceTime> timesOf(List<ResourcePlace> places, Instant from, Instant to) {
    Map<UUID, ResourceTime> times = new HashMap<>();
    if (places.isEmpty()) {
      return times;
    }
    Set<UUID> units = new LinkedHashSet<>();
    places.forEach(p -> units.addAll(unitsOf(p.orgUnitId(), p.unitPath())));
    List<HoursRow> opening = new ArrayList<>();
    List<Closure> closures = new ArrayList<>();
    jdbc.sql(TIMES)
        .param("resources", places.stream().map(p -> p.resource().value()).toList())
        .param("centres", places.stream().map(ResourcePlace::orgUnitId).distinct().toList())
        .param("units", units)
        .param("start", SqlTime.utc(from))
        .param("end", SqlTime.utc(to))
        .query(
            rs -> {
              if ("H".equals(rs.getString(1))) {
                opening.add(
                    new HoursRow(
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        new OpeningInterval(
                            rs.getInt(4),
                            rs.getObject(5, LocalTime.class),
                            rs.getObject(6, LocalTime.class))));
              } else {
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
    for (ResourcePlace place : places) {
      UUID id = place.resource().value();
      List<OpeningInterval> own =
          opening.stream().filter(h -> id.equals(h.resourceId())).map(HoursRow::interval).toList();
      List<OpeningInterval> centre =
          opening.stream()
              .filter(h -> h.resourceId() == null && place.orgUnitId().equals(h.orgUnitId()))
              .map(HoursRow::interval)
              .toList();
      List<UUID> above = unitsOf(place.orgUnitId(), place.unitPath());
      List<Closure> concerning =
          closures.stream()
              .filter(
                  c ->
                      id.equals(c.resourceId()) || above.contains(c.orgUnitId()) || c.companyWide())
              .limit(CLOSURES_MAX)
              .toList();
      times.put(id, new ResourceTime(weekOf(own, centre), place.zone(), concerning));
    }
    return times;
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
