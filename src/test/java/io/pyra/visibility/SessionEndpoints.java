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
 * The class session rows of the visibility matrix: each target gets one session at its org unit (a
 * CLASS_SESSION booking by the target's owner of a course titled "Kurs" and the customer's code
 * without its dash) with the target customer enrolled on a contract, written with SQL the first
 * time a row asks for it. The session is seen where {@code booking.read} reaches its booker and
 * unit; the enrolled customer's name only where {@code customer.read} reaches the customer too.
 */
final class SessionEndpoints {

  private static final Map<String, String[]> SESSIONS = new ConcurrentHashMap<>();

  private SessionEndpoints() {}

  static Endpoint read() {
    return record(
        "GET /api/v1/sessions/{id}",
        "booking.read",
        200,
        SessionEndpoints::title,
        apiGet(c -> "/api/v1/sessions/" + session(c)[0]));
  }

  static Endpoint listed() {
    return Endpoint.listed(
        "GET /api/v1/sessions?productId=",
        "booking.read",
        SessionEndpoints::title,
        apiGet(c -> "/api/v1/sessions?limit=200&productId=" + session(c)[1]));
  }

  static Endpoint enrolments() {
    return Endpoint.listed(
        "GET /api/v1/sessions/{id}/enrolments",
        "booking.read,customer.read",
        Target::name,
        apiGet(c -> "/api/v1/sessions/" + session(c)[0] + "/enrolments"));
  }

  static Endpoint page() {
    return Endpoint.listed(
        "GET /sessions/{id}",
        "booking.read,customer.read",
        Target::name,
        Endpoint.page(c -> "/sessions/" + session(c)[0]));
  }

  static Endpoint learning() {
    return Endpoint.listed(
        "GET /customers/{id}/learning",
        "booking.read,customer.read",
        SessionEndpoints::title,
        Endpoint.page(
            c -> {
              session(c);
              return "/customers/" + c.t().id() + "/learning";
            }));
  }

  static Endpoint learningPanel() {
    return Endpoint.listed(
        "GET /customers/{id}/learning/panel",
        "booking.read,customer.read",
        SessionEndpoints::title,
        Endpoint.page(
            c -> {
              session(c);
              return "/customers/" + c.t().id() + "/learning/panel";
            }));
  }

  /** The session's course: "Kurs" and the customer's code without its dash. */
  static String title(Target target) {
    return "Kurs" + target.code().replace("-", "");
  }

  /** The target's session: its id and its course's id; written once. */
  private static String[] session(Cell cell) {
    Target target = cell.t();
    return SESSIONS.computeIfAbsent(
        target.id(),
        id -> {
          UUID booking = UUID.randomUUID();
          UUID session = UUID.randomUUID();
          UUID course = UUID.randomUUID();
          UUID contract = UUID.randomUUID();
          Instant now = Instant.now();
          Instant start = now.plus(31, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
          var at = SqlTime.utc(now);
          var jdbc = cell.world().jdbc();
          jdbc.sql(
                  """
                  insert into scheduling_booking (id, purpose, title, starts_at, ends_at, status,
                    org_unit_id, booked_by, ical_uid, sequence, version, created_at, updated_at)
                  values (:id, 'CLASS_SESSION', :title, :start, :end, 'CONFIRMED', :unit, :owner,
                    :uid, 0, 0, :now, :now)""")
              .param("id", booking)
              .param("title", title(target))
              .param("start", SqlTime.utc(start))
              .param("end", SqlTime.utc(start.plus(2, ChronoUnit.HOURS)))
              .param("unit", target.orgUnitId())
              .param("owner", target.ownerId())
              .param("uid", booking + "@pyra")
              .param("now", at)
              .update();
          jdbc.sql(
                  """
                  insert into scheduling_session (id, booking_id, product_id, kind, capacity,
                    enrolled, version, created_at, updated_at)
                  values (:id, :booking, :course, 'GROUP', 5, 1, 0, :now, :now)""")
              .param("id", session)
              .param("booking", booking)
              .param("course", course)
              .param("now", at)
              .update();
          jdbc.sql(
                  """
                  insert into scheduling_contract_seats (order_id, product_id, customer_id, seats,
                    used, seat_value, version, created_at, updated_at)
                  values (:order, :course, :customer, 3, 1, 100, 0, :now, :now)""")
              .param("order", contract)
              .param("course", course)
              .param("customer", UUID.fromString(target.id()))
              .param("now", at)
              .update();
          jdbc.sql(
                  """
                  insert into scheduling_enrolment (id, session_id, customer_id, order_id,
                    product_id, status, enrolled_at, version)
                  values (:id, :session, :customer, :order, :course, 'ENROLLED', :now, 0)""")
              .param("id", UUID.randomUUID())
              .param("session", session)
              .param("customer", UUID.fromString(target.id()))
              .param("order", contract)
              .param("course", course)
              .param("now", at)
              .update();
          return new String[] {session.toString(), course.toString()};
        });
  }
}
