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
 * The appointment rows of the visibility matrix: each target gets one appointment of a lead named
 * "Besuch" and the customer's code without its dash, booked by the target customer's owner (who is
 * also its consultant) at the customer's org unit as the centre, written with SQL the first time a
 * row asks for it (the matrix's units are not all branches, so the booking rules would refuse
 * some); it is seen where {@code appointment.read} reaches its booker and centre.
 */
final class AppointmentEndpoints {

  private static final Map<String, String> APPOINTMENTS = new ConcurrentHashMap<>();

  private AppointmentEndpoints() {}

  static Endpoint read() {
    return record(
        "GET /api/v1/appointments/{id}",
        "appointment.read",
        200,
        AppointmentEndpoints::name,
        apiGet(c -> "/api/v1/appointments/" + appointment(c)));
  }

  static Endpoint listed() {
    return Endpoint.listed(
        "GET /api/v1/appointments?bookedBy=owner",
        "appointment.read",
        AppointmentEndpoints::name,
        apiGet(c -> "/api/v1/appointments?limit=200&bookedBy=" + c.t().ownerId() + suffix(c)));
  }

  static Endpoint page() {
    return record(
        "GET /appointments/{id}",
        "appointment.read",
        200,
        AppointmentEndpoints::name,
        Endpoint.page(c -> "/appointments/" + appointment(c)));
  }

  /** The lead's name: "Besuch" and the customer's code without its dash. */
  static String name(Target target) {
    return "Besuch" + target.code().replace("-", "");
  }

  private static String suffix(Cell cell) {
    appointment(cell);
    return "";
  }

  /** The target's appointment (and its lead), written once. */
  private static String appointment(Cell cell) {
    Target target = cell.t();
    return APPOINTMENTS.computeIfAbsent(
        target.id(),
        id -> {
          UUID lead = UUID.randomUUID();
          UUID appointment = UUID.randomUUID();
          Instant now = Instant.now();
          Instant start = now.plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
          cell.world()
              .jdbc()
              .sql(
                  """
                  insert into marketing_lead (id, source, name, phone, status, consent_email,
                    consent_sms, consent_phone, owner_id, org_unit_id, version, created_at,
                    updated_at)
                  values (:id, 'PHONE', :name, '+8613900000000', 'APPOINTMENT_BOOKED', false, false,
                    false, :owner, :unit, 0, :now, :now)""")
              .param("id", lead)
              .param("name", name(target))
              .param("owner", target.ownerId())
              .param("unit", target.orgUnitId())
              .param("now", SqlTime.utc(now))
              .update();
          cell.world()
              .jdbc()
              .sql(
                  """
                  insert into marketing_appointment (id, lead_id, centre_id, consultant_id,
                    starts_at, ends_at, status, booked_by, version, created_at, updated_at)
                  values (:id, :lead, :unit, :owner, :start, :end, 'BOOKED', :owner, 0, :now, :now)""")
              .param("id", appointment)
              .param("lead", lead)
              .param("unit", target.orgUnitId())
              .param("owner", target.ownerId())
              .param("start", SqlTime.utc(start))
              .param("end", SqlTime.utc(start.plus(1, ChronoUnit.HOURS)))
              .param("now", SqlTime.utc(now))
              .update();
          return appointment.toString();
        });
  }
}
