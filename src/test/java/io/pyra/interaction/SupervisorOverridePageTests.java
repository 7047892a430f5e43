package io.pyra.interaction;

import static io.pyra.interaction.InteractionStaff.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The "manager key": a course consultant refused a return visit by the follow-up policy has their
 * centre principal type their username, password and a reason on the consultant's own form; the
 * record stays the consultant's and names the principal. Wrong or unfit supervisors save nothing.
 */
@PyraIntegrationTest
class SupervisorOverridePageTests {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  InteractionStaff staff;
  OrgUnit branch;
  UserAccount consultant;
  UserAccount principal;
  String customerId;
  PageClient pages;

  @BeforeEach
  void setUp() {
    staff = new InteractionStaff(orgUnits, users, roles, port);
    branch = staff.branch();
    consultant = staff.user(branch.id(), "COURSE_CONSULTANT");
    principal = staff.user(branch.id(), "CENTRE_PRINCIPAL");
    customerId = staff.customer(consultant, null).get("id").asString();
    twoReturnVisits(consultant, customerId);
    pages = staff.pages(consultant);
  }

  @Test
  void thePrincipalOverridesTheConsultantsRefusedReturnVisitOnTheConsultantsForm() {
    Document refused = logThird(pages, Map.of());

    assertThat(refused.select("#record-form .alert-danger").text())
        .contains("Course consultant")
        .contains("at most 2")
        .contains("7 day");
    assertThat(refused.select("#override-box")).isEmpty();
    assertThat(refused.select("#supervisor-override legend").text())
        .isEqualTo("Supervisor override");
    assertThat(refused.select("#supervisor-override input#supervisorUsername")).hasSize(1);
    assertThat(refused.select("#supervisor-override input#supervisorPassword").attr("type"))
        .isEqualTo("password");
    assertThat(refused.select("#supervisor-override input#overrideReason")).hasSize(1);

    PageClient.Page saved =
        pages.post(
            "/customers/" + customerId + "/interactions",
            form(
                "Third call",
                Map.of(
                    "supervisorOverride",
                    "true",
                    "supervisorUsername",
                    principal.username(),
                    "supervisorPassword",
                    InteractionStaff.PASSWORD,
                    "overrideReason",
                    "Exam results came out today")));

    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    Document record = pages.get(path(saved)).document();
    assertThat(record.select("#record-author").text()).isEqualTo("Staff " + consultant.username());
    assertThat(record.select("#record-override").text())
        .contains("Staff " + principal.username())
        .contains("Exam results came out today");
    String id = path(saved).substring("/interactions/".length());
    assertThat(
            jdbc.sql("select author_id from interaction_record where id = ?")
                .param(UUID.fromString(id))
                .query(UUID.class)
                .single())
        .isEqualTo(consultant.id());
    assertThat(
            jdbc.sql(
                    "select changes from platform_audit_entry where record_type = 'interaction_record' "
                        + "and record_id = ?")
                .param(id)
                .query(String.class)
                .single())
        .contains(principal.id().toString())
        .contains("Exam results came out today");
    assertThat(
            jdbc.sql(
                    "select changes from platform_audit_entry where action = 'CREDENTIALS_CONFIRMED' "
                        + "and actor_id = ?")
                .param(principal.id())
                .query(String.class)
                .single())
        .contains("interaction.override")
        .contains(consultant.username());
    assertThat(pages.get("/").status())
        .as("the consultant is still the one signed in")
        .isEqualTo(200);
    assertThat(pages.get("/").document().select("#nav-account").text())
        .contains(consultant.username());
  }

  @Test
  void aWrongPasswordIsNamedAtItsFieldCountsTowardTheSignInThrottleIsAuditedAndSavesNothing() {
    logThird(pages, Map.of());
    long before = count();

    PageClient.Page page =
        pages.post(
            "/customers/" + customerId + "/interactions",
            form(
                "Third call",
                Map.of(
                    "supervisorOverride",
                    "true",
                    "supervisorUsername",
                    principal.username(),
                    "supervisorPassword",
                    "not-the-password",
                    "overrideReason",
                    "Exam results came out")));

    assertThat(page.status()).isEqualTo(200);
    Document form = page.document();
    assertThat(form.select("#supervisorPassword-error").text())
        .isEqualTo("The supervisor's username or password is wrong.");
    assertThat(form.select("#supervisorPassword").hasClass("is-invalid")).isTrue();
    assertThat(form.select("#supervisorPassword").attr("value")).isEmpty();
    assertThat(page.body()).doesNotContain("not-the-password");
    assertThat(form.select("#supervisorUsername").val()).isEqualTo(principal.username());
    assertThat(form.select("#overrideReason").val()).isEqualTo("Exam results came out");
    assertThat(form.select("#record-form .alert-danger").text())
        .as("the policy stays named")
        .contains("Course consultant");
    assertThat(count()).isEqualTo(before);
    assertThat(
            jdbc.sql("select failures from identity_sign_in_throttle where username = ?")
                .param(principal.username().toLowerCase(Locale.ROOT))
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select changes from platform_audit_entry where action = 'SIGN_IN_FAILED' and actor_name = ?")
                .param(principal.username())
                .query(String.class)
                .single())
        .contains("interaction.override");
  }

