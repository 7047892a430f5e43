package io.pyra.marketing;

import static io.pyra.marketing.AppointmentStaff.at;
import static io.pyra.marketing.AppointmentStaff.booking;
import static io.pyra.marketing.AppointmentStaff.postIfMatch;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Appointments over the API: booked on a consultant's free slot within the centre's opening hours
 * on the centre's clock (a centre in New York, the agent in Shanghai), refused with the field named
 * when past, outside the hours, on a taken slot, with a consultant of another centre or for nobody;
 * two agents booking one slot at once: exactly one wins; rescheduled with If-Match keeping the
 * history; arrival twice a 409, arrival for a cancelled visit refused, a no-show only from the
 * start and then a call-back task for the agent who booked it; another branch's front desk sees
 * nothing of it.
 */
@PyraIntegrationTest
class AppointmentApiTests {

  static final String ZONE = "America/New_York";

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  AppointmentStaff staff;
  OrgUnit centre;
  UserAccount consultant;
  UserAccount desk;
  UserAccount agent;
  ApiClient agentApi;
  LocalDate day;

  @BeforeEach
  void setUp() {
    staff = new AppointmentStaff(orgUnits, users, roles, jdbc, port);
    centre = staff.org().branch(ZONE);
    consultant = staff.user(centre, "COURSE_CONSULTANT");
    desk = staff.user(centre, "FRONT_DESK");
    OrgUnit callCentre = staff.org().branch("Asia/Shanghai");
    agent = staff.user(callCentre, "CALL_CENTRE_AGENT");
    agentApi = staff.api(agent);
    staff.hours(centre, LocalTime.of(10, 0), LocalTime.of(18, 0));
    day = LocalDate.now(ZoneId.of(ZONE)).plusDays(7);
  }

  @Test
  void aVisitIsBookedOnAFreeSlotWithinTheCentresHoursOnItsClock() {
    String slotsPath =
        "/api/v1/appointments/free-slots?centre="
            + centre.id()
            + "&consultant="
            + consultant.id()
            + "&date="
            + day;
    JsonNode before = agentApi.get(slotsPath).json();
    assertThat(before.get("timeZone").asString()).isEqualTo(ZONE);
    // 10:00 to 18:00 in hours of 60 minutes: eight slots, the first at 10:00 New York time
    List<Instant> expected = new ArrayList<>();
    for (int hour = 10; hour < 18; hour++) {
      expected.add(at(day, hour, 0, ZONE));
    }
    assertThat(instants(before.get("slots"))).containsExactlyElementsOf(expected);

    UUID lead = staff.lead("Lin Tao", "lin.tao@example.com", "+8613800000001");
    ApiClient.Response booked =
        agentApi.post(
            "/api/v1/appointments", booking(lead, null, centre, consultant, at(day, 11, 0, ZONE)));
    assertThat(booked.status()).as(booked.body()).isEqualTo(201);
    JsonNode body = booked.json();
    assertThat(body.get("status").asString()).isEqualTo("BOOKED");
    assertThat(body.get("bookedBy").asString()).isEqualTo(agent.id().toString());
    assertThat(body.get("visitorName").asString()).isEqualTo("Lin Tao");
    assertThat(Instant.parse(body.get("endsAt").asString())).isEqualTo(at(day, 12, 0, ZONE));
    assertThat(body.get("changes").get(0).get("kind").asString()).isEqualTo("BOOKED");

    List<Instant> after = new ArrayList<>(expected);
    after.remove(at(day, 11, 0, ZONE));
    assertThat(instants(agentApi.get(slotsPath).json().get("slots")))
        .containsExactlyElementsOf(after);
  }

