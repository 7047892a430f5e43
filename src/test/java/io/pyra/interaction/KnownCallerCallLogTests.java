package io.pyra.interaction;

import static io.pyra.interaction.InteractionStaff.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.interaction.type.InteractionTypeService;
import io.pyra.interaction.type.TypeNode;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The call logged on the known-caller card (type preselected as the agent's usual one, subject,
 * notes, save; then the follow-up task in one click), and a caller who is a customer the agent may
 * not open: named by its owning branch only, with "Request access" and "Notify the owner", each
 * telling the owner once however often it is clicked.
 */
@PyraIntegrationTest
class KnownCallerCallLogTests {

  private static final Map<String, String> HTMX = Map.of("HX-Request", "true");

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired InteractionTypeService types;

  InteractionStaff staff;
  OrgUnit branch;
  UserAccount agent;
  String phone;
  JsonNode customer;
  String customerId;

  @BeforeEach
  void setUp() {
    staff = new InteractionStaff(orgUnits, users, roles, port);
    branch = staff.branch();
    agent = staff.user(branch.id(), "CALL_CENTRE_AGENT");
    phone = InteractionStaff.mobile();
    customer = staff.customer(agent, phone);
    customerId = customer.get("id").asString();
  }

  @Test
  void theCardsFormPreselectsTheTypeTheAgentLogsMostOften() {
    ApiClient api = staff.as(agent);
    for (String type : List.of("COMPLAINT", "ORDER", "COMPLAINT", "PRICE_INQUIRY")) {
      assertThat(api.post("/api/v1/interactions", record(customerId, type, null)).status())
          .isEqualTo(201);
    }
    PageClient pages = staff.pages(agent);

    Document form = pages.get("/customers/" + customerId + "/call-log?focus=true", HTMX).document();

    assertThat(form.select("select.call-type option[selected]").attr("value"))
        .isEqualTo("COMPLAINT");
    assertThat(form.select("input.call-subject").hasAttr("autofocus")).isTrue();
    // a colleague who has logged nothing gets the first type of the catalogue
    UserAccount newcomer = staff.user(branch.id(), "CALL_CENTRE_AGENT");
    String first =
        types.tree().stream().filter(TypeNode::usable).findFirst().orElseThrow().type().code();
    Document theirs =
        staff.pages(newcomer).get("/customers/" + customerId + "/call-log", HTMX).document();
    assertThat(theirs.select("select.call-type option[selected]").attr("value")).isEqualTo(first);
    assertThat(theirs.select("input.call-subject").hasAttr("autofocus")).isFalse();
  }

  @Test
  void theLookupPageHoldsTheCallLogFormOnTheCardWithNoMadeUpValues() {
    Document page = staff.pages(agent).get("/lookup?phone=" + phone).document();

    assertThat(page.select("#lookup-phone").hasAttr("autofocus")).isFalse();
    assertThat(page.select("#call-log-" + customerId + " [hx-get]").attr("hx-get"))
        .isEqualTo("/customers/" + customerId + "/call-log?focus=true");
    assertThat(page.select(".card-tier")).as("no value.read: no tier").isEmpty();
    assertThat(page.select(".card-grade")).as("no value.read: no grade").isEmpty();
    assertThat(page.select(".card-revenue").text()).isEqualTo("—");
    assertThat(page.select(".card-open-cases").text()).isEqualTo("—");
    assertThat(
            staff
                .pages(agent)
                .get("/lookup")
                .document()
                .select("#lookup-phone")
                .hasAttr("autofocus"))
        .isTrue();
  }

