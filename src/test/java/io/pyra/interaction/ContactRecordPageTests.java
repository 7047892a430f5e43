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
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@PyraIntegrationTest
class ContactRecordPageTests {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  InteractionStaff staff;
  OrgUnit branch;
  UserAccount agent;
  PageClient pages;
  JsonNode customer;
  String customerId;

  @BeforeEach
  void setUp() {
    staff = new InteractionStaff(orgUnits, users, roles, port);
    branch = staff.branch();
    agent = staff.user(branch.id(), "CALL_CENTRE_AGENT");
    pages = staff.pages(agent);
    customer = staff.customer(agent, null);
    customerId = customer.get("id").asString();
  }

  @Test
  void aContactIsLoggedFromTheCustomersPageAndItsPageOffersAFollowUpTask() {
    Document detail = pages.get("/customers/" + customerId).document();
    assertThat(detail.select("section#contacts-log [hx-get]").attr("hx-get"))
        .isEqualTo("/customers/" + customerId + "/interactions/panel");
    Document panel = panel();
    assertThat(panel.select("a.log-contact").attr("href"))
        .isEqualTo("/customers/" + customerId + "/interactions/new");
    assertThat(panel.select(".no-contacts")).isNotEmpty();

    Document form = pages.get("/customers/" + customerId + "/interactions/new").document();
    assertThat(form.select("#type option[value=COURSE_INQUIRY]").text()).contains("Course inquiry");
    assertThat(form.select("#occurredAt").attr("value")).isNotBlank();
    String subject = InteractionStaff.unique("Asked about IELTS");
    PageClient.Page saved =
        pages.post("/customers/" + customerId + "/interactions", form(subject, "COURSE_INQUIRY"));

    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    String path = saved.location().replaceFirst("^https?://[^/]+", "");
    assertThat(path).startsWith("/interactions/");
    String recordId = path.substring("/interactions/".length());
    Document page = pages.get(path).document();
    assertThat(page.select("#flash-success").text()).contains("logged");
    assertThat(page.select("#record-subject").text()).isEqualTo(subject);
    assertThat(page.select("#record-type").text()).isEqualTo("Course inquiry");
    assertThat(page.select("#record-author").text()).isEqualTo("Staff " + agent.username());
    assertThat(page.select("#create-follow-up-task").attr("href"))
        .isEqualTo("/tasks/new?customerId=" + customerId + "&recordId=" + recordId);
    assertThat(page.select("#edit-record")).isNotEmpty();
    assertThat(panel().select(".contact-record").text()).contains(subject);
  }

  @Test
  void badInputIsShownNextToItsFieldAndNothingIsSaved() {
    pages.get("/customers/" + customerId + "/interactions/new");
    long before = count();
    Map<String, String> form = form(" ", "ORDER");
    form.put("occurredAt", LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(3).format(LOCAL));

    PageClient.Page page = pages.post("/customers/" + customerId + "/interactions", form);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.document().select("#subject-error").text()).contains("subject is required");
    assertThat(page.document().select("#occurredAt-error").text())
        .contains("at most one day in the future");
    Map<String, String> typed = form("Duration typo", "ORDER");
    typed.put("durationMinutes", "ten");
    assertThat(
            pages
                .post("/customers/" + customerId + "/interactions", typed)
                .document()
                .select("#durationMinutes-error")
                .text())
        .contains("whole number");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void thePolicyRefusalNamesThePolicyAndOnlyAnOverrideHolderMayOverride() {
    UserAccount consultant = staff.user(branch.id(), "COURSE_CONSULTANT");
    String own = staff.customer(consultant, null).get("id").asString();
    twoReturnVisits(consultant, own);
    PageClient consultantPages = staff.pages(consultant);
    consultantPages.get("/customers/" + own + "/interactions/new");

    Document refused =
        consultantPages
            .post("/customers/" + own + "/interactions", form("Third call", "RETURN_VISIT"))
            .document();

    assertThat(refused.select(".alert-danger").text())
        .contains("Course consultant")
        .contains("at most 2")
        .contains("7 day");
    assertThat(refused.select("#override-box")).isEmpty();
    assertThat(refused.select("#supervisor-override"))
        .as("a supervisor may override on this form")
        .hasSize(1);

    UserAccount principal = staff.user(branch.id(), "CENTRE_PRINCIPAL", "COURSE_CONSULTANT");
    String theirs = staff.customer(principal, null).get("id").asString();
    twoReturnVisits(principal, theirs);
    PageClient principalPages = staff.pages(principal);
    principalPages.get("/customers/" + theirs + "/interactions/new");
    Document again =
        principalPages
            .post("/customers/" + theirs + "/interactions", form("Third call", "RETURN_VISIT"))
            .document();
    assertThat(again.select(".alert-danger").text()).contains("Course consultant");
    assertThat(again.select("#override-box")).isNotEmpty();
    assertThat(again.select("#supervisor-override")).as("they may override themselves").isEmpty();
    Map<String, String> override = form("Third call", "RETURN_VISIT");
    override.put("override", "true");
    override.put("overrideReason", "Exam results came out");
    PageClient.Page saved = principalPages.post("/customers/" + theirs + "/interactions", override);
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    assertThat(
            principalPages
                .get(saved.location().replaceFirst("^https?://[^/]+", ""))
                .document()
                .select("#record-override")
                .text())
        .contains("Exam results came out")
        .contains(principal.username());
  }