  @Test
  void badBookingsAreRefusedNamingTheFieldAndStoreNothing() {
    UUID lead = staff.lead("Zhou Min", null, "+8613800000002");
    long count = staff.appointments();
    // 09:30 New York is before the centre opens (though 21:30 in Shanghai, where the agent sits)
    assertThat(
            agentApi
                .post(
                    "/api/v1/appointments",
                    booking(lead, null, centre, consultant, at(day, 9, 30, ZONE)))
                .refusedFields())
        .containsEntry("startsAt", "outside-hours");
    // 10:00 on the agent's clock in Shanghai is the night before in New York
    assertThat(
            agentApi
                .post(
                    "/api/v1/appointments",
                    booking(lead, null, centre, consultant, at(day, 10, 0, "Asia/Shanghai")))
                .refusedFields())
        .containsEntry("startsAt", "outside-hours");
    // a visit ending after closing
    assertThat(
            agentApi
                .post(
                    "/api/v1/appointments",
                    booking(lead, null, centre, consultant, at(day, 17, 30, ZONE)))
                .refusedFields())
        .containsEntry("startsAt", "outside-hours");
    assertThat(
            agentApi
                .post(
                    "/api/v1/appointments",
                    booking(lead, null, centre, consultant, Instant.now().minusSeconds(3600)))
                .refusedFields())
        .containsEntry("startsAt", "past");
    UserAccount elsewhere = staff.user(staff.org().branch(ZONE), "COURSE_CONSULTANT");
    assertThat(
            agentApi
                .post(
                    "/api/v1/appointments",
                    booking(lead, null, centre, elsewhere, at(day, 10, 0, ZONE)))
                .refusedFields())
        .containsEntry("consultantId", "not-of-centre");
    assertThat(
            agentApi
                .post(
                    "/api/v1/appointments",
                    booking(null, null, centre, consultant, at(day, 10, 0, ZONE)))
                .refusedFields())
        .containsEntry("leadId", "required");
    assertThat(
            agentApi
                .post(
                    "/api/v1/appointments",
                    booking(UUID.randomUUID(), null, centre, consultant, at(day, 10, 0, ZONE)))
                .refusedFields())
        .containsEntry("leadId", "not-found");
    assertThat(staff.appointments()).isEqualTo(count);

    assertThat(
            agentApi
                .post(
                    "/api/v1/appointments",
                    booking(lead, null, centre, consultant, at(day, 10, 0, ZONE)))
                .status())
        .isEqualTo(201);
    ApiClient.Response taken =
        staff
            .api(staff.user(staff.org().branch(), "CALL_CENTRE_AGENT"))
            .post(
                "/api/v1/appointments",
                booking(lead, null, centre, consultant, at(day, 10, 0, ZONE)));
    assertThat(taken.refusedFields()).containsEntry("startsAt", "taken");
    assertThat(taken.json().get("errors").get(0).get("message").asString())
        .contains("already has a visit");
    assertThat(staff.appointments()).isEqualTo(count + 1);
  }

  @Test
  void twoAgentsBookingTheSameSlotAtOnceExactlyOneWins() throws Exception {
    UUID lead = staff.lead("Wu Jie", null, "+8613800000003");
    ApiClient first = staff.api(agent);
    ApiClient second = staff.api(staff.user(staff.org().branch(), "CALL_CENTRE_AGENT"));
    Map<String, Object> body = booking(lead, null, centre, consultant, at(day, 14, 0, ZONE));
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (ApiClient api : List.of(first, second)) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return api.post("/api/v1/appointments", body).status();
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
      assertThat(statuses).containsExactlyInAnyOrder(201, 422);
    } finally {
      pool.shutdownNow();
    }
    assertThat(
            jdbc.sql(
                    "select count(*) from marketing_appointment where consultant_id = :c and status = 'BOOKED'")
                .param("c", consultant.id())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aRescheduleKeepsTheHistoryAndNeedsTheVersion() {
    UUID lead = staff.lead("He Lan", "he.lan@example.com", null);
    ApiClient.Response booked =
        agentApi.post(
            "/api/v1/appointments", booking(lead, null, centre, consultant, at(day, 10, 0, ZONE)));
    String id = booked.json().get("id").asString();
    String path = "/api/v1/appointments/" + id;
    UserAccount other = staff.user(centre, "COURSE_CONSULTANT");
    Map<String, Object> move =
        Map.of(
            "startsAt", at(day, 15, 0, ZONE).toString(),
            "consultantId", other.id(),
            "note", "the parents asked for the afternoon");

    assertThat(postIfMatch(agentApi, path + "/reschedule", move, null).status()).isEqualTo(428);
    ApiClient.Response moved =
        postIfMatch(agentApi, path + "/reschedule", move, booked.header("ETag"));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().get("consultantId").asString()).isEqualTo(other.id().toString());
    assertThat(Instant.parse(moved.json().get("startsAt").asString()))
        .isEqualTo(at(day, 15, 0, ZONE));
    JsonNode change = moved.json().get("changes").get(1);
    assertThat(change.get("kind").asString()).isEqualTo("RESCHEDULED");
    assertThat(Instant.parse(change.get("oldStartsAt").asString())).isEqualTo(at(day, 10, 0, ZONE));
    assertThat(change.get("oldConsultantName").asString()).isEqualTo(consultant.displayName());
    assertThat(change.get("newConsultantName").asString()).isEqualTo(other.displayName());

    // the version read before the move is stale: nothing changes
    ApiClient.Response stale =
        postIfMatch(
            agentApi,
            path + "/reschedule",
            Map.of("startsAt", at(day, 16, 0, ZONE).toString()),
            booked.header("ETag"));
    assertThat(stale.status()).isEqualTo(412);
    assertThat(Instant.parse(agentApi.get(path).json().get("startsAt").asString()))
        .isEqualTo(at(day, 15, 0, ZONE));
    // the old slot is free again, the new one taken
    JsonNode slots =
        agentApi
            .get(
                "/api/v1/appointments/free-slots?centre="
                    + centre.id()
                    + "&consultant="
                    + consultant.id()
                    + "&date="
                    + day)
            .json()
            .get("slots");
    assertThat(instants(slots)).contains(at(day, 10, 0, ZONE));
  }

