package io.pyra.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.ArrayList;
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

/**
 * The resource pages without a script: a centre's principal adds a room and an instructor with
 * courses, sets the instructor's hours around lunch and a leave on the centre's clock, sets the
 * centre's hours and a holiday, takes the room out of use; bad input shows the page again (422)
 * with the reason in the user's language and stores nothing; a teacher reads without the forms.
 */
@PyraIntegrationTest
class ResourcePageTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  ResourceStaff staff;
  OrgUnit centre;
  UserAccount principal;
  PageClient pages;

  @BeforeEach
  void setUp() {
    staff = new ResourceStaff(orgUnits, users, roles, jdbc, port);
    centre = staff.org().branch();
    principal = staff.user(centre, "CENTRE_PRINCIPAL");
    pages = staff.pages(principal);
  }

  @Test
  void theInstructorPickerListsOnlyTheUsersOfThePrincipalsCentre() {
    UserAccount ownTeacher = staff.user(centre, "TEACHER");
    UserAccount otherTeacher = staff.user(staff.org().branch(), "TEACHER");

    Document form = pages.get("/resources/new").document();

    List<String> offered = form.select("#userId option").eachAttr("value");
    assertThat(offered).contains(ownTeacher.id().toString());
    assertThat(offered).doesNotContain(otherTeacher.id().toString());
  }

  @Test
  void aPrincipalAddsARoomAndAnInstructorWithHoursLeaveAndCourses() {
    Document form = pages.get("/resources/new").document();
    assertThat(form.select("#kind option")).hasSize(5);

    String roomCode = ResourceStaff.code();
    PageClient.Page room = pages.post("/resources", fields("ROOM", roomCode, "Room 101", "30"));
    assertThat(room.status()).as(room.body()).isEqualTo(302);
    String roomPath = path(room);
    Document roomPage = pages.get(roomPath).document();
    assertThat(roomPage.select("#resource-name").text()).isEqualTo("Room 101");
    assertThat(roomPage.select("#resource-capacity").text()).isEqualTo("30");
    assertThat(roomPage.select("#resource-kind").text()).isEqualTo("Lecture room");
    assertThat(roomPage.select("#hours-table .hours-interval")).hasSize(7);

    UserAccount teacher = staff.user(centre, "TEACHER");
    UUID course = staff.product();
    List<Map.Entry<String, String>> instructor =
        new ArrayList<>(fields("INSTRUCTOR", ResourceStaff.code(), "Ms Wang", "").entrySet());
    instructor.add(Map.entry("userId", teacher.id().toString()));
    instructor.add(Map.entry("skills", "IELTS speaking"));
    instructor.add(Map.entry("courseIds", course.toString()));
    PageClient.Page added = pages.postList("/resources", instructor);
    assertThat(added.status()).as(added.body()).isEqualTo(302);
    String path = path(added);
    Document page = pages.get(path).document();
    assertThat(page.select("#resource-user").text()).isEqualTo(teacher.displayName());
    assertThat(page.select(".resource-course")).hasSize(1);

    Map<String, String> week = new HashMap<>();
    for (int d = 0; d < 7; d++) {
      week.put("days[" + d + "]", "");
    }
    week.put("days[0]", "09:00-12:00, 13:00-18:00");
    assertThat(pages.post(path + "/hours", week).status()).isEqualTo(302);
    Document withHours = pages.get(path).document();
    assertThat(withHours.select("#hours-table tr[data-weekday=1] .hours-interval").eachText())
        .containsExactly("09:00–12:00", "13:00–18:00");
    assertThat(withHours.select("#hours-table .hours-interval")).hasSize(2);

    week.put("days[0]", "09:00-12:00, 11:00-18:00");
    PageClient.Page overlap = pages.post(path + "/hours", week);
    assertThat(overlap.status()).isEqualTo(422);
    assertThat(overlap.body()).contains("Hours: two intervals of one day overlap.");

    Map<String, String> leave = new HashMap<>();
    leave.put("kind", "LEAVE");
    leave.put("startsAt", "2099-07-01T00:00");
    leave.put("endsAt", "2099-07-08T00:00");
    leave.put("reason", "Summer leave");
    assertThat(pages.post(path + "/closures", leave).status()).isEqualTo(302);
    Document withLeave = pages.get(path).document();
    assertThat(withLeave.select(".closure-row")).hasSize(1);
    assertThat(withLeave.select(".closure-row td").eachText())
        .contains("Leave", "2099-07-01 00:00", "2099-07-08 00:00", "Summer leave");

    leave.put("endsAt", "2099-06-30T00:00");
    long closures = staff.closureCount();
    PageClient.Page backwards = pages.post(path + "/closures", leave);
    assertThat(backwards.status()).isEqualTo(422);
    assertThat(backwards.body()).contains("End: it must come after the start.");
    assertThat(staff.closureCount()).isEqualTo(closures);

    // out of use, and back
    assertThat(pages.post(roomPath + "/deactivation", Map.of()).status()).isEqualTo(302);
    assertThat(pages.get(roomPath).document().select("#resource-inactive")).hasSize(1);
  }

  @Test
  void aCentresHoursAndHolidayAreSetOnItsPage() {
    String path = "/resources/centres/" + centre.id();
    Document page = pages.get(path).document();
    assertThat(page.select("#hours-form")).hasSize(1);
    assertThat(page.select("#hours-source").text()).contains("Not its own");
    Map<String, String> week = new HashMap<>();
    for (int d = 0; d < 7; d++) {
      week.put("days[" + d + "]", d < 5 ? "08:30-21:00" : "");
    }
    assertThat(pages.post(path + "/hours", week).status()).isEqualTo(302);
    Document set = pages.get(path).document();
    assertThat(set.select("#hours-table .hours-interval")).hasSize(5);
    assertThat(set.select("#hours-source").text()).contains("Its own hours");

    Map<String, String> holiday = new HashMap<>();
    holiday.put("kind", "HOLIDAY");
    holiday.put("startsAt", "2099-10-01T00:00");
    holiday.put("endsAt", "2099-10-08T00:00");
    holiday.put("reason", "National Day");
    assertThat(pages.post(path + "/closures", holiday).status()).isEqualTo(302);
    assertThat(pages.get(path).document().select(".closure-row")).hasSize(1);
  }

  @Test
  void badInputShowsTheFormAgainInTheUsersLanguageAndATeacherOnlyReads() {
    long before = staff.resourceCount();
    pages.get("/resources/new");
    PageClient.Page noCapacity =
        pages.post("/resources", fields("ROOM", ResourceStaff.code(), "Room", ""));
    assertThat(noCapacity.status()).isEqualTo(422);
    assertThat(noCapacity.document().select("#capacity-error").text())
        .isEqualTo("Capacity: a room needs its number of people, a PC set its number of seats.");
    UserAccount zhPrincipal =
        staff.org().member(centre).roles("CENTRE_PRINCIPAL").speaking("zh-CN").create();
    PageClient chinese = staff.pages(zhPrincipal);
    chinese.get("/resources/new");
    PageClient.Page noName =
        chinese.post("/resources", fields("PC_SET", ResourceStaff.code(), "", "12"));
    assertThat(noName.status()).isEqualTo(422);
    assertThat(noName.document().select("#name-error").text()).isEqualTo("名称：请填写名称。");
    assertThat(staff.resourceCount()).isEqualTo(before);

    UUID id =
        ResourceStaff.add(
            staff.api(principal), ResourceStaff.room(ResourceStaff.code(), centre.id()));
    PageClient teacher = staff.pages(staff.user(centre, "TEACHER"));
    Document read = teacher.get("/resources/" + id).document();
    assertThat(read.select("#resource-name")).hasSize(1);
    assertThat(read.select("#edit-resource")).isEmpty();
    assertThat(read.select("#hours-form")).isEmpty();
    assertThat(teacher.get("/resources/" + id + "/edit").status()).isEqualTo(403);
    assertThat(
            teacher
                .get("/resources?q=" + read.select("#resource-code").text())
                .document()
                .select("#resource-table tbody tr"))
        .hasSize(1);
    PageClient stranger = staff.pages(staff.user(staff.org().branch(), "CENTRE_PRINCIPAL"));
    assertThat(stranger.get("/resources/" + id).status()).isEqualTo(404);
  }

  private Map<String, String> fields(String kind, String code, String name, String capacity) {
    Map<String, String> fields = new HashMap<>();
    fields.put("kind", kind);
    fields.put("code", code);
    fields.put("name", name);
    fields.put("orgUnitId", centre.id().toString());
    fields.put("capacity", capacity);
    return fields;
  }

  private static String path(PageClient.Page page) {
    return page.location().replaceFirst("^https?://[^/]+", "");
  }
}
