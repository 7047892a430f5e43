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
 * The set-up request rows of the visibility matrix: each target gets a PC set at its org unit, a
 * booking of it titled "Aufbau" and the customer's code without its dash, and a set-up request for
 * it given to the target customer's owner, written with SQL the first time a row asks for it; it is
 * seen where {@code setup.work} reaches its technician and unit.
 */
final class SetupEndpoints {

  private static final Map<String, String> REQUESTS = new ConcurrentHashMap<>();
  private static final Map<String, String> BOOKINGS = new ConcurrentHashMap<>();

  private SetupEndpoints() {}

  static Endpoint read() {
    return record(
        "GET /api/v1/setup-requests/{id}",
        "setup.work",
        200,
        SetupEndpoints::title,
        apiGet(c -> "/api/v1/setup-requests/" + request(c)));
  }

  static Endpoint listed() {
    return Endpoint.listed(
        "GET /api/v1/setup-requests",
        "setup.work",
        SetupEndpoints::title,
        apiGet(c -> "/api/v1/setup-requests?limit=200&bookingId=" + booking(c)));
  }

  static Endpoint page() {
    return record(
        "GET /setup-requests/{id}",
        "setup.work",
        200,
        SetupEndpoints::title,
        Endpoint.page(c -> "/setup-requests/" + request(c)));
  }

  /** The booking's title: "Aufbau" and the customer's code without its dash. */
  static String title(Target target) {
    return "Aufbau" + target.code().replace("-", "");
  }

  private static String booking(Cell cell) {
    request(cell);
    return BOOKINGS.get(cell.t().id());
  }

  /** The target's set-up request id; written once. */
  private static String request(Cell cell) {
    Target target = cell.t();
    return REQUESTS.computeIfAbsent(
        target.id(),
        id -> {
          UUID pcSet = UUID.randomUUID();
          UUID booking = UUID.randomUUID();
          UUID profile = UUID.randomUUID();
          UUID request = UUID.randomUUID();
          Instant now = Instant.now();
          Instant start = now.plus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
          var jdbc = cell.world().jdbc();
          jdbc.sql(
                  """
                  insert into scheduling_resource (id, kind, code, name, org_unit_id, capacity,
                    active, version, created_at, updated_at)
                  values (:id, 'PC_SET', :code, :name, :unit, 2, true, 0, :now, :now)""")
              .param("id", pcSet)
              .param("code", "VIS-" + pcSet.toString().substring(0, 8))
              .param("name", "Rechner " + title(target))
              .param("unit", target.orgUnitId())
              .param("now", SqlTime.utc(now))
              .update();
          jdbc.sql(
                  """
                  insert into scheduling_booking (id, purpose, title, starts_at, ends_at, status,
                    org_unit_id, booked_by, ical_uid, sequence, version, created_at, updated_at)
                  values (:id, 'CLASS_SESSION', :title, :start, :end, 'CONFIRMED', :unit, :owner,
                    :uid, 0, 0, :now, :now)""")
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
                  insert into scheduling_setup_profile (id, code, name, operating_system, active,
                    version, created_at, updated_at)
                  values (:id, :code, 'Matrix', 'Windows 11', true, 0, :now, :now)""")
              .param("id", profile)
              .param("code", "VIS-" + profile.toString().substring(0, 8))
              .param("now", SqlTime.utc(now))
              .update();
          jdbc.sql(
                  """
                  insert into scheduling_setup_request (id, booking_id, resource_id, profile_id,
                    org_unit_id, technician_id, due_at, machines, status, version, created_at,
                    updated_at)
                  values (:id, :booking, :pcSet, :profile, :unit, :owner, :start, 2, 'OPEN', 0,
                    :now, :now)""")
              .param("id", request)
              .param("booking", booking)
              .param("pcSet", pcSet)
              .param("profile", profile)
              .param("unit", target.orgUnitId())
              .param("owner", target.ownerId())
              .param("start", SqlTime.utc(start))
              .param("now", SqlTime.utc(now))
              .update();
          for (int no = 1; no <= 2; no++) {
            jdbc.sql(
                    """
                    insert into scheduling_setup_machine (request_id, machine_no, state,
                      updated_at)
                    values (:id, :no, 'PENDING', :now)""")
                .param("id", request)
                .param("no", no)
                .param("now", SqlTime.utc(now))
                .update();
          }
          BOOKINGS.put(target.id(), booking.toString());
          return request.toString();
        });
  }
}
