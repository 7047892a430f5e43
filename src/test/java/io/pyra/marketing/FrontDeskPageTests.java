package io.pyra.marketing;

import static io.pyra.marketing.AppointmentStaff.at;
import static io.pyra.marketing.AppointmentStaff.booking;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The appointment pages against the whole application: the front desk lands on today's visitors of
 * its centre, each showing who booked it, records an arrival (who received it shows) and a no-show
 * (only once the visit began; the agent gets a call-back task), in English and Chinese; another
 * branch's desk finds nothing; an agent books on a free slot shown by the booking form and is
 * refused on a slot taken meanwhile; a consultant finds their visits of the day on My day.
 */
@PyraIntegrationTest
class FrontDeskPageTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  AppointmentStaff staff;
  String zone;
  OrgUnit centre;
  UserAccount consultant;
  UserAccount desk;
  UserAccount agent;

  @BeforeEach
  void setUp() {
    staff = new AppointmentStaff(orgUnits, users, roles, jdbc, port);
    zone = AppointmentStaff.middayZone();
    centre = staff.org().branch(zone);
    consultant = staff.user(centre, "COURSE_CONSULTANT");
    desk = staff.user(centre, "FRONT_DESK");
    agent = staff.user(staff.org().branch(), "CALL_CENTRE_AGENT");
    staff.hours(centre, LocalTime.of(8, 0), LocalTime.of(20, 0));
  }

  /** A visit booked by the agent a week ahead, then moved to {@code minutes} from now. */
  private UUID visitToday(String name, int hour, long minutes) {
    UUID lead = staff.lead(name, null, "+8613800004444");
    LocalDate later = LocalDate.now(ZoneId.of(zone)).plusDays(7);
    UUID id =
        UUID.fromString(
            staff
                .book(agent, booking(lead, null, centre, consultant, at(later, hour, 0, zone)))
                .json()
                .get("id")
                .asString());
    staff.startsIn(id, minutes);
    return id;
  }

  @Test
  void theFrontDeskRecordsArrivalsAndNoShowsOfTodaysVisitors() {
    UUID coming = visitToday("Visitor Coming", 9, 60);
    UUID missing = visitToday("Visitor Missing", 10, -60);
    PageClient pages = staff.pages(desk);

    Document home = pages.get("/").document();
    assertThat(home.select("#visitors")).as("the front desk lands on its visitors").hasSize(1);
    Document today = pages.get("/front-desk").document();
    assertThat(today.select("#visitor-" + coming + " .booked-by").text())
        .isEqualTo(agent.displayName());
    assertThat(today.select("#visitor-" + coming + " .record-arrival")).hasSize(1);
    assertThat(today.select("#visitor-" + coming + " .record-no-show"))
        .as("no no-show before the visit begins")
        .isEmpty();
    assertThat(today.select("#visitor-" + missing + " .record-no-show")).hasSize(1);

    assertThat(pages.post("/front-desk/" + coming + "/arrival", Map.of()).status()).isEqualTo(302);
    long callBacks = staff.callBacks(agent);
    assertThat(pages.post("/front-desk/" + missing + "/no-show", Map.of()).status()).isEqualTo(302);
    Document after = pages.get("/front-desk").document();
    assertThat(after.select("#visitor-" + coming).attr("data-status")).isEqualTo("ARRIVED");
    assertThat(after.select("#visitor-" + coming + " .received-by").text())
        .isEqualTo(desk.displayName());
    assertThat(after.select("#visitor-" + coming + " .record-arrival")).isEmpty();
    assertThat(after.select("#visitor-" + missing).attr("data-status")).isEqualTo("NO_SHOW");
    assertThat(staff.callBacks(agent)).isEqualTo(callBacks + 1);

    UserAccount chineseDesk =
        staff.org().member(centre).roles("FRONT_DESK").speaking("zh-CN").create();
    Document chinese = staff.pages(chineseDesk).get("/front-desk").document();
    assertThat(chinese.select("h1").text()).isEqualTo("前台");
    assertThat(chinese.select("#visitor-" + coming + " .visitor-status").text()).isEqualTo("已到访");

    PageClient otherDesk = staff.pages(staff.user(staff.org().branch(zone), "FRONT_DESK"));
    assertThat(otherDesk.get("/front-desk").document().select("#visitor-" + coming)).isEmpty();
    otherDesk.get("/front-desk");
    assertThat(otherDesk.post("/front-desk/" + missing + "/arrival", Map.of()).status())
        .isEqualTo(404);

    Document detail = pages.get("/appointments/" + coming).document();
    assertThat(detail.select("#appointment-booked-by").text()).isEqualTo(agent.displayName());
    assertThat(detail.select("#appointment-received-by").text()).isEqualTo(desk.displayName());
    assertThat(detail.select(".appointment-change")).hasSize(2);
  }

  @Test
  void anAgentBooksOnAFreeSlotShownByTheForm() {
    UUID lead = staff.lead("Booked By Form", "form@example.com", null);
    LocalDate day = LocalDate.now(ZoneId.of(zone)).plusDays(3);
    PageClient pages = staff.pages(agent);
    String query = "?centreId=" + centre.id() + "&consultantId=" + consultant.id() + "&date=" + day;
    Document form = pages.get("/appointments/new" + query).document();
    // 08:00 to 20:00 in hours: twelve free slots
    assertThat(form.select("#free-slots .free-slot input")).hasSize(12);
    String slot = at(day, 9, 0, zone).toString();
    assertThat(form.select("#free-slots input[value=" + slot + "]")).hasSize(1);
    PageClient.Page parts =
        pages.get("/appointments/new/parts" + query, Map.of("HX-Request", "true"));
    assertThat(parts.body()).doesNotContain("<html");
    assertThat(parts.document().select(".free-slot")).hasSize(12);

    Map<String, String> fields = new HashMap<>();
    fields.put("leadId", lead.toString());
    fields.put("centreId", centre.id().toString());
    fields.put("consultantId", consultant.id().toString());
    fields.put("date", day.toString());
    fields.put("startsAt", slot);
    PageClient.Page booked = pages.post("/appointments", fields);
    assertThat(booked.status()).as(booked.body()).isEqualTo(302);
    String path = booked.location().replaceFirst("^https?://[^/]+", "");
    Document detail = pages.get(path).document();
    assertThat(detail.select("#appointment-visitor").text()).contains("Booked By Form");
    assertThat(detail.select("#appointment-booked-by").text()).isEqualTo(agent.displayName());
    assertThat(pages.get("/appointments/new" + query).document().select("#free-slots .free-slot"))
        .hasSize(11);

    pages.get("/appointments/new" + query);
    PageClient.Page taken = pages.post("/appointments", fields);
    assertThat(taken.status()).isEqualTo(422);
    assertThat(taken.document().select("#startsAt-error").text()).contains("already has a visit");
    Instant past = Instant.now().minusSeconds(7200);
    fields.put("startsAt", past.toString());
    pages.get("/appointments/new" + query);
    PageClient.Page late = pages.post("/appointments", fields);
    assertThat(late.status()).isEqualTo(422);
    assertThat(late.document().select("#startsAt-error").text()).contains("has passed");
  }

  @Test
  void aConsultantFindsTheVisitsOfTheDayOnMyDay() {
    UUID visit = visitToday("Visitor Of The Day", 11, 30);
    Document myDay = staff.pages(consultant).get("/my-day").document();
    assertThat(myDay.select("#my-visits .my-day-entry").text()).contains("Visitor Of The Day");
    assertThat(myDay.select("#my-visits a").attr("href")).endsWith("/appointments/" + visit);
    assertThat(staff.pages(desk).get("/my-day").document().select("#my-visits")).isEmpty();
  }
}
