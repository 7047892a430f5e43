package io.pyra.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The scheduling reports over one centre's quarter ({@link ReportWorld}), each figure worked out
 * here by hand: days times hours, less closures, holidays and leave; a booking split at the month's
 * end on the centre's clock; a cancelled booking and a cancelled session left out; a withdrawn
 * enrolment earning nothing; a month without bookings or sessions; two courses earning the same
 * ordered by code; the files; and a user of another centre seeing nothing of it.
 */
@PyraIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchedulingReportTests {

  private static final String RANGE = "&from=2033-01&to=2033-03";

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  SchedulingFixtures fixtures;
  ReportWorld world;
  ApiClient manager;

  @BeforeAll
  void buildTheQuarter() {
    fixtures = new SchedulingFixtures(orgUnits, users, roles, jdbc, port);
    ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    world = new ReportWorld(fixtures, jdbc, admin);
    manager = fixtures.api(world.manager);
  }

  @Test
  void occupancyIsBookedOverOpenHoursPerMonthOnTheCentresClock() {
    JsonNode report = get(manager, "occupancy");
    // room A: the centre has no hours rows, so 14 hours a day; 10 January closed (the centre),
    // 20 January 08:00–12:00 closed (the region above), 1 February closed (the company)
    int janA = 31 * 14 - 14 - 4;
    int febA = 28 * 14 - 14;
    int marA = 31 * 14;
    // booked: 5 January 09:00–12:00, and 31 January 20:00 to 1 February 02:00 split 4 + 2; the
    // cancelled 8 hours of 6 January do not count
    line(report, "2033-01", "A", 3 + 4, janA, "1.7");
    line(report, "2033-02", "A", 2, febA, "0.5");
    line(report, "2033-03", "A", 0, marA, "0.0");
    // PC set B: its own hours, 7 on each weekday (21, 20 and 23 weekdays); 10 January a Monday,
    // 20 January a Thursday (09:00–12:00 within the holiday), 1 February a Tuesday, its own
    // closure on Monday 7 March
    int janB = 21 * 7 - 7 - 3;
    int febB = (20 - 1) * 7;
    int marB = 23 * 7 - 7;
    line(report, "2033-01", "B", 0, janB, "0.0");
    line(report, "2033-02", "B", 3, febB, "2.3");
    line(report, "2033-03", "B", 0, marB, "0.0");
    // projector C: the centre's hours, closed the whole of March: nothing to divide by
    line(report, "2033-01", "C", 0, janA, "0.0");
    line(report, "2033-02", "C", 0, febA, "0.0");
    line(report, "2033-03", "C", 0, 0, null);
    assertThat(codes(report, "2033-01"))
        .containsExactly(world.codeOf("A"), world.codeOf("B"), world.codeOf("C"));
    total(report, "2033-01", 7, janA + janB + janA);
    total(report, "2033-02", 2 + 3, febA + febB + febA);
    total(report, "2033-03", 0, marA + marB);
    assertThat(report.get("lines").toString()).doesNotContain(world.codeOf("I"));
  }

  @Test
  void instructorsUtilisationCountsTheirOwnHoursLessLeave() {
    JsonNode report = get(manager, "instructor-utilisation");
    // weekdays 10:00–18:00; 10 January closed; leave Monday 17 to Friday 21 January, which holds
    // the region's holiday on the 20th (counted once); 1 February closed
    int jan = 21 * 8 - 8 - 5 * 8;
    line(report, "2033-01", "I", 2, jan, "1.7");
    line(report, "2033-02", "I", 0, (20 - 1) * 8, "0.0");
    line(report, "2033-03", "I", 0, 23 * 8, "0.0");
    assertThat(report.get("lines")).hasSize(3);
  }

  @Test
  void fillRateIsEnrolledOverPlacesPerCourseAndMonth() {
    JsonNode report = get(manager, "fill-rate");
    List<String> january = new ArrayList<>();
    for (JsonNode line : report.get("lines")) {
      if (line.get("month").asString().equals("2033-01")) {
        january.add(
            line.get("courseCode").asString()
                + " "
                + line.get("sessions").asLong()
                + " "
                + line.get("enrolled").asLong()
                + "/"
                + line.get("capacity").asLong()
                + " "
                + line.get("percent").asString());
      }
    }
    // the cancelled session of X on 19 January does not count
    assertThat(january).containsExactly(world.codeX + " 1 3/10 30.0", world.codeY + " 1 2/5 40.0");
    JsonNode totals = report.get("totals");
    assertThat(totals.get(0).get("enrolled").asLong()).isEqualTo(3 + 2);
    assertThat(totals.get(0).get("capacity").asLong()).isEqualTo(10 + 5);
    assertThat(decimal(totals.get(0).get("percent"))).isEqualByComparingTo(percent(5, 15));
    // February: X's session of 8 places with 2 enrolled (the third withdrew)
    assertThat(decimal(totals.get(1).get("percent"))).isEqualByComparingTo("25.0");
    // March has no sessions: no places to divide by
    assertThat(totals.get(2).get("capacity").asLong()).isZero();
    assertThat(totals.get(2).get("percent").isNull()).isTrue();
    assertThat(report.get("sessions")).hasSize(3);
  }

  @Test
  void classRevenueSpreadsTheContractsSeatValuesOverTheSessions() {
    JsonNode report = get(manager, "class-revenue");
    // January: X earns 2 × 100.50 + 50.25, Y 2 × 125.625 — the same; X's code comes first
    BigDecimal x = new BigDecimal("100.50").multiply(BigDecimal.TWO).add(new BigDecimal("50.25"));
    BigDecimal y = new BigDecimal("125.625").multiply(BigDecimal.TWO);
    assertThat(x).isEqualByComparingTo(y);
    JsonNode lines = report.get("lines");
    assertThat(lines.get(0).get("courseCode").asString()).isEqualTo(world.codeX);
    assertThat(lines.get(1).get("courseCode").asString()).isEqualTo(world.codeY);
    assertThat(decimal(lines.get(0).get("amount"))).isEqualByComparingTo(x);
    assertThat(decimal(lines.get(1).get("amount"))).isEqualByComparingTo(y);
    // February: X's two enrolments at 100.50; the withdrawn one at 50.25 earns nothing
    BigDecimal february = new BigDecimal("100.50").multiply(BigDecimal.TWO);
    JsonNode totals = report.get("totals");
    assertThat(decimal(totals.get(0).get("amount"))).isEqualByComparingTo(x.add(y));
    assertThat(totals.get(0).get("enrolments").asLong()).isEqualTo(3 + 2);
    assertThat(decimal(totals.get(1).get("amount"))).isEqualByComparingTo(february);
    assertThat(totals.get(1).get("enrolments").asLong()).isEqualTo(2);
    assertThat(decimal(totals.get(2).get("amount"))).isEqualByComparingTo(BigDecimal.ZERO);
    JsonNode courses = report.get("courses");
    assertThat(courses.get(0).get("courseCode").asString()).isEqualTo(world.codeX);
    assertThat(decimal(courses.get(0).get("amount"))).isEqualByComparingTo(x.add(february));
    assertThat(decimal(courses.get(1).get("amount"))).isEqualByComparingTo(y);
  }

  @Test
  void theCsvFileHoldsTheFiguresTheTableShows() {
    PageClient pages = fixtures.pages(world.manager);
    PageClient.Page file =
        pages.get(
            "/scheduling/reports/export?report=occupancy&format=csv&centre="
                + world.centre.id()
                + RANGE);
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.header("Content-Type")).startsWith("text/csv");
    String csv = file.body();
    int janA = 31 * 14 - 14 - 4;
    assertThat(csv)
        .contains(
            "2033-01,"
                + world.codeOf("A")
                + ",Room A "
                + world.tag
                + ",Lecture room,7.00,"
                + janA
                + ".00,1.7")
        .contains(
            "2033-03," + world.codeOf("C") + ",Projector C " + world.tag + ",Projector,0.00,0.00,—")
        .contains("Month,Booked hours,Available hours,Occupancy %");
    Document page =
        pages
            .get("/scheduling/reports?report=occupancy&centre=" + world.centre.id() + RANGE)
            .document();
    Element row = page.select("#occupancy tr.report-row").first();
    assertThat(row.select("td").eachText())
        .containsExactly(
            "2033-01",
            world.codeOf("A"),
            "Room A " + world.tag,
            "Lecture room",
            "7.00",
            janA + ".00",
            "1.7");
    assertThat(page.select("#report-chart").attr("data-chart")).contains("2033-01");
    PageClient.Page excel =
        pages.get(
            "/scheduling/reports/export?report=class-revenue&format=xlsx&centre="
                + world.centre.id()
                + RANGE);
    assertThat(excel.status()).isEqualTo(200);
    assertThat(excel.header("Content-Type")).contains("spreadsheetml");
  }

  @Test
  void aUserOfAnotherCentreSeesNothingOfThisCentre() {
    var other = fixtures.org().branch("Asia/Shanghai");
    var stranger = fixtures.user(other, "CENTRE_PRINCIPAL");
    ApiClient api = fixtures.api(stranger);
    for (String report :
        List.of("occupancy", "instructor-utilisation", "fill-rate", "class-revenue")) {
      ApiClient.Response answer =
          api.get("/api/v1/scheduling/reports/" + report + "?centre=" + world.centre.id() + RANGE);
      assertThat(answer.status()).as(report).isEqualTo(404);
      assertThat(answer.body()).doesNotContain(world.tag);
    }
    PageClient pages = fixtures.pages(stranger);
    PageClient.Page own = pages.get("/scheduling/reports?report=occupancy" + RANGE);
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.body()).doesNotContain(world.tag).doesNotContain(world.centre.name());
    assertThat(pages.get("/scheduling/reports?centre=" + world.centre.id() + RANGE).status())
        .isEqualTo(404);
    PageClient.Page file =
        pages.get("/scheduling/reports/export?format=csv&centre=" + world.centre.id() + RANGE);
    assertThat(file.status()).isEqualTo(404);
    assertThat(file.body()).doesNotContain(world.tag);
    // the centre's own principal sees the same figures as the manager
    ApiClient principal = fixtures.api(fixtures.user(world.centre, "CENTRE_PRINCIPAL"));
    assertThat(get(principal, "occupancy").get("lines"))
        .isEqualTo(get(manager, "occupancy").get("lines"));
  }

  @Test
  void aBadMonthOrRangeIsA400NamingTheField() {
    String base = "/api/v1/scheduling/reports/occupancy?centre=" + world.centre.id();
    assertField(manager.get(base + "&from=2033-13&to=2033-03"), "from");
    assertField(manager.get(base + "&from=2033-01&to=March"), "to");
    assertField(manager.get(base + "&from=2033-03&to=2033-01"), "to");
    assertField(manager.get(base + "&from=2031-01&to=2033-01"), "to");
    assertThat(manager.get(base + "&from=2031-02&to=2033-01").status()).isEqualTo(200);
  }

  private static void assertField(ApiClient.Response answer, String field) {
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
  }

  private JsonNode get(ApiClient api, String report) {
    ApiClient.Response answer =
        api.get("/api/v1/scheduling/reports/" + report + "?centre=" + world.centre.id() + RANGE);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  private void line(
      JsonNode report, String month, String letter, int booked, int available, String percent) {
    JsonNode found = null;
    for (JsonNode line : report.get("lines")) {
      if (line.get("month").asString().equals(month)
          && line.get("code").asString().equals(world.codeOf(letter))) {
        found = line;
      }
    }
    assertThat(found).as(month + " " + letter).isNotNull();
    assertThat(decimal(found.get("bookedHours"))).isEqualByComparingTo(BigDecimal.valueOf(booked));
    assertThat(decimal(found.get("availableHours")))
        .as(month + " " + letter + " available")
        .isEqualByComparingTo(BigDecimal.valueOf(available));
    if (percent == null) {
      assertThat(found.get("percent").isNull()).isTrue();
    } else {
      assertThat(decimal(found.get("percent"))).isEqualByComparingTo(percent);
      assertThat(decimal(found.get("percent"))).isEqualByComparingTo(percent(booked, available));
    }
  }

  private static void total(JsonNode report, String month, int booked, int available) {
    for (JsonNode total : report.get("totals")) {
      if (total.get("month").asString().equals(month)) {
        assertThat(decimal(total.get("bookedHours")))
            .isEqualByComparingTo(BigDecimal.valueOf(booked));
        assertThat(decimal(total.get("availableHours")))
            .isEqualByComparingTo(BigDecimal.valueOf(available));
        assertThat(decimal(total.get("percent"))).isEqualByComparingTo(percent(booked, available));
        return;
      }
    }
    throw new AssertionError("no total for " + month);
  }

  private List<String> codes(JsonNode report, String month) {
    List<String> codes = new ArrayList<>();
    for (JsonNode line : report.get("lines")) {
      if (line.get("month").asString().equals(month)) {
        codes.add(line.get("code").asString());
      }
    }
    return codes;
  }

  /** A percentage with one decimal, half up: 7 of 416 is 1.68… → 1.7. */
  private static BigDecimal percent(long part, long whole) {
    return BigDecimal.valueOf(part * 1000L)
        .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP)
        .movePointLeft(1);
  }

  private static BigDecimal decimal(JsonNode node) {
    return new BigDecimal(node.asString());
  }
}
