package io.pyra.scheduling.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.scheduling.SessionFixtures.Line;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * Enrolments on contract seats: the seats are the quantity of the contract's lines of the course
 * and one seat is worth their amount in the base currency over the seats (checked against the
 * test's own arithmetic); used and remaining seats shown per session and per contract; every
 * refusal (no seat left, a full session, another customer's contract, a draft, cancelled or plain
 * order, a contract without the course, a customer already enrolled or not seen) names its field
 * and writes nothing; withdrawing gives the seat back; two people taking the last seat at once:
 * exactly one gets it.
 */
@PyraIntegrationTest
class EnrolmentTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  SessionWorld world;

  @BeforeEach
  void setUp() {
    world = new SessionWorld(orgUnits, users, roles, jdbc, port);
  }

  @Test
  void aContractsSeatsAreItsCourseLinesAndASeatIsWorthTheirBaseAmountOverThem() {
    UUID customer = world.customer("Wang Fang");
    UUID otherCourse = world.sales.course("Word " + UUID.randomUUID());
    // 3 seats for 2,999.97 USD and 2 more for 1,500.50 USD at 7.1234 CNY a dollar, and another
    // course
    UUID contract =
        world.sales.order(
            customer,
            world.staff,
            "CONTRACT",
            "SIGNED",
            "USD",
            "7.1234",
            new Line(world.course, 3, "2999.97"),
            new Line(otherCourse, 4, "800.00"),
            new Line(world.course, 2, "1500.50"));
    BigDecimal seatValue =
        new BigDecimal("2999.97")
            .add(new BigDecimal("1500.50"))
            .multiply(new BigDecimal("7.1234"))
            .divide(new BigDecimal(5), 6, RoundingMode.HALF_UP);
    String session = world.session(10, 10);

    ApiClient.Response enrolled = world.enrol(session, customer, contract);
    assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
    assertThat(enrolled.json().get("customerName").asString()).isEqualTo("Wang Fang");
    assertThat(enrolled.json().get("status").asString()).isEqualTo("ENROLLED");

    Map<String, Object> row = world.sales.seatsRow(contract, world.course);
    assertThat(((Number) row.get("seats")).intValue()).isEqualTo(3 + 2);
    assertThat(((Number) row.get("used")).intValue()).isEqualTo(1);
    assertThat(new BigDecimal(row.get("seat_value").toString())).isEqualByComparingTo(seatValue);

    JsonNode list = world.api.get("/api/v1/sessions/" + session + "/enrolments").json();
    assertThat(list.get("items")).hasSize(1);
    JsonNode seats = list.get("seats").get(0);
    assertThat(seats.get("seats").asInt()).isEqualTo(5);
    assertThat(seats.get("used").asInt()).isEqualTo(1);
    assertThat(seats.get("remaining").asInt()).isEqualTo(5 - 1);
    assertThat(seats.get("seatValue").decimalValue()).isEqualByComparingTo(seatValue);
    assertThat(world.api.get("/api/v1/sessions/" + session).json().get("enrolled").asInt())
        .isEqualTo(1);

    String second = world.session(13, 10);
    assertThat(world.enrol(second, customer, contract).status()).isEqualTo(201);
    JsonNode byContract = world.api.get("/api/v1/contracts/" + contract + "/seats").json();
    assertThat(byContract.get("items")).hasSize(1);
    assertThat(byContract.get("items").get(0).get("used").asInt()).isEqualTo(2);
    assertThat(byContract.get("items").get(0).get("remaining").asInt()).isEqualTo(5 - 2);
    assertThat(byContract.get("items").get(0).get("course").asString()).isEqualTo(world.courseName);
  }

  @Test
  void everyRefusalNamesItsFieldAndWritesNothing() {
    UUID customer = world.customer("Li Lei");
    UUID other = world.customer("Han Meimei");
    UUID oneSeat = world.sales.contract(customer, world.staff, new Line(world.course, 1, "900"));
    String session = world.session(10, 2);
    assertThat(world.enrol(session, customer, oneSeat).status()).isEqualTo(201);

    String later = world.session(13, 2);
    List<Long> rows = world.sales.rows();
    // already enrolled
    assertThat(world.enrol(session, customer, oneSeat).refusedFields())
        .containsEntry("customerId", "already-enrolled");
    // no seat left on the contract for another session
    assertThat(world.enrol(later, customer, oneSeat).refusedFields())
        .containsEntry("contractId", "no-seats");
    // another customer's contract
    assertThat(world.enrol(later, other, oneSeat).refusedFields())
        .containsEntry("contractId", "not-customers");
    // not a usable contract: a draft, a cancelled contract, a plain order
    for (String[] kindStatus :
        new String[][] {{"CONTRACT", "DRAFT"}, {"CONTRACT", "CANCELLED"}, {"ORDER", "SIGNED"}}) {
      UUID unusable =
          world.sales.order(
              other,
              world.staff,
              kindStatus[0],
              kindStatus[1],
              "CNY",
              "1",
              new Line(world.course, 5, "500"));
      assertThat(world.enrol(later, other, unusable).refusedFields())
          .as(kindStatus[0] + " " + kindStatus[1])
          .containsEntry("contractId", "not-usable");
    }
    // a contract without the course
    UUID elsewhere =
        world.sales.contract(
            other,
            world.staff,
            new Line(world.sales.course("Access " + UUID.randomUUID()), 5, "1"));
    assertThat(world.enrol(later, other, elsewhere).refusedFields())
        .containsEntry("contractId", "no-course");
    assertThat(world.enrol(later, other, UUID.randomUUID()).refusedFields())
        .containsEntry("contractId", "unknown");
    // a customer of another centre is not seen: the same answer as no customer at all
    OrgUnit otherCentre = world.scheduling.org().branch(SessionWorld.ZONE.getId());
    UserAccount stranger = world.scheduling.user(otherCentre, "CUSTOMER_SERVICE_ASSISTANT");
    UUID hidden = world.sales.customer("Zhao Hidden", null, stranger);
    UUID hiddenContract = world.sales.contract(hidden, stranger, new Line(world.course, 3, "3"));
    ApiClient.Response unseen = world.enrol(later, hidden, hiddenContract);
    assertThat(unseen.refusedFields()).containsEntry("customerId", "unknown");
    assertThat(unseen.body()).doesNotContain("Zhao Hidden");
    assertThat(world.enrol(later, UUID.randomUUID(), oneSeat).refusedFields())
        .containsEntry("customerId", "unknown");
    assertThat(world.sales.rows()).isEqualTo(rows);

    // a full session: capacity 2, two enrolled, the third refused
    UUID plenty = world.sales.contract(other, world.staff, new Line(world.course, 10, "1000"));
    assertThat(world.enrol(session, other, plenty).status()).isEqualTo(201);
    UUID third = world.customer("Third Customer");
    UUID thirdContract = world.sales.contract(third, world.staff, new Line(world.course, 2, "2"));
    List<Long> full = world.sales.rows();
    assertThat(world.enrol(session, third, thirdContract).refusedFields())
        .containsEntry("sessionId", "full");
    assertThat(world.sales.rows()).isEqualTo(full);
  }

  @Test
  void withdrawingGivesTheSeatBackAndTheCustomerMayEnrolAgain() {
    UUID customer = world.customer("Chen Jie");
    UUID contract = world.sales.contract(customer, world.staff, new Line(world.course, 1, "600"));
    String session = world.session(10, 5);
    String enrolment = world.enrol(session, customer, contract).json().get("id").asString();
    assertThat(seats(contract).get("remaining").asInt()).isZero();

    assertThat(
            world
                .api
                .delete("/api/v1/sessions/" + session + "/enrolments/" + enrolment, null)
                .status())
        .isEqualTo(204);
    assertThat(seats(contract).get("used").asInt()).isZero();
    assertThat(seats(contract).get("remaining").asInt()).isEqualTo(1);
    assertThat(world.api.get("/api/v1/sessions/" + session).json().get("enrolled").asInt())
        .isZero();
    assertThat(world.api.get("/api/v1/sessions/" + session + "/enrolments").json().get("items"))
        .isEmpty();
    assertThat(
            world
                .api
                .get("/api/v1/sessions/" + session + "/enrolments?withdrawn=true")
                .json()
                .get("items")
                .get(0)
                .get("status")
                .asString())
        .isEqualTo("WITHDRAWN");
    assertThat(
            world
                .api
                .delete("/api/v1/sessions/" + session + "/enrolments/" + enrolment, null)
                .status())
        .isEqualTo(404);

    ApiClient.Response again = world.enrol(session, customer, contract);
    assertThat(again.status()).as(again.body()).isEqualTo(201);
    assertThat(again.json().get("id").asString()).isEqualTo(enrolment);
    assertThat(seats(contract).get("used").asInt()).isEqualTo(1);
  }

  @Test
  void twoPeopleTakingTheLastSeatAtOnceOnlyOneGetsIt() throws Exception {
    UUID customer = world.customer("Sun Yue");
    UUID contract = world.sales.contract(customer, world.staff, new Line(world.course, 2, "2000"));
    String first = world.session(8, 5);
    assertThat(world.enrol(first, customer, contract).status()).isEqualTo(201);
    String a = world.session(11, 5);
    String b = world.session(14, 5);
    ApiClient other =
        world.scheduling.api(world.scheduling.user(world.centre, "ENROLMENT_SPECIALIST"));

    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Integer>> answers = new ArrayList<>();
    answers.add(
        pool.submit(
            () -> {
              start.await();
              return world.enrol(a, customer, contract).status();
            }));
    answers.add(
        pool.submit(
            () -> {
              start.await();
              return other
                  .post(
                      "/api/v1/sessions/" + b + "/enrolments",
                      Map.of("customerId", customer, "contractId", contract))
                  .status();
            }));
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> answer : answers) {
      statuses.add(answer.get());
    }
    pool.shutdown();
    assertThat(statuses).containsExactlyInAnyOrder(201, 422);
    Map<String, Object> row = world.sales.seatsRow(contract, world.course);
    assertThat(((Number) row.get("used")).intValue()).isEqualTo(2);
    long enrolled =
        jdbc.sql(
                "select count(*) from scheduling_enrolment where order_id = :o and status = 'ENROLLED'")
            .param("o", contract)
            .query(Long.class)
            .single();
    assertThat(enrolled).isEqualTo(2);
  }

  private JsonNode seats(UUID contract) {
    return world.api.get("/api/v1/contracts/" + contract + "/seats").json().get("items").get(0);
  }
}