  @Test
  void anArrivalIsRecordedOnceAndNeverForACancelledVisit() {
    UUID lead = staff.lead("Ma Rui", null, "+8613800000004");
    ApiClient deskApi = staff.api(desk);
    String id =
        agentApi
            .post(
                "/api/v1/appointments",
                booking(lead, null, centre, consultant, at(day, 12, 0, ZONE)))
            .json()
            .get("id")
            .asString();
    String path = "/api/v1/appointments/" + id;
    String etag = deskApi.get(path).header("ETag");
    ApiClient.Response arrived = postIfMatch(deskApi, path + "/arrival", null, etag);
    assertThat(arrived.status()).as(arrived.body()).isEqualTo(200);
    assertThat(arrived.json().get("status").asString()).isEqualTo("ARRIVED");
    assertThat(arrived.json().get("receivedBy").asString()).isEqualTo(desk.id().toString());
    assertThat(arrived.json().get("receivedByName").asString()).isEqualTo(desk.displayName());

    ApiClient.Response twice =
        postIfMatch(deskApi, path + "/arrival", null, arrived.header("ETag"));
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
    JsonNode after = deskApi.get(path).json();
    assertThat(after.get("version").asLong()).isEqualTo(arrived.json().get("version").asLong());
    assertThat(after.get("changes")).hasSize(2);

    String cancelled =
        agentApi
            .post(
                "/api/v1/appointments",
                booking(lead, null, centre, consultant, at(day, 13, 0, ZONE)))
            .json()
            .get("id")
            .asString();
    String cancelledPath = "/api/v1/appointments/" + cancelled;
    ApiClient.Response cancel =
        postIfMatch(
            agentApi,
            cancelledPath + "/cancellation",
            Map.of("note", "ill"),
            agentApi.get(cancelledPath).header("ETag"));
    assertThat(cancel.status()).as(cancel.body()).isEqualTo(200);
    ApiClient.Response late =
        postIfMatch(deskApi, cancelledPath + "/arrival", null, cancel.header("ETag"));
    assertThat(late.refusedFields()).containsEntry("status", "cancelled");
    assertThat(deskApi.get(cancelledPath).json().get("status").asString()).isEqualTo("CANCELLED");
  }