  @Test
  void theAuthorCorrectsWithinADayOthersAndLateEditsAreRefusedAndAStaleFormSaysSo() {
    JsonNode created =
        staff
            .as(agent)
            .post("/api/v1/interactions", record(customerId, "HELP_REQUEST", null))
            .json();
    String id = created.get("id").asString();
    Document edit = pages.get("/interactions/" + id + "/edit").document();
    assertThat(edit.select("#subject").attr("value")).isEqualTo(created.get("subject").asString());
    Map<String, String> form = form("Corrected subject", "HELP_REQUEST");
    form.put("version", edit.select("#version").attr("value"));

    PageClient.Page saved = pages.post("/interactions/" + id, form);
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    assertThat(pages.get("/interactions/" + id).document().select("#record-subject").text())
        .isEqualTo("Corrected subject");
    PageClient.Page stale = pages.post("/interactions/" + id, form);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.document().select(".alert-danger").text()).contains("changed by someone else");

    PageClient colleague = staff.pages(staff.user(branch.id(), "CALL_CENTRE_AGENT"));
    assertThat(colleague.get("/interactions/" + id).document().select("#edit-record")).isEmpty();
    PageClient.Page refused = colleague.get("/interactions/" + id + "/edit");
    assertThat(refused.status()).isEqualTo(302);
    assertThat(colleague.get("/interactions/" + id).document().select("#flash-error").text())
        .contains("Only the author");

    jdbc.sql("update interaction_record set created_at = ? where id = ?")
        .param(Instant.now().minus(2, ChronoUnit.DAYS).atOffset(java.time.ZoneOffset.UTC))
        .param(UUID.fromString(id))
        .update();
    assertThat(pages.get("/interactions/" + id).document().select("#edit-record")).isEmpty();
    pages.get("/interactions/" + id + "/edit");
    assertThat(pages.get("/interactions/" + id).document().select("#flash-error").text())
        .contains("24 hours");
    PageClient outsider = staff.pages(staff.user(staff.branch().id(), "CALL_CENTRE_AGENT"));
    assertThat(outsider.get("/interactions/" + id).status()).isEqualTo(404);
  }

  @Test
  void theKnownCallerCardAndTheListShowTheContactRecords() {
    String phone = InteractionStaff.mobile();
    String callerId = staff.customer(agent, phone).get("id").asString();
    JsonNode logged =
        staff
            .as(agent)
            .post("/api/v1/interactions", record(callerId, "PRICE_INQUIRY", null))
            .json();

    Document card = pages.get("/lookup?phone=" + phone).document();
    // one customer found: the card's panels are asked to take the focus (the call-log form does)
    assertThat(card.select("#contacts-log-" + callerId + " [hx-get]").attr("hx-get"))
        .isEqualTo("/customers/" + callerId + "/interactions/panel?focus=true");

    String code = staff.admin().get("/api/v1/customers/" + callerId).json().get("code").asString();
    Document list = pages.get("/interactions?customer=" + code + "&type=INQUIRY").document();
    assertThat(list.select(".record-subject").text()).isEqualTo(logged.get("subject").asString());
    assertThat(
            pages
                .get("/interactions?customer=" + code + "&type=COMPLAINT")
                .document()
                .select("#no-records"))
        .isNotEmpty();
    PageClient.Page fragment =
        pages.get("/interactions?customer=" + code, Map.of("HX-Request", "true"));
    assertThat(fragment.document().select("#results")).isNotEmpty();
    assertThat(fragment.document().select("nav.navbar")).isEmpty();
    assertThat(pages.get("/interactions?from=yesterday").document().select("#filter-error").text())
        .contains("not a date");
  }

  private Document panel() {
    return pages
        .get("/customers/" + customerId + "/interactions/panel", Map.of("HX-Request", "true"))
        .document();
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

  private static Map<String, String> form(String subject, String type) {
    Map<String, String> form = new HashMap<>();
    form.put("type", type);
    form.put("channel", "PHONE");
    form.put("direction", "INBOUND");
    form.put("subject", subject);
    form.put("notes", "Notes from the page");
    form.put("durationMinutes", "8");
    form.put(
        "occurredAt", LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(5).format(LOCAL));
    return form;
  }

  private long count() {
    return jdbc.sql("select count(*) from interaction_record").query(Long.class).single();
  }
}