  @Test
  void aCallSavedOnTheCardIsAContactRecordOfThePhoneAndTheFollowUpIsOneClick() {
    PageClient pages = staff.pages(agent);
    pages.get("/lookup?phone=" + phone);
    String subject = InteractionStaff.unique("Asked about the autumn term");

    PageClient.Page saved =
        pages.post(
            "/customers/" + customerId + "/call-log",
            Map.of("type", "ORDER", "subject", subject, "notes", "Wants the brochure."));

    assertThat(saved.status()).isEqualTo(200);
    assertThat(saved.header("HX-Trigger")).isEqualTo("pyra-record-logged");
    Document logged = saved.document();
    assertThat(logged.select(".call-logged-subject").text()).isEqualTo(subject);
    assertThat(logged.select(".call-logged-type").text()).isEqualTo("Order");
    JsonNode records =
        staff.as(agent).get("/api/v1/interactions?customerId=" + customerId).json().get("items");
    assertThat(records.size()).isEqualTo(1);
    JsonNode call = records.get(0);
    assertThat(call.get("subject").asString()).isEqualTo(subject);
    assertThat(call.get("type").asString()).isEqualTo("ORDER");
    assertThat(call.get("channel").asString()).isEqualTo("PHONE");
    assertThat(call.get("direction").asString()).isEqualTo("INBOUND");
    assertThat(call.get("notes").asString()).isEqualTo("Wants the brochure.");

    String followUp = logged.select("form:has(.call-follow-up)").attr("action");
    Document created = pages.post(followUp, Map.of()).document();

    assertThat(created.select(".call-follow-up-created").text()).contains(subject);
    JsonNode tasks =
        staff.as(agent).get("/api/v1/tasks?customerId=" + customerId).json().get("items");
    assertThat(tasks.size()).isEqualTo(1);
    JsonNode task = tasks.get(0);
    assertThat(task.get("assigneeId").asString()).isEqualTo(agent.id().toString());
    assertThat(task.get("recordId").asString()).isEqualTo(call.get("id").asString());
    assertThat(task.get("type").asString()).isEqualTo("CALL_BACK");
    ZoneId zone = branch.timeZone();
    LocalDate day = LocalDate.now(zone).plusDays(1);
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    assertThat(Instant.parse(task.get("dueAt").asString()))
        .isEqualTo(day.atTime(LocalTime.of(17, 0)).atZone(zone).toInstant());
  }

  @Test
  void badInputShowsTheFieldsMessagesInTheFormAndWritesNothing() {
    PageClient pages = staff.pages(agent);
    pages.get("/lookup?phone=" + phone);

    PageClient.Page noSubject =
        pages.post(
            "/customers/" + customerId + "/call-log", Map.of("type", "ORDER", "subject", ""));
    PageClient.Page unknownType =
        pages.post(
            "/customers/" + customerId + "/call-log",
            Map.of("type", "NO_SUCH_TYPE", "subject", "Hello"));
    PageClient.Page tooLong =
        pages.post(
            "/customers/" + customerId + "/call-log",
            Map.of("type", "ORDER", "subject", "x".repeat(301)));

    assertThat(noSubject.status()).isEqualTo(200);
    assertThat(noSubject.document().select(".call-subject-error").text()).isNotBlank();
    assertThat(noSubject.document().select("input.call-subject.is-invalid")).hasSize(1);
    assertThat(unknownType.status()).isEqualTo(200);
    assertThat(unknownType.document().select(".call-type-error").text()).contains("NO_SUCH_TYPE");
    assertThat(tooLong.status()).isEqualTo(200);
    assertThat(tooLong.document().select(".call-subject-error").text()).contains("300");
    assertThat(
            staff
                .as(agent)
                .get("/api/v1/interactions?customerId=" + customerId)
                .json()
                .get("items")
                .size())
        .isZero();
  }

  @Test
  void aPostWithoutTheCsrfTokenIsRefusedAndWritesNothing() {
    PageClient pages = staff.pages(agent);
    pages.get("/lookup?phone=" + phone);

    PageClient.Page refused =
        pages.postRaw(
            "/customers/" + customerId + "/call-log", Map.of("type", "ORDER", "subject", "Hi"));
    PageClient.Page accessRefused =
        pages.postRaw("/lookup/access-requests", Map.of("phone", phone, "kind", "REQUEST_ACCESS"));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(accessRefused.status()).isEqualTo(403);
    assertThat(
            staff
                .as(agent)
                .get("/api/v1/interactions?customerId=" + customerId)
                .json()
                .get("items")
                .size())
        .isZero();
  }