  @Test
  void aNoShowComesOnlyFromTheStartAndGivesTheBookingAgentACallBack() {
    UUID lead = staff.lead("Sun Yi", null, "+8613800000005");
    ApiClient deskApi = staff.api(desk);
    String id =
        agentApi
            .post(
                "/api/v1/appointments",
                booking(lead, null, centre, consultant, at(day, 16, 0, ZONE)))
            .json()
            .get("id")
            .asString();
    String path = "/api/v1/appointments/" + id;
    long tasks = staff.callBacks(agent);
    ApiClient.Response early =
        postIfMatch(deskApi, path + "/no-show", null, deskApi.get(path).header("ETag"));
    assertThat(early.refusedFields()).containsEntry("startsAt", "not-started");
    assertThat(staff.callBacks(agent)).isEqualTo(tasks);

    staff.begun(UUID.fromString(id));
    ApiClient.Response missed =
        postIfMatch(deskApi, path + "/no-show", null, deskApi.get(path).header("ETag"));
    assertThat(missed.status()).as(missed.body()).isEqualTo(200);
    assertThat(missed.json().get("status").asString()).isEqualTo("NO_SHOW");
    assertThat(staff.callBacks(agent)).isEqualTo(tasks + 1);
    assertThat(
            jdbc.sql(
                    "select title from interaction_task where assignee_id = :a and type = 'CALL_BACK'")
                .param("a", agent.id())
                .query(String.class)
                .list())
        .anySatisfy(title -> assertThat(title).contains("Sun Yi"));
  }

  @Test
  void theConsultationOfACustomerBecomesAContactRecord() {
    UUID customer = staff.customer("Guo Ping " + UUID.randomUUID(), consultant, centre);
    ApiClient mine = staff.api(consultant);
    String id =
        agentApi
            .post(
                "/api/v1/appointments",
                booking(null, customer, centre, consultant, at(day, 10, 0, ZONE)))
            .json()
            .get("id")
            .asString();
    String path = "/api/v1/appointments/" + id;
    ApiClient.Response notYet =
        postIfMatch(
            mine,
            path + "/consultation",
            Map.of("outcome", "ENROLLED"),
            mine.get(path).header("ETag"));
    assertThat(notYet.refusedFields()).containsEntry("status", "not-arrived");
    ApiClient.Response arrived =
        postIfMatch(mine, path + "/arrival", null, mine.get(path).header("ETag"));
    ApiClient.Response consulted =
        postIfMatch(
            mine,
            path + "/consultation",
            Map.of("outcome", "THINKING", "notes", "compares two schools"),
            arrived.header("ETag"));
    assertThat(consulted.status()).as(consulted.body()).isEqualTo(200);
    assertThat(consulted.json().get("outcome").asString()).isEqualTo("THINKING");
    String record = consulted.json().get("consultationRecordId").asString();
    assertThat(
            jdbc.sql("select count(*) from interaction_record where id = :id and customer_id = :c")
                .param("id", UUID.fromString(record))
                .param("c", customer)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void anotherBranchSeesNothingOfTheAppointment() {
    UUID lead = staff.lead("Qian Yu", null, "+8613800000006");
    String id =
        agentApi
            .post(
                "/api/v1/appointments",
                booking(lead, null, centre, consultant, at(day, 17, 0, ZONE)))
            .json()
            .get("id")
            .asString();
    OrgUnit otherBranch = staff.org().branch(ZONE);
    ApiClient otherDesk = staff.api(staff.user(otherBranch, "FRONT_DESK"));
    assertThat(otherDesk.get("/api/v1/appointments/" + id).status()).isEqualTo(404);
    assertThat(ids(otherDesk.get("/api/v1/appointments?limit=200").json())).doesNotContain(id);
    assertThat(
            postIfMatch(otherDesk, "/api/v1/appointments/" + id + "/arrival", null, "\"0\"")
                .status())
        .isEqualTo(404);
    // the centre's own front desk, the consultant and the booking agent all see it
    assertThat(staff.api(desk).get("/api/v1/appointments/" + id).status()).isEqualTo(200);
    assertThat(staff.api(consultant).get("/api/v1/appointments/" + id).status()).isEqualTo(200);
    assertThat(ids(agentApi.get("/api/v1/appointments?bookedBy=" + agent.id()).json()))
        .contains(id);
    assertThat(
            ids(
                staff
                    .api(desk)
                    .get("/api/v1/appointments?centre=" + centre.id() + "&day=" + day)
                    .json()))
        .contains(id);
  }

  private static List<Instant> instants(JsonNode slots) {
    List<Instant> list = new ArrayList<>();
    slots.forEach(s -> list.add(Instant.parse(s.get("startsAt").asString())));
    return list;
  }

  private static List<String> ids(JsonNode page) {
    List<String> list = new ArrayList<>();
    page.get("items").forEach(i -> list.add(i.get("id").asString()));
    return list;
  }
}
