package io.pyra.scheduling.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.scheduling.SessionFixtures.Line;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Attendance: a teacher of the centre records present, late and absent (with a note) against the
 * session's ETag (428 without, 412 when stale, a bad mark a 422 naming it, nothing changed); each
 * customer's timeline shows the class with their attendance, and their learning history lists the
 * sessions they were enrolled in with it, in English and Chinese.
 */
@PyraIntegrationTest
class AttendanceTests {

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
  void aTeacherRecordsAttendanceThatTheTimelineAndTheLearningHistoryShow() {
    UUID wang = world.customer("Wang Wei");
    UUID zhou = world.customer("Zhou Min");
    UUID lin = world.customer("Lin Tao");
    String session = world.session(10, 5);
    String afternoon = world.session(14, 5);
    String[] enrolments = new String[3];
    UUID[] customers = {wang, zhou, lin};
    for (int i = 0; i < 3; i++) {
      UUID contract =
          world.sales.contract(customers[i], world.staff, new Line(world.course, 4, "4000"));
      enrolments[i] = world.enrol(session, customers[i], contract).json().get("id").asString();
      if (i == 0) {
        assertThat(world.enrol(afternoon, wang, contract).status()).isEqualTo(201);
      }
    }
    ApiClient teacher = world.scheduling.api(world.scheduling.user(world.centre, "TEACHER"));
    String etag = teacher.get("/api/v1/sessions/" + session).header("ETag");
    Map<String, Object> marks =
        Map.of(
            "marks",
            List.of(
                mark(enrolments[0], "PRESENT", null),
                mark(enrolments[1], "LATE", "Bus was late"),
                mark(enrolments[2], "ABSENT", null)));

    assertThat(teacher.put("/api/v1/sessions/" + session + "/attendance", marks).status())
        .isEqualTo(428);
    Map<String, Object> broken =
        Map.of(
            "marks",
            List.of(
                mark(enrolments[0], null, null), mark(UUID.randomUUID().toString(), "LATE", null)));
    assertThat(
            teacher
                .put("/api/v1/sessions/" + session + "/attendance", broken, etag)
                .refusedFields())
        .containsEntry("marks[0].attendance", "required")
        .containsEntry("marks[1].enrolmentId", "unknown");
    ApiClient.Response recorded =
        teacher.put("/api/v1/sessions/" + session + "/attendance", marks, etag);
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
    assertThat(teacher.put("/api/v1/sessions/" + session + "/attendance", marks, etag).status())
        .isEqualTo(412);
    JsonNode items = recorded.json().get("items");
    Map<String, String> byCustomer = new HashMap<>();
    items.forEach(
        e -> byCustomer.put(e.get("customerName").asString(), e.get("attendance").asString()));
    assertThat(byCustomer)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("Wang Wei", "PRESENT", "Zhou Min", "LATE", "Lin Tao", "ABSENT"));

    // the customer's timeline: the class and how they attended
    JsonNode timeline =
        world.api.get("/api/v1/customers/" + zhou + "/timeline?kinds=class").json().get("items");
    assertThat(timeline).hasSize(1);
    assertThat(timeline.get(0).get("title").asString())
        .isEqualTo("Class " + world.courseName + ": Late");
    assertThat(timeline.get(0).get("url").asString()).isEqualTo("/customers/" + zhou + "/learning");

    // the learning history: both of Wang's sessions, the later first; only the first recorded
    PageClient pages = world.scheduling.pages(world.staff);
    Document learning = pages.get("/customers/" + wang + "/learning").document();
    assertThat(learning.select("#learning-table tbody tr")).hasSize(2);
    assertThat(learning.select("#lesson-" + afternoon + " .lesson-attendance").text())
        .isEqualTo("Not recorded");
    assertThat(learning.select("#lesson-" + session + " .lesson-attendance").text())
        .isEqualTo("Present");
    Document chinese = world.chinesePages().get("/customers/" + zhou + "/learning").document();
    assertThat(chinese.select("#lesson-" + session + " .lesson-attendance").text()).isEqualTo("迟到");
    assertThat(chinese.select("h1").text()).startsWith("学习记录");

    // the customer page lists the learning panel; the panel the latest classes and a link to all
    Document customerPage = pages.get("/customers/" + wang).document();
    assertThat(customerPage.select("[hx-get=\"/customers/" + wang + "/learning/panel\"]"))
        .hasSize(1);
    Document panel = pages.get("/customers/" + wang + "/learning/panel").document();
    assertThat(panel.select("#learning-panel-list li").eachAttr("id"))
        .containsExactly("learning-panel-" + afternoon, "learning-panel-" + session);
    assertThat(panel.select("#learning-panel-" + session + " .lesson-attendance").text())
        .isEqualTo("Present");
    assertThat(panel.select("#learning-panel-all").attr("href"))
        .isEqualTo("/customers/" + wang + "/learning");
    assertThat(panel.select("#learning-panel-all").text()).isEqualTo("All classes (2)");
    Document chinesePanel =
        world.chinesePages().get("/customers/" + zhou + "/learning/panel").document();
    assertThat(chinesePanel.select("#learning-panel-all").text()).isEqualTo("全部课节（1）");
  }

  private static Map<String, Object> mark(String enrolment, String attendance, String note) {
    Map<String, Object> mark = new HashMap<>();
    mark.put("enrolmentId", enrolment);
    mark.put("attendance", attendance);
    mark.put("note", note);
    return mark;
  }
}
