package io.pyra.scheduling;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.user.UserAccount;
import io.pyra.platform.SqlTime;
import io.pyra.testing.ApiClient;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One centre's quarter (January to March 2033, Asia/Shanghai, no summer time) for the scheduling
 * reports, written with SQL where the services are not the subject: a centre without hours rows
 * (08:00–22:00) under a region; room A on the centre's hours, PC set B with hours of its own
 * (weekdays 09:00–12:00 and 13:00–17:00), projector C closed all March, instructor I with own hours
 * (weekdays 10:00–18:00) and a week of leave; a centre closure on 10 January, a region holiday on
 * 20 January 08:00–12:00, a company holiday on 1 February; bookings (one crossing into February,
 * one cancelled); courses X and Y with sessions, enrolments (one withdrawn, one in a cancelled
 * session) and contract seats. The tests work each figure out from these facts by hand.
 */
public final class ReportWorld {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  public final OrgUnit region;
  public final OrgUnit centre;
  public final UserAccount manager;
  public final String tag;
  public final UUID roomA;
  public final UUID pcSetB;
  public final UUID projectorC;
  public final UUID instructorI;
  public final UUID courseX;
  public final UUID courseY;
  public final String codeX;
  public final String codeY;

  private final JdbcClient jdbc;

  public ReportWorld(SchedulingFixtures fixtures, JdbcClient jdbc, ApiClient admin) {
    this.jdbc = jdbc;
    tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    region = fixtures.org().branch("Asia/Shanghai");
    centre = fixtures.org().unit(region);
    manager = fixtures.user(centre, "MANAGEMENT");
    UserAccount teacher = fixtures.user(centre, "TEACHER");
    fixtures.removeCompanyClosures(day(2033, 1, 1), day(2033, 4, 2));

    roomA = resource("A", "ROOM", "Room A " + tag, null);
    pcSetB = resource("B", "PC_SET", "PC set B " + tag, null);
    projectorC = resource("C", "PROJECTOR", "Projector C " + tag, null);
    instructorI = resource("I", "INSTRUCTOR", "Instructor I " + tag, teacher.id());
    for (int weekday = 1; weekday <= 5; weekday++) {
      hours(pcSetB, weekday, 9, 12);
      hours(pcSetB, weekday, 13, 17);
      hours(instructorI, weekday, 10, 18);
    }
    fixtures.closure(centre.id(), null, "CLOSURE", day(2033, 1, 10), day(2033, 1, 11));
    fixtures.closure(region.id(), null, "HOLIDAY", at(2033, 1, 20, 8, 0), at(2033, 1, 20, 12, 0));
    fixtures.closure(null, null, "HOLIDAY", day(2033, 2, 1), day(2033, 2, 2));
    fixtures.closure(null, pcSetB, "CLOSURE", day(2033, 3, 7), day(2033, 3, 8));
    fixtures.closure(null, projectorC, "CLOSURE", day(2033, 3, 1), day(2033, 4, 1));
    fixtures.closure(null, instructorI, "LEAVE", day(2033, 1, 17), day(2033, 1, 22));

    UUID by = manager.id();
    hold(booking("Lesson", at(2033, 1, 5, 9, 0), at(2033, 1, 5, 12, 0), true, by), roomA);
    hold(booking("Evening event", at(2033, 1, 31, 20, 0), at(2033, 2, 1, 2, 0), true, by), roomA);
    hold(booking("Called off", at(2033, 1, 6, 9, 0), at(2033, 1, 6, 17, 0), false, by), roomA);
    hold(booking("PC class", at(2033, 2, 14, 9, 0), at(2033, 2, 14, 12, 0), true, by), pcSetB);
    hold(booking("Tutoring", at(2033, 1, 5, 10, 0), at(2033, 1, 5, 12, 0), true, by), instructorI);

    codeX = "RA-" + tag;
    codeY = "RB-" + tag;
    courseX = product(admin, codeX, "Course X " + tag);
    courseY = product(admin, codeY, "Course Y " + tag);
    UUID o1 = UUID.randomUUID();
    UUID o2 = UUID.randomUUID();
    UUID o3 = UUID.randomUUID();
    seats(o1, courseX, "100.50");
    seats(o2, courseY, "125.625");
    seats(o3, courseX, "50.25");
    UUID s1 = session(courseX, at(2033, 1, 12, 9, 0), true, 10, 3, by);
    UUID s2 = session(courseY, at(2033, 1, 31, 23, 0), true, 5, 2, by);
    UUID s3 = session(courseX, at(2033, 1, 19, 9, 0), false, 10, 1, by);
    UUID s4 = session(courseX, at(2033, 2, 16, 9, 0), true, 8, 2, by);
    enrol(s1, o1, courseX, "ENROLLED");
    enrol(s1, o1, courseX, "ENROLLED");
    enrol(s1, o3, courseX, "ENROLLED");
    enrol(s2, o2, courseY, "ENROLLED");
    enrol(s2, o2, courseY, "ENROLLED");
    enrol(s3, o1, courseX, "ENROLLED");
    enrol(s4, o1, courseX, "ENROLLED");
    enrol(s4, o1, courseX, "ENROLLED");
    enrol(s4, o3, courseX, "WITHDRAWN");
  }

