package io.pyra.scheduling.booking;

import io.pyra.platform.SqlTime;
import io.pyra.scheduling.ResourceId;
import io.pyra.scheduling.resource.Availability;
import io.pyra.scheduling.resource.ResourcePlace;
import io.pyra.scheduling.resource.ResourceTime;
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
  List<BookableResource> find(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            select r.id, r.kind, r.code, r.name, r.active, r.org_unit_id, o.name, o.path,
                   o.time_zone
              from scheduling_resource r join identity_org_unit_view o on o.id = r.org_unit_id
             where r.id in (:ids)""")
        .param("ids", ids)
        .query(
            (rs, n) ->
                new BookableResource(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getBoolean(5),
                    rs.getObject(6, UUID.class),
                    rs.getString(7),
                    rs.getString(8),
                    ZoneId.of(rs.getString(9))))
        .list();
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
  List<BookableResource> others(UUID orgUnitId, String kind, Collection<UUID> except) {
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

  /** The calendars of the resources from {@code from} to {@code to}, by resource id. */
  Map<UUID, ResourceCalendar> load(List<BookableResource> resources, Instant from, Instant to) {
    return load(resources, from, to, true);
  }

  /**
   * The same; without {@code withTaken}, their opening hours and closures only (the bookings are
   * not read, and each calendar shows none taken).
   */
  Map<UUID, ResourceCalendar> load(
      List<BookableResource> resources, Instant from, Instant to, boolean withTaken) {
    Map<UUID, List<Taken>> taken = new HashMap<>();
    if (withTaken && !resources.isEmpty()) {
      jdbc.sql(
              """
              select br.booking_id, b.title, br.starts_at, br.ends_at, br.resource_id
                from scheduling_booking_resource br join scheduling_booking b on b.id = br.booking_id
               where br.active and br.resource_id in (:ids)
                 and br.starts_at < :to and br.ends_at > :from
               order by br.starts_at, br.booking_id""")
          .param("ids", resources.stream().map(BookableResource::id).toList())
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
    Map<UUID, ResourceTime> times =
        availability.timesOf(
            resources.stream()
                .map(
                    r ->
                        new ResourcePlace(
                            new ResourceId(r.id()), r.orgUnitId(), r.unitPath(), r.zone()))
                .toList(),
            from,
            to);
    Map<UUID, ResourceCalendar> calendars = new HashMap<>();
    for (BookableResource resource : resources) {
      calendars.put(
          resource.id(),
          new ResourceCalendar(
              resource, times.get(resource.id()), taken.getOrDefault(resource.id(), List.of())));
    }
    return calendars;
  }
}
