package io.pyra.scheduling.booking;

import io.pyra.platform.SqlTime;
import io.pyra.scheduling.resource.Availability;
import io.pyra.scheduling.resource.PlacedResource;
import io.pyra.scheduling.resource.ResourceTime;
import io.pyra.scheduling.resource.ResourceWithTime;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads resources (with their centre's path and time zone from identity's published view) and their
 * calendars over a period; locks resources' rows so that two bookings of one resource are made one
 * after the other (needed on H2; on PostgreSQL the exclusion constraint guards as well).
 */
@Component
class ResourceCalendars {

  /** The most resources offered as alternatives to a taken one. */
  static final int ALTERNATIVES_SCANNED = 50;

  private final JdbcClient jdbc;
  private final Availability availability;

  ResourceCalendars(JdbcClient jdbc, Availability availability) {
    this.jdbc = jdbc;
    this.availability = availability;
  }

  /** The resources of these ids that exist (in no particular order). */
  List<PlacedResource> find(Collection<UUID> ids) {
    return availability.resources(ids);
  }

  /** An org unit with its path, time zone and name (from identity's published view). */
  java.util.Optional<BookingUnit> unit(UUID orgUnitId) {
    return jdbc.sql("select path, time_zone, name from identity_org_unit_view where id = :id")
        .param("id", orgUnitId)
        .query(
            (rs, n) ->
                new BookingUnit(
                    orgUnitId, rs.getString(1), ZoneId.of(rs.getString(2)), rs.getString(3)))
        .optional();
  }

  /** Other active resources of the kind in the unit, by code. */
  List<PlacedResource> others(UUID orgUnitId, String kind, Collection<UUID> except) {
    List<UUID> ids =
        jdbc.sql(
                """
                select id from scheduling_resource
                 where org_unit_id = :unit and kind = :kind and active and id not in (:except)
                 order by code fetch first 50 rows only""")
            .param("unit", orgUnitId)
            .param("kind", kind)
            .param("except", except)
            .query(UUID.class)
            .list();
    return find(ids);
  }

  /** Locks the resources' rows, in id order, until the transaction ends. */
  void lock(Collection<UUID> ids) {
    jdbc.sql("select id from scheduling_resource where id in (:ids) order by id for update")
        .param("ids", ids)
        .query(UUID.class)
        .list();
  }

  /**
   * The resources of these ids that exist, each with its time from {@code from} to {@code to}, in
   * one statement.
   */
  Map<UUID, ResourceWithTime> withTimes(Collection<UUID> ids, Instant from, Instant to) {
    return availability.withTimes(ids, from, to);
  }

  /**
   * The calendars of the placed booking's resources over its interval, by resource id: their times
   * as read with them when they were; with the bookings taken when {@code withTaken}.
   */
  Map<UUID, ResourceCalendar> load(Placed placed, boolean withTaken) {
    return load(placed.resources(), placed.startsAt(), placed.endsAt(), withTaken, placed.times());
  }

  /** The calendars of the resources from {@code from} to {@code to}, by resource id. */
  Map<UUID, ResourceCalendar> load(List<PlacedResource> resources, Instant from, Instant to) {
    return load(resources, from, to, true);
  }

  /**
   * The same; without {@code withTaken}, their opening hours and closures only (the bookings are
   * not read, and each calendar shows none taken).
   */
  Map<UUID, ResourceCalendar> load(
      List<PlacedResource> resources, Instant from, Instant to, boolean withTaken) {
    return load(resources, from, to, withTaken, Map.of());
  }

  private Map<UUID, ResourceCalendar> load(
      List<PlacedResource> resources,
      Instant from,
      Instant to,
      boolean withTaken,
      Map<UUID, ResourceTime> known) {
    Map<UUID, List<Taken>> taken = new HashMap<>();
    if (withTaken && !resources.isEmpty()) {
      jdbc.sql(
              """
              select br.booking_id, b.title, br.starts_at, br.ends_at, br.resource_id
                from scheduling_booking_resource br join scheduling_booking b on b.id = br.booking_id
               where br.active and br.resource_id in (:ids)
                 and br.starts_at < :to and br.ends_at > :from
               order by br.starts_at, br.booking_id""")
          .param("ids", resources.stream().map(PlacedResource::id).toList())
          .param("from", SqlTime.utc(from))
          .param("to", SqlTime.utc(to))
          .query(
              (rs, n) ->
                  new Taken(
                      rs.getObject(1, UUID.class),
                      rs.getString(2),
                      SqlTime.instant(rs.getObject(3, OffsetDateTime.class)),
                      SqlTime.instant(rs.getObject(4, OffsetDateTime.class)),
                      rs.getObject(5, UUID.class)))
          .list()
          .forEach(t -> taken.computeIfAbsent(t.resourceId(), k -> new ArrayList<>()).add(t));
    }
    List<UUID> ids = resources.stream().map(PlacedResource::id).toList();
    Map<UUID, ResourceTime> times = new HashMap<>(known);
    if (!times.keySet().containsAll(ids)) {
      withTimes(ids, from, to).forEach((id, read) -> times.put(id, read.time()));
    }
    Map<UUID, ResourceCalendar> calendars = new HashMap<>();
    for (PlacedResource resource : resources) {
      calendars.put(
          resource.id(),
          new ResourceCalendar(
              resource, times.get(resource.id()), taken.getOrDefault(resource.id(), List.of())));
    }
    return calendars;
  }
}