  @Test
  void repeatedWrongPasswordsLockTheSupervisorsUsernameAsSignInDoes() {
    logThird(pages, Map.of());
    Document last = null;
    for (int i = 0; i < 5; i++) {
      last =
          pages
              .post(
                  "/customers/" + customerId + "/interactions",
                  form(
                      "Third call",
                      Map.of(
                          "supervisorOverride",
                          "true",
                          "supervisorUsername",
                          principal.username(),
                          "supervisorPassword",
                          "wrong-" + i,
                          "overrideReason",
                          "Exam results came out")))
              .document();
    }

    assertThat(last.select("#supervisorPassword-error").text())
        .contains("Too many failed attempts");
    Document locked =
        pages
            .post(
                "/customers/" + customerId + "/interactions",
                form(
                    "Third call",
                    Map.of(
                        "supervisorOverride",
                        "true",
                        "supervisorUsername",
                        principal.username(),
                        "supervisorPassword",
                        InteractionStaff.PASSWORD,
                        "overrideReason",
                        "Exam results came out")))
            .document();
    assertThat(locked.select("#supervisorPassword-error").text())
        .as("even the right password while locked")
        .contains("Too many failed attempts");
    PageClient signIn = new PageClient(port);
    signIn.get("/login");
    assertThat(
            signIn
                .post(
                    "/login",
                    Map.of("username", principal.username(), "password", InteractionStaff.PASSWORD))
                .location())
        .as("the principal's own sign-in is throttled too")
        .contains("error");
  }

