package io.pyra.visibility;

import static io.pyra.visibility.Endpoint.apiGet;
import static io.pyra.visibility.Endpoint.record;

import io.pyra.platform.SqlTime;
import io.pyra.visibility.Endpoint.Cell;
import io.pyra.visibility.VisibilityWorld.Target;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The booking rows of the visibility matrix: each target gets one room at its org unit and one
 * booking of it titled "Buchung" and the customer's code without its dash, booked by the target
 * customer's owner, written with SQL the first time a row asks for it (the matrix's units are not
 * all centres with hours); it is seen where {@code booking.read} reaches its booker and unit.
 */
final class BookingEndpoints {

  private static final Map<String, String[]> BOOKINGS = new ConcurrentHashMap<>();

  private BookingEndpoints() {}

  static Endpoint read() {
    return record(
        "GET /api/v1/bookings/{id}",
        "booking.read",
        200,
        BookingEndpoints::title,
        apiGet(c -> "/api/v1/bookings/" + booking(c)[0]));
  }

  static Endpoint listed() {
    return Endpoint.listed(
        "GET /api/v1/bookings?resourceId=",
        "booking.read",
        BookingEndpoints::title,
        apiGet(
            c -> {
              String[] booking = booking(c);
              return "/api/v1/bookings?limit=200&resourceId="
                  + booking[1]
                  + "&from="
                  + booking[2]
                  + "&to="
                  + booking[3];
            }));
  }

  /** The calendar's events of the target's centre (branch B for another branch, else A). */
  static Endpoint calendar() {
    return Endpoint.listed(
        "GET /api/v1/calendar/events",
        "booking.read",
        BookingEndpoints::title,
        apiGet(calendarPath("/api/v1/calendar/events")));
  }

  /** The same events as the calendar page reads them, with its session. */
  static Endpoint calendarPage() {
    return Endpoint.listed(
        "GET /calendar/events",
        "booking.read",
        BookingEndpoints::title,
        Endpoint.page(calendarPath("/calendar/events")));
  }

  private static java.util.function.Function<Cell, String> calendarPath(String path) {
    return c -> {
      String[] booking = booking(c);
      VisibilityWorld world = c.world();
      UUID centre =
          c.t().place() == VisibilityWorld.Place.OTHER ? world.branchB.id() : world.branchA.id();
      // a day either side of the booking, read on UTC's clock: wide enough on any centre's
      return path
          + "?orgUnitId="
          + centre
          + "&start="
          + java.time.LocalDateTime.ofInstant(Instant.parse(booking[2]), java.time.ZoneOffset.UTC)
          + "&end="
          + java.time.LocalDateTime.ofInstant(Instant.parse(booking[3]), java.time.ZoneOffset.UTC);
    };
  }

  static Endpoint page() {
    return record(
        "GET /bookings/{id}",
        "booking.read",
        200,
        BookingEndpoints::title,
        Endpoint.page(c -> "/bookings/" + booking(c)[0]));
  }

  /** The booking's title: "Buchung" and the customer's code without its dash. */
  static String title(Target target) {
    return "Buchung" + target.code().replace("-", "");
  }

  /** The target's booking: its id, its room's id, and a period around it; written once. */
  private static String[] booking(Cell cell) {
    Target target = cell.t();
    return BOOKINGS.computeIfAbsent(
        target.id(),
        id -> {
          UUID room = UUID.randomUUID();
          UUID booking = UUID.randomUUID();
          Instant now = Instant.now();
          Instant start = now.plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
          var jdbc = cell.world().jdbc();
          jdbc.sql(
                  """
                  insert into scheduling_resource (id, kind, code, name, org_unit_id, active,
                    version, created_at, updated_at)
                  values (:id, 'ROOM', :code, :name, :unit, true, 0, :now, :now)""")
              .param("id", room)
              .param("code", "VIS-" + room.toString().substring(0, 8))
              .param("name", "Raum " + title(target))
              .param("unit", target.orgUnitId())
              .param("now", SqlTime.utc(now))
              .update();
          jdbc.sql(
                  """
                  insert into scheduling_booking (id, purpose, title, starts_at, ends_at, status,
                    org_unit_id, booked_by, ical_uid, sequence, version, created_at, updated_at)
                  values (:id, 'MEETING', :title, :start, :end, 'CONFIRMED', :unit, :owner, :uid, 0,
                    0, :now, :now)""")
              .param("id", booking)
              .param("title", title(target))
              .param("start", SqlTime.utc(start))
              .param("end", SqlTime.utc(start.plus(1, ChronoUnit.HOURS)))
              .param("unit", target.orgUnitId())
              .param("owner", target.ownerId())
              .param("uid", booking + "@pyra")
              .param("now", SqlTime.utc(now))
              .update();
          jdbc.sql(
                  """
                  insert into scheduling_booking_resource (booking_id, resource_id, starts_at,
                    ends_at, active)
                  values (:booking, :room, :start, :end, true)""")
              .param("booking", booking)
              .param("room", room)
              .param("start", SqlTime.utc(start))
              .param("end", SqlTime.utc(start.plus(1, ChronoUnit.HOURS)))
              .update();
          return new String[] {
            booking.toString(),
            room.toString(),
            start.minus(1, ChronoUnit.DAYS).toString(),
            start.plus(1, ChronoUnit.DAYS).toString()
          };
        });
  }
}