  public static Instant at(int year, int month, int day, int hour, int minute) {
    return LocalDate.of(year, month, day).atTime(hour, minute).atZone(ZONE).toInstant();
  }

  public static Instant day(int year, int month, int day) {
    return at(year, month, day, 0, 0);
  }

  public String codeOf(String letter) {
    return "RPT-" + tag + "-" + letter;
  }

  private UUID resource(String letter, String kind, String name, UUID user) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into scheduling_resource (id, kind, code, name, org_unit_id, capacity, user_id,
              active, version, created_at, updated_at)
            values (:id, :kind, :code, :name, :unit, null, :user, true, 0, :now, :now)""")
        .param("id", id)
        .param("kind", kind)
        .param("code", codeOf(letter))
        .param("name", name)
        .param("unit", centre.id())
        .param("user", user)
        .param("now", SqlTime.utc(Instant.now()))
        .update();
    return id;
  }

  private void hours(UUID resource, int weekday, int opens, int closes) {
    jdbc.sql(
            """
            insert into scheduling_hours (id, resource_id, weekday, opens_at, closes_at)
            values (:id, :resource, :day, :opens, :closes)""")
        .param("id", UUID.randomUUID())
        .param("resource", resource)
        .param("day", weekday)
        .param("opens", LocalTime.of(opens, 0))
        .param("closes", LocalTime.of(closes, 0))
        .update();
  }

  private UUID booking(String title, Instant from, Instant to, boolean confirmed, UUID by) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into scheduling_booking (id, purpose, title, starts_at, ends_at, status,
              org_unit_id, booked_by, ical_uid, sequence, version, created_at, updated_at)
            values (:id, 'MEETING', :title, :from, :to, :status, :unit, :by, :uid, 0, 0, :now, :now)""")
        .param("id", id)
        .param("title", title + " " + tag)
        .param("from", SqlTime.utc(from))
        .param("to", SqlTime.utc(to))
        .param("status", confirmed ? "CONFIRMED" : "CANCELLED")
        .param("unit", centre.id())
        .param("by", by)
        .param("uid", id + "@test")
        .param("now", SqlTime.utc(Instant.now()))
        .update();
    return id;
  }

  private void hold(UUID booking, UUID resource) {
    Map<String, Object> b =
        jdbc.sql("select starts_at, ends_at, status from scheduling_booking where id = :id")
            .param("id", booking)
            .query()
            .singleRow();
    jdbc.sql(
            """
            insert into scheduling_booking_resource (booking_id, resource_id, starts_at, ends_at, active)
            values (:booking, :resource, :from, :to, :active)""")
        .param("booking", booking)
        .param("resource", resource)
        .param("from", b.get("starts_at"))
        .param("to", b.get("ends_at"))
        .param("active", "CONFIRMED".equals(b.get("status")))
        .update();
  }

  private UUID session(
      UUID product, Instant start, boolean confirmed, int capacity, int enrolled, UUID by) {
    UUID booking = booking("Class", start, start.plusSeconds(7200), confirmed, by);
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into scheduling_session (id, booking_id, product_id, kind, capacity, enrolled,
              version, created_at, updated_at)
            values (:id, :booking, :product, 'GROUP', :capacity, :enrolled, 0, :now, :now)""")
        .param("id", id)
        .param("booking", booking)
        .param("product", product)
        .param("capacity", capacity)
        .param("enrolled", enrolled)
        .param("now", SqlTime.utc(Instant.now()))
        .update();
    return id;
  }

  private void seats(UUID order, UUID product, String seatValue) {
    jdbc.sql(
            """
            insert into scheduling_contract_seats (order_id, product_id, customer_id, seats, used,
              seat_value, version, created_at, updated_at)
            values (:order, :product, :customer, 20, 0, :value, 0, :now, :now)""")
        .param("order", order)
        .param("product", product)
        .param("customer", UUID.randomUUID())
        .param("value", new BigDecimal(seatValue))
        .param("now", SqlTime.utc(Instant.now()))
        .update();
  }

  private void enrol(UUID session, UUID order, UUID product, String status) {
    jdbc.sql(
            """
            insert into scheduling_enrolment (id, session_id, customer_id, order_id, product_id,
              status, enrolled_at, version)
            values (:id, :session, :customer, :order, :product, :status, :now, 0)""")
        .param("id", UUID.randomUUID())
        .param("session", session)
        .param("customer", UUID.randomUUID())
        .param("order", order)
        .param("product", product)
        .param("status", status)
        .param("now", SqlTime.utc(Instant.now()))
        .update();
  }

  private static UUID product(ApiClient admin, String code, String name) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("name", name);
    body.put("unit", "COURSE");
    body.put("listPrice", "1000");
    body.put("unitCost", 0);
    body.put("currency", "CNY");
    ApiClient.Response created = admin.post("/api/v1/products", body);
    if (created.status() != 201) {
      throw new IllegalStateException("product not added: " + created.body());
    }
    return UUID.fromString(created.json().get("id").asString());
  }
}