  @Test
  void aSupervisorWithoutThePermissionOrBeyondTheirReachIsRefusedByName() {
    UserAccount colleague = staff.user(branch.id(), "COURSE_CONSULTANT");
    OrgUnit otherBranch = staff.branch();
    UserAccount otherPrincipal = staff.user(otherBranch.id(), "CENTRE_PRINCIPAL");
    logThird(pages, Map.of());
    long before = count();

    Document noPermission = supervisedBy(colleague, "Colleague says fine");
    Document beyondReach = supervisedBy(otherPrincipal, "Other centre says fine");
    Document self = supervisedBy(consultant, "I say fine");

    assertThat(noPermission.select("#supervisorUsername-error").text())
        .isEqualTo("Staff " + colleague.username() + " may not override the follow-up policy.");
    assertThat(beyondReach.select("#supervisorUsername-error").text())
        .isEqualTo(
            "Staff "
                + otherPrincipal.username()
                + " may not override the follow-up policy for this customer.");
    assertThat(self.select("#supervisorUsername-error").text())
        .contains("may not override the follow-up policy");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void aMissingReasonUsernameOrPasswordIsNamedAtItsFieldInEnglishAndChinese() {
    logThird(pages, Map.of());
    long before = count();

    Document missing =
        pages
            .post(
                "/customers/" + customerId + "/interactions",
                form(
                    "Third call",
                    Map.of(
                        "supervisorOverride",
                        "true",
                        "supervisorUsername",
                        " ",
                        "supervisorPassword",
                        "",
                        "overrideReason",
                        " ")))
            .document();
    Document noReason =
        pages
            .post(
                "/customers/" + customerId + "/interactions",
                form(
                    "Third call",
                    Map.of(
                        "supervisorOverride",
                        "true",
                        "supervisorUsername",
                        principal.username(),
                        "supervisorPassword",
                        InteractionStaff.PASSWORD,
                        "overrideReason",
                        "")))
            .document();

    assertThat(missing.select("#supervisorUsername-error").text())
        .isEqualTo("Give the supervisor's username.");
    assertThat(missing.select("#supervisorPassword-error").text())
        .isEqualTo("Give the supervisor's password.");
    assertThat(missing.select("#overrideReason-error").text())
        .isEqualTo("Give a reason for the override.");
    assertThat(noReason.select("#overrideReason-error").text())
        .isEqualTo("Give a reason for the override.");
    assertThat(noReason.select("#supervisorPassword-error")).isEmpty();

    UserAccount chinese = staff.userSpeaking("zh-CN", branch.id(), "COURSE_CONSULTANT");
    String theirs = staff.customer(chinese, null).get("id").asString();
    twoReturnVisits(chinese, theirs);
    long theirsBefore = count(theirs);
    PageClient zh = staff.pages(chinese);
    zh.get("/customers/" + theirs + "/interactions/new");
    Document wrong =
        zh.post(
                "/customers/" + theirs + "/interactions",
                form(
                    "Third call",
                    Map.of(
                        "supervisorOverride",
                        "true",
                        "supervisorUsername",
                        principal.username(),
                        "supervisorPassword",
                        "wrong",
                        "overrideReason",
                        "")))
            .document();
    assertThat(wrong.select("#supervisor-override legend").text()).isEqualTo("主管特批");
    assertThat(wrong.select("#supervisorPassword-error").text()).isEqualTo("主管用户名或密码错误。");
    assertThat(wrong.select("#overrideReason-error").text()).isEqualTo("请填写特批理由。");
    assertThat(count()).isEqualTo(before);
    assertThat(count(theirs)).isEqualTo(theirsBefore);
  }

  @Test
  void theCorrectionFormOffersTheSameOverrideWhenAChangeMakesARecordAReturnVisitTooMany() {
    String visitId =
        staff
            .as(consultant)
            .post("/api/v1/interactions", record(customerId, "VISIT", null))
            .json()
            .get("id")
            .asString();
    Document edit = pages.get("/interactions/" + visitId + "/edit").document();
    Map<String, String> fields = new HashMap<>(form("Visit became a return visit", Map.of()));
    fields.put("version", edit.select("#version").val());
    fields.put("occurredAt", edit.select("#occurredAt").val());

    Document refused = pages.post("/interactions/" + visitId, fields).document();
    assertThat(refused.select("#record-form .alert-danger").text()).contains("Course consultant");
    assertThat(refused.select("#supervisor-override")).hasSize(1);
    fields.putAll(
        Map.of(
            "supervisorOverride",
            "true",
            "supervisorUsername",
            principal.username(),
            "supervisorPassword",
            InteractionStaff.PASSWORD,
            "overrideReason",
            "It was a return visit after all"));
    PageClient.Page saved = pages.post("/interactions/" + visitId, fields);

    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    Document record = pages.get("/interactions/" + visitId).document();
    assertThat(record.select("#record-type").text()).isEqualTo("Return visit");
    assertThat(record.select("#record-override").text())
        .contains("Staff " + principal.username())
        .contains("It was a return visit after all");
  }

  private Document supervisedBy(UserAccount supervisor, String reason) {
    return pages
        .post(
            "/customers/" + customerId + "/interactions",
            form(
                "Third call",
                Map.of(
                    "supervisorOverride",
                    "true",
                    "supervisorUsername",
                    supervisor.username(),
                    "supervisorPassword",
                    InteractionStaff.PASSWORD,
                    "overrideReason",
                    reason)))
        .document();
  }

  private Document logThird(PageClient client, Map<String, String> extra) {
    client.get("/customers/" + customerId + "/interactions/new");
    PageClient.Page page =
        client.post("/customers/" + customerId + "/interactions", form("Third call", extra));
    assertThat(page.status()).isEqualTo(200);
    return page.document();
  }

  private void twoReturnVisits(UserAccount user, String id) {
    for (int days = 2; days >= 1; days--) {
      assertThat(
              staff
                  .as(user)
                  .post(
                      "/api/v1/interactions",
                      record(id, "RETURN_VISIT", Instant.now().minus(days, ChronoUnit.DAYS)))
                  .status())
          .isEqualTo(201);
    }
  }

  private static Map<String, String> form(String subject, Map<String, String> extra) {
    Map<String, String> form = new HashMap<>();
    form.put("type", "RETURN_VISIT");
    form.put("channel", "PHONE");
    form.put("direction", "OUTBOUND");
    form.put("subject", subject);
    form.put("notes", "Talked about the results");
    form.put(
        "occurredAt", LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(5).format(LOCAL));
    form.putAll(extra);
    return form;
  }

  private static String path(PageClient.Page page) {
    return page.location().replaceFirst("^https?://[^/]+", "");
  }

  private long count() {
    return count(customerId);
  }

  private long count(String customer) {
    return jdbc.sql("select count(*) from interaction_record where customer_id = ?")
        .param(UUID.fromString(customer))
        .query(Long.class)
        .single();
  }
}
