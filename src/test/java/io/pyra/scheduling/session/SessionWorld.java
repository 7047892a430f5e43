package io.pyra.scheduling.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.scheduling.SchedulingFixtures;
import io.pyra.scheduling.SessionFixtures;
import io.pyra.testing.ApiClient;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One centre (in Shanghai, open 08:00–20:00) with a service assistant, a room of 20, a PC set of 12
 * seats, a projector, an instructor qualified for one course, a customer of the centre, and a day a
 * week ahead; all new for each test.
 */
final class SessionWorld {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  final SchedulingFixtures scheduling;
  final SessionFixtures sales;
  final OrgUnit centre;
  final UserAccount staff;
  final ApiClient api;
  final UUID room;
  final UUID pcSet;
  final UUID projector;
  final UUID instructor;
  final UUID course;
  final String courseName;
  final LocalDate day;

  SessionWorld(
      OrgUnitService orgUnits, UserService users, RoleService roles, JdbcClient jdbc, int port) {
    scheduling = new SchedulingFixtures(orgUnits, users, roles, jdbc, port);
    sales = new SessionFixtures(jdbc, port);
    centre = scheduling.org().branch(ZONE.getId());
    staff = scheduling.user(centre, "CUSTOMER_SERVICE_ASSISTANT");
    api = scheduling.api(staff);
    room = sales.room(centre, "Room 301", 20);
    pcSet = sales.pcSet(centre, "PC set A", 12);
    projector = scheduling.resource(centre, "PROJECTOR", "Projector A");
    instructor = scheduling.resource(centre, "INSTRUCTOR", "Ms Li");
    courseName = "Excel basics " + UUID.randomUUID().toString().substring(0, 6);
    course = sales.course(courseName);
    sales.qualify(instructor, course);
    scheduling.hours(centre, LocalTime.of(8, 0), LocalTime.of(20, 0));
    day = LocalDate.now(ZONE).plusDays(7);
  }

  Instant at(int hour) {
    return SchedulingFixtures.at(day, hour, 0, ZONE);
  }

  /** A group session of the course from {@code hour} for two hours in the room; its id. */
  String session(int hour, int capacity) {
    Map<String, Object> body =
        SessionFixtures.session(course, at(hour), at(hour + 2), room, instructor, capacity);
    ApiClient.Response created = api.post("/api/v1/sessions", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asString();
  }

  /** Pages for a new service assistant of the centre who reads Chinese. */
  io.pyra.testing.PageClient chinesePages() {
    UserAccount reader =
        scheduling
            .org()
            .member(centre)
            .roles("CUSTOMER_SERVICE_ASSISTANT")
            .speaking("zh-CN")
            .create();
    return scheduling.pages(reader).language("zh-CN");
  }

  /** A customer of the centre. */
  UUID customer(String name) {
    return sales.customer(name, null, staff);
  }

  ApiClient.Response enrol(String session, UUID customer, UUID contract) {
    return api.post(
        "/api/v1/sessions/" + session + "/enrolments",
        Map.of("customerId", customer, "contractId", contract));
  }
}
