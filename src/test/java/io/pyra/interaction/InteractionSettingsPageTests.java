package io.pyra.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.Scope;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.Role;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The administrator's pages for the contact record types and the follow-up policies. */
@PyraIntegrationTest
class InteractionSettingsPageTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;

  InteractionStaff staff;
  PageClient admin;

  @BeforeEach
  void setUp() {
    staff = new InteractionStaff(orgUnits, users, roles, port);
    admin = staff.adminPages();
  }

  @Test
  void theTypeTreeIsShownAndATypeIsAddedBelowAnotherAndRenamed() {
    Document list = admin.get("/admin/interaction-types").document();
    assertThat(list.select("#type-COURSE_INQUIRY td").first().hasClass("tree-depth-1")).isTrue();
    assertThat(list.select("#type-RETURN_VISIT .return-visit").text()).isEqualTo("Yes");
    assertThat(list.select("#nav-interaction-types")).isNotEmpty();

    Document form = admin.get("/admin/interaction-types/new?parent=INQUIRY").document();
    assertThat(form.select("#parent option[selected]").attr("value")).isEqualTo("INQUIRY");
    String code = "T_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    Map<String, String> fields =
        new HashMap<>(
            Map.of(
                "parent",
                "INQUIRY",
                "code",
                "bad code",
                "nameEn",
                "Timetable inquiry",
                "nameZh",
                "课表咨询",
                "sortOrder",
                "3"));
    assertThat(
            admin
                .post("/admin/interaction-types/new", fields)
                .document()
                .select("#code-error")
                .text())
        .contains("capital letters");
    fields.put("code", code);
    PageClient.Page saved = admin.post("/admin/interaction-types/new", fields);
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    Document after = admin.get("/admin/interaction-types").document();
    assertThat(after.select("#flash-success").text()).contains("Timetable inquiry");
    assertThat(after.select("#type-" + code + " td").first().hasClass("tree-depth-1")).isTrue();

    Document edit = admin.get("/admin/interaction-types/" + code + "/edit").document();
    Map<String, String> change =
        new HashMap<>(
            Map.of(
                "parent",
                "INQUIRY",
                "nameEn",
                "Timetable question",
                "nameZh",
                "课表咨询",
                "sortOrder",
                "3",
                "returnVisit",
                "true",
                "active",
                "true",
                "version",
                edit.select("#version").attr("value")));
    assertThat(admin.post("/admin/interaction-types/" + code + "/edit", change).status())
        .isEqualTo(302);
    assertThat(admin.get("/admin/interaction-types").document().select("#type-" + code).text())
        .contains("Timetable question");
    PageClient.Page stale = admin.post("/admin/interaction-types/" + code + "/edit", change);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.document().select(".alert-danger").text()).contains("changed by someone else");

    PageClient agent = staff.pages(staff.user(staff.branch().id(), "CALL_CENTRE_AGENT"));
    assertThat(agent.get("/admin/interaction-types").status()).isEqualTo(403);
    assertThat(agent.get("/customers").document().select("#nav-interaction-types")).isEmpty();
    assertThat(agent.get("/customers").document().select("#nav-interactions")).isNotEmpty();
  }

  @Test
  void theAdministratorSetsAPolicyForARoleOnThePoliciesPage() {
    Document list = admin.get("/admin/follow-up-policies").document();
    assertThat(list.select("#policy-COURSE_CONSULTANT").text())
        .contains("Course consultant")
        .contains("at most 2 return visit")
        .contains("in 7 day");
    Role role = staff.role("Page tutors", Map.of("interaction.create", Scope.ORG_UNIT));

    Document form = admin.get("/admin/follow-up-policies/new").document();
    assertThat(form.select("#role option[value=" + role.code() + "]")).isNotEmpty();
    assertThat(form.select("#role option[value=COURSE_CONSULTANT]")).isEmpty();
    Map<String, String> fields =
        new HashMap<>(Map.of("role", role.code(), "maxReturnVisits", "many", "periodDays", "14"));
    assertThat(
            admin
                .post("/admin/follow-up-policies/new", fields)
                .document()
                .select("#maxReturnVisits-error")
                .text())
        .contains("whole number");
    fields.put("maxReturnVisits", "3");
    assertThat(admin.post("/admin/follow-up-policies/new", fields).status()).isEqualTo(302);
    Document after = admin.get("/admin/follow-up-policies").document();
    assertThat(after.select("#policy-" + role.code()).text())
        .contains("at most 3")
        .contains("in 14 day");

    Document edit = admin.get("/admin/follow-up-policies/" + role.code() + "/edit").document();
    Map<String, String> change =
        Map.of(
            "maxReturnVisits",
            "4",
            "periodDays",
            "14",
            "version",
            edit.select("#version").attr("value"));
    assertThat(admin.post("/admin/follow-up-policies/" + role.code() + "/edit", change).status())
        .isEqualTo(302);
    assertThat(
            admin
                .get("/admin/follow-up-policies")
                .document()
                .select("#policy-" + role.code())
                .text())
        .contains("at most 4");
    admin.get("/admin/follow-up-policies");
    assertThat(
            admin.post("/admin/follow-up-policies/" + role.code() + "/delete", Map.of()).status())
        .isEqualTo(302);
    assertThat(admin.get("/admin/follow-up-policies").document().select("#policy-" + role.code()))
        .isEmpty();
  }
}
