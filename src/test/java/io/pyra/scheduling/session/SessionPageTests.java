package io.pyra.scheduling.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.scheduling.SessionFixtures;
import io.pyra.scheduling.SessionFixtures.Line;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.net.URI;
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
 * The session pages as staff use them, in English and Chinese: scheduling a session from the form
 * (a capacity over the room refused on the form), the list, enrolling a customer by code on a
 * contract by number (the roster and the contract's seats used and remaining), recording the
 * roster's attendance, withdrawing an enrolment, and a refusal shown in the user's language.
 */
@PyraIntegrationTest
class SessionPageTests {

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
  void staffScheduleEnrolRecordAndWithdrawFromThePages() {
    PageClient pages = world.scheduling.pages(world.staff);
    Document form = pages.get("/sessions/new?centre=" + world.centre.id()).document();
    assertThat(form.select("#session-room option").eachAttr("value"))
        .contains(world.room.toString());
    assertThat(form.select("#session-course option").eachAttr("value"))
        .contains(world.course.toString());

    Map<String, String> fields = sessionForm(world.day.toString(), "21");
    PageClient.Page refused = pages.post("/sessions", fields);
    assertThat(refused.status()).isEqualTo(302);
    Document again =
        pages
            .get(URI.create(refused.location()).getPath() + "?centre=" + world.centre.id())
            .document();
    assertThat(again.select("#form-errors").text())
        .contains("The capacity is more than the room takes (20 people).");

    fields.put("capacity", "3");
    PageClient.Page scheduled = pages.post("/sessions", fields);
    assertThat(scheduled.status()).isEqualTo(302);
    String path = URI.create(scheduled.location()).getPath();
    assertThat(path).startsWith("/sessions/");
    String session = path.substring("/sessions/".length());
    Document detail = pages.get(path).document();
    assertThat(detail.select("#session-course").text()).isEqualTo(world.courseName);
    assertThat(detail.select("#session-places").text()).isEqualTo("0 / 3");
    assertThat(detail.select("#session-time").text()).startsWith(world.day + " 10:00–12:00");
    assertThat(detail.select("#roster-empty")).hasSize(1);

    Document list =
        pages.get("/sessions?centre=" + world.centre.id() + "&from=" + world.day).document();
    assertThat(list.select("#session-" + session + " .session-places").text()).isEqualTo("0 / 3");

    UUID customer = world.customer("Guo Jing");
    UUID contract = world.sales.contract(customer, world.staff, new Line(world.course, 2, "1800"));
    String code = world.api.get("/api/v1/customers/" + customer).json().get("code").asString();
    // the enrol form's customer picker offers the customer as its name is typed, by code
    assertThat(detail.select("#enrol-customer").attr("list")).isEqualTo("enrol-customer-options");
    Document options = pages.get("/sessions/customer-options?customerCode=Guo%20Jin").document();
    assertThat(options.select("option").eachAttr("value")).containsExactly(code);
    assertThat(options.select("option").text()).isEqualTo("Guo Jing (" + code + ")");
    assertThat(pages.get("/sessions/customer-options?customerCode=").document().select("option"))
        .isEmpty();
    pages.get(path);
    PageClient.Page enrolled =
        pages.post(
            path + "/enrolments",
            Map.of(
                "customerCode",
                code,
                "contractNumber",
                SessionFixtures.number(contract).toLowerCase(java.util.Locale.ROOT)));
    assertThat(enrolled.status()).isEqualTo(302);
    detail = pages.get(path).document();
    assertThat(detail.select(".alert-success").text()).contains("The customer is enrolled.");
    assertThat(detail.select(".enrolment-customer").eachText()).containsExactly("Guo Jing");
    assertThat(detail.select("#session-places").text()).isEqualTo("1 / 3");
    assertThat(detail.select("#seats-" + contract + " .seats-seats").text()).isEqualTo("2");
    assertThat(detail.select("#seats-" + contract + " .seats-used").text()).isEqualTo("1");
    assertThat(detail.select("#seats-" + contract + " .seats-remaining").text()).isEqualTo("1");

    // the same customer again: refused, in Chinese for a Chinese reader
    PageClient chinese = world.chinesePages();
    chinese.get(path);
    chinese.post(
        path + "/enrolments",
        Map.of("customerCode", code, "contractNumber", SessionFixtures.number(contract)));
    Document zh = chinese.get(path).document();
    assertThat(zh.select("#form-errors").text()).contains("该客户已报名此课节。");
    assertThat(zh.select("#roster h2").text()).isEqualTo("名单");

    String enrolment =
        detail.select("#roster-table tbody tr").attr("id").substring("enrolment-".length());
    PageClient.Page recorded =
        pages.post(
            path + "/attendance",
            Map.of(
                "version",
                detail.select("#attendance-form input[name=version]").val(),
                "attendance-" + enrolment,
                "LATE",
                "note-" + enrolment,
                "Traffic"));
    assertThat(recorded.status()).isEqualTo(302);
    detail = pages.get(path).document();
    assertThat(detail.select(".alert-success").text()).contains("Attendance is saved.");
    assertThat(detail.select(".enrolment-attendance option[selected]").val()).isEqualTo("LATE");
    assertThat(detail.select(".enrolment-withdraw")).isEmpty();

    // a second customer enrolled and withdrawn: the seat is free again
    UUID other = world.customer("Huang Rong");
    UUID otherContract = world.sales.contract(other, world.staff, new Line(world.course, 1, "900"));
    String otherCode = world.api.get("/api/v1/customers/" + other).json().get("code").asString();
    pages.post(
        path + "/enrolments",
        Map.of("customerCode", otherCode, "contractNumber", SessionFixtures.number(otherContract)));
    detail = pages.get(path).document();
    assertThat(detail.select("#seats-" + otherContract + " .seats-remaining").text())
        .isEqualTo("0");
    String withdrawAction = detail.select(".enrolment-withdraw").attr("formaction");
    assertThat(pages.post(withdrawAction, Map.of()).status()).isEqualTo(302);
    detail = pages.get(path).document();
    assertThat(detail.select(".alert-success").text()).contains("The enrolment is withdrawn");
    assertThat(detail.select(".enrolment-customer").eachText()).containsExactly("Guo Jing");
    assertThat(detail.select("#session-places").text()).isEqualTo("1 / 3");
  }

  @Test
  void theListAndTheFormSpeakChinese() {
    world.session(10, 4);
    PageClient pages = world.chinesePages();
    Document list =
        pages.get("/sessions?centre=" + world.centre.id() + "&from=" + world.day).document();
    assertThat(list.select("h1").text()).isEqualTo("课程");
    assertThat(list.select("#session-table td").eachText()).contains("小组课", "0 / 4");
    Document form = pages.get("/sessions/new?centre=" + world.centre.id()).document();
    assertThat(form.select("h1").text()).isEqualTo("安排课节");
    assertThat(
            world
                .scheduling
                .pages(world.scheduling.user(world.centre, "TEACHER"))
                .get("/sessions/new")
                .status())
        .isEqualTo(403);
  }

  private Map<String, String> sessionForm(String day, String capacity) {
    Map<String, String> fields = new HashMap<>();
    fields.put("centre", world.centre.id().toString());
    fields.put("productId", world.course.toString());
    fields.put("date", day);
    fields.put("startTime", "10:00");
    fields.put("endTime", "12:00");
    fields.put("roomId", world.room.toString());
    fields.put("pcSetId", "");
    fields.put("projectorId", world.projector.toString());
    fields.put("instructorId", world.instructor.toString());
    fields.put("capacity", capacity);
    fields.put("setupProfileId", "");
    fields.put("customerCode", "");
    fields.put("contractNumber", "");
    return fields;
  }
}