  @Test
  void anAgentOfAnotherBranchLearnsOnlyTheOwningBranch() {
    OrgUnit other = staff.branch();
    UserAccount stranger = staff.user(other.id(), "CALL_CENTRE_AGENT");
    String name = customer.get("name").asString();
    String code = customer.get("code").asString();

    PageClient.Page page = staff.pages(stranger).get("/lookup?phone=" + phone);
    ApiClient.Response api = staff.as(stranger).get("/api/v1/customers/lookup?phone=" + phone);

    Document doc = page.document();
    assertThat(doc.select("#lookup-out-of-scope-text").text())
        .isEqualTo(
            "This number belongs to a customer you cannot open, owned by " + branch.name() + ".");
    assertThat(doc.select("#lookup-none")).isEmpty();
    assertThat(doc.select("#lookup-create")).isEmpty();
    assertThat(doc.select("#lookup-cards .customer-card")).isEmpty();
    assertThat(doc.select("#lookup-request-access")).hasSize(1);
    assertThat(doc.select("#lookup-notify-owner")).hasSize(1);
    assertThat(page.body()).doesNotContain(name).doesNotContain(code).doesNotContain(customerId);
    assertThat(api.status()).isEqualTo(200);
    JsonNode body = api.json();
    assertThat(body.get("items").size()).isZero();
    assertThat(body.get("outOfScope").get("count").asInt()).isEqualTo(1);
    assertThat(body.get("outOfScope").get("branches").get(0).asString()).isEqualTo(branch.name());
    assertThat(api.body()).doesNotContain(name).doesNotContain(code).doesNotContain(customerId);
  }

  @Test
  void anAgentWhoMaySeeSomeMatchesSeesTheirCardsAndHowManyMoreThereAre() {
    OrgUnit other = staff.branch();
    UserAccount colleague = staff.user(other.id(), "CALL_CENTRE_AGENT");
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("kind", "PERSON");
    body.put("name", InteractionStaff.unique("Customer"));
    body.put("phones", List.of(Map.of("number", phone, "label", "mobile")));
    body.put("ownerId", colleague.id());
    body.put("orgUnitId", colleague.orgUnitId());
    body.put("duplicateReason", "Two households share the line");
    ApiClient.Response created = staff.admin().post("/api/v1/customers", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode theirs = created.json();

    Document page = staff.pages(colleague).get("/lookup?phone=" + phone).document();

    assertThat(page.select("#lookup-cards .customer-card")).hasSize(1);
    assertThat(page.select("#lookup-cards").text()).contains(theirs.get("name").asString());
    assertThat(page.select("#lookup-out-of-scope-text").text())
        .isEqualTo("Plus one customer you cannot open, owned by " + branch.name() + ".");
    assertThat(page.outerHtml()).doesNotContain(customer.get("name").asString());
  }

  @Test
  void requestingAccessTwiceTellsTheOwnerAndTheBranchManagerOnce() {
    UserAccount principal = staff.user(branch.id(), "CENTRE_PRINCIPAL");
    OrgUnit other = staff.branch();
    UserAccount stranger = staff.user(other.id(), "CALL_CENTRE_AGENT");
    PageClient pages = staff.pages(stranger);
    pages.get("/lookup?phone=" + phone);

    PageClient.Page first =
        pages.post("/lookup/access-requests", Map.of("phone", phone, "kind", "REQUEST_ACCESS"));
    PageClient.Page second =
        pages.post("/lookup/access-requests", Map.of("phone", phone, "kind", "REQUEST_ACCESS"));
    PageClient.Page notify =
        pages.post("/lookup/access-requests", Map.of("phone", phone, "kind", "NOTIFY_OWNER"));

    assertThat(first.status()).isEqualTo(302);
    assertThat(first.location()).contains("/lookup?phone=" + phone);
    assertThat(pages.get(path(first.location())).document().select("#flash-success").text())
        .isEqualTo("Your request for access was sent to the owner.");
    assertThat(second.status()).isEqualTo(302);
    assertThat(pages.get(path(second.location())).document().select("#flash-success").text())
        .isEqualTo("The owner was already told today.");
    assertThat(notify.status()).isEqualTo(302);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              assertThat(kinds(agent))
                  .containsExactlyInAnyOrder("ACCESS_REQUESTED", "CUSTOMER_CALLED");
              assertThat(kinds(principal)).containsExactly("ACCESS_REQUESTED");
            });
    JsonNode toOwner = staff.as(agent).get("/api/v1/notifications").json().get("items");
    for (JsonNode n : toOwner) {
      assertThat(n.get("customerId").asString()).isEqualTo(customerId);
      assertThat(n.get("title").asString()).contains(stranger.displayName());
    }
    assertThat(kinds(stranger)).isEmpty();
  }

  private static String path(String location) {
    return location.substring(location.indexOf("/lookup"));
  }

  private List<String> kinds(UserAccount user) {
    return staff
        .as(user)
        .get("/api/v1/notifications")
        .json()
        .get("items")
        .valueStream()
        .map(n -> n.get("kind").asString())
        .toList();
  }
}
