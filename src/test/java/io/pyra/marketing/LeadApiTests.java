package io.pyra.marketing;

import static io.pyra.marketing.LeadStaff.e164;
import static io.pyra.marketing.LeadStaff.email;
import static io.pyra.marketing.LeadStaff.lead;
import static io.pyra.marketing.LeadStaff.mobile;
import static io.pyra.marketing.LeadStaff.name;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pyra.customer.CustomerId;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Leads over the API: recorded once per Idempotency-Key with phones in E.164 and a history; a lead
 * without a phone or an e-mail refused naming the field; likely duplicates among customers and
 * leads listed in a 409 (one of another branch without its details) unless a reason is given; a
 * lead of another branch neither read, listed nor changed; the status moving as its flow allows and
 * refusing other moves; If-Match 428/412; conversion into a new customer with an opportunity, or
 * onto an existing customer, once, with the lead's history on the customer's timeline; and the
 * appointment events moving the lead, each once.
 */
@PyraIntegrationTest
class LeadApiTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;

  LeadStaff staff;
  OrgUnit branch;
  UserAccount principal;
  ApiClient api;

  @BeforeEach
  void setUp() {
    staff = new LeadStaff(orgUnits, users, roles, jdbc, port);
    branch = staff.org().branch();
    principal = staff.user(branch, "CENTRE_PRINCIPAL");
    api = staff.api(principal);
  }

  @Test
  void aLeadIsRecordedOncePerIdempotencyKeyWithItsPhoneNormalizedAndItsHistory() {
    String phone = mobile();
    Map<String, Object> body = lead(name("Lin"), phone, email());
    body.put("phoneOther", "+86 " + mobile().substring(0, 3) + " " + mobile().substring(3));
    body.put("centreId", branch.id().toString());
    String key = UUID.randomUUID().toString();
    long before = staff.leadCount();

    ApiClient.Response first = sendWithKey(JSON.writeValueAsString(body), key);
    ApiClient.Response second = sendWithKey(JSON.writeValueAsString(body), key);

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(second.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
    assertThat(staff.leadCount()).isEqualTo(before + 1);
    JsonNode lead = first.json();
    assertThat(lead.get("phone").asString()).isEqualTo(e164(phone));
    assertThat(lead.get("phoneOther").asString()).startsWith("+86");
    assertThat(lead.get("status").asString()).isEqualTo("NEW");
    assertThat(lead.get("ownerId").asString()).isEqualTo(principal.id().toString());
    assertThat(lead.get("orgUnitId").asString()).isEqualTo(branch.id().toString());
    assertThat(lead.get("centreId").asString()).isEqualTo(branch.id().toString());
    assertThat(lead.get("consentSms").asBoolean()).isTrue();
    assertThat(lead.get("consentEmail").asBoolean()).isFalse();
    assertThat(lead.get("history")).hasSize(1);
    assertThat(lead.get("history").get(0).get("kind").asString()).isEqualTo("CREATED");
    assertThat(first.header("Location")).endsWith("/api/v1/leads/" + lead.get("id").asString());
  }

  @Test
  void aLeadWithoutAnyWayToReachItIsRefusedNamingThePhoneAndNothingIsStored() {
    Map<String, Object> body = lead(name("Nobody"), null, null);
    long before = staff.leadCount();

    ApiClient.Response refused = api.post("/api/v1/leads", body);

    assertThat(refused.refusedFields()).containsEntry("phone", "reachable");
    assertThat(refused.body()).contains("a lead needs a phone or an e-mail address");
    ApiClient.Response chinese =
        api.send(
            api.builder("/api/v1/leads")
                .header("Content-Type", "application/json")
                .header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    assertThat(chinese.body()).contains("线索需要电话或邮箱");
    Map<String, Object> badPhone = lead(name("Bad"), "12", null);
    assertThat(api.post("/api/v1/leads", badPhone).refusedFields())
        .containsEntry("phone", "format");
    Map<String, Object> badSource = lead(name("Bad"), mobile(), null);
    badSource.put("source", "PIGEON");
    badSource.put("centreId", UUID.randomUUID().toString());
    assertThat(api.post("/api/v1/leads", badSource).refusedFields())
        .containsEntry("source", "one-of")
        .containsEntry("centreId", "not-found");
    assertThat(staff.leadCount()).isEqualTo(before);
  }

  @Test
  void duplicatesAmongCustomersAndLeadsAreListedAndSavedOnlyWithAReason() {
    String phone = mobile();
    String customerName = name("Wang");
    Map<String, Object> customer = new HashMap<>();
    customer.put("kind", "PERSON");
    customer.put("name", customerName);
    customer.put("phones", List.of(Map.of("number", phone, "label", "mobile")));
    ApiClient.Response customerCreated = api.post("/api/v1/customers", customer);
    assertThat(customerCreated.status()).as(customerCreated.body()).isEqualTo(201);
    String customerId = customerCreated.json().get("id").asString();

    String mail = email();
    Map<String, Object> body = lead(name("Zhou"), phone, mail);
    long before = staff.leadCount();
    ApiClient.Response conflict = api.post("/api/v1/leads", body);
    assertThat(conflict.status()).as(conflict.body()).isEqualTo(409);
    JsonNode duplicate = conflict.json().get("duplicates").get(0);
    assertThat(duplicate.get("kind").asString()).isEqualTo("CUSTOMER");
    assertThat(duplicate.get("id").asString()).isEqualTo(customerId);
    assertThat(duplicate.get("name").asString()).isEqualTo(customerName);
    assertThat(duplicate.get("reason").asString()).isEqualTo("phone");
    assertThat(staff.leadCount()).isEqualTo(before);

    body.put("duplicateReason", "The parent, not the child");
    ApiClient.Response saved = api.post("/api/v1/leads", body);
    assertThat(saved.status()).as(saved.body()).isEqualTo(201);
    UUID first = UUID.fromString(saved.json().get("id").asString());
    assertThat(staff.history(first)).containsExactly("CREATED", "DUPLICATES_IGNORED");

    // a second lead with the first lead's e-mail: the lead is the duplicate
    ApiClient.Response second = api.post("/api/v1/leads", lead(name("Qian"), null, mail));
    assertThat(second.status()).as(second.body()).isEqualTo(409);
    JsonNode leadMatch = second.json().get("duplicates").get(0);
    assertThat(leadMatch.get("kind").asString()).isEqualTo("LEAD");
    assertThat(leadMatch.get("id").asString()).isEqualTo(first.toString());
    assertThat(leadMatch.get("reason").asString()).isEqualTo("email");

    // a similar name (one letter off) is a duplicate too
    String similar = "Zhou" + body.get("name").toString().substring(4).replace(' ', '-');
    ApiClient.Response named = api.post("/api/v1/leads", lead(similar, mobile(), email()));
    assertThat(named.status()).as(named.body()).isEqualTo(409);
    assertThat(named.json().get("duplicates").toString()).contains("\"reason\":\"name\"");

    // an agent of another branch learns that one exists, and where, but not who it is
    OrgUnit otherBranch = staff.org().branch();
    ApiClient other = staff.api(staff.user(otherBranch, "CALL_CENTRE_AGENT"));
    ApiClient.Response hidden = other.post("/api/v1/leads", lead(name("Sun"), null, mail));
    assertThat(hidden.status()).as(hidden.body()).isEqualTo(409);
    JsonNode blind = hidden.json().get("duplicates").get(0);
    assertThat(blind.get("visible").asBoolean()).isFalse();
    assertThat(blind.get("kind").asString()).isEqualTo("LEAD");
    assertThat(blind.has("id")).isFalse();
    assertThat(blind.has("name")).isFalse();
    assertThat(hidden.body()).doesNotContain(first.toString()).doesNotContain("Zhou");
  }

  @Test
  void aLeadOfAnotherBranchIsNeitherReadListedNorChanged() {
    String leadName = name("Hidden");
    UUID id = staff.record(principal, leadName);
    ApiClient other = staff.api(staff.user(staff.org().branch(), "CALL_CENTRE_AGENT"));
    ApiClient colleague = staff.api(staff.user(branch, "CALL_CENTRE_AGENT"));

    assertThat(other.get("/api/v1/leads/" + id).status()).isEqualTo(404);
    assertThat(other.get("/api/v1/leads?q=" + leadName.replace(' ', '+')).json().get("items"))
        .isEmpty();
    assertThat(
            other.post("/api/v1/leads/" + id + "/status", Map.of("status", "CONTACTED")).status())
        .isEqualTo(404);
    assertThat(other.put("/api/v1/leads/" + id, lead(leadName, mobile(), null), "\"0\"").status())
        .isEqualTo(404);
    assertThat(staff.status(id)).isEqualTo("NEW");

    JsonNode listed = colleague.get("/api/v1/leads?q=" + leadName.replace(' ', '+')).json();
    assertThat(listed.get("items")).hasSize(1);
    assertThat(listed.get("items").get(0).get("id").asString()).isEqualTo(id.toString());
  }

  @Test
  void theStatusMovesAsItsFlowAllowsAndAnIllegalMoveChangesNothing() {
    UUID id = staff.record(principal, name("Flow"));
    String path = "/api/v1/leads/" + id;

    refused(path, "ARRIVED");
    refused(path, "CONVERTED");
    assertThat(api.post(path + "/status", Map.of("status", "CONTACTED")).status()).isEqualTo(200);
    refused(path, "NEW");
    assertThat(api.post(path + "/status", Map.of("status", "APPOINTMENT_BOOKED")).status())
        .isEqualTo(200);
    ApiClient.Response noReason = api.post(path + "/disqualification", Map.of("note", "Why?"));
    assertThat(noReason.refusedFields()).containsEntry("reason", "required");
    ApiClient.Response longNote =
        api.post(
            path + "/disqualification",
            Map.of("reason", "NOT_INTERESTED", "note", "x".repeat(501)));
    assertThat(longNote.status()).isEqualTo(422);
    ApiClient.Response out =
        api.post(
            path + "/disqualification", Map.of("reason", "OUT_OF_AREA", "note", "Lives abroad"));
    assertThat(out.status()).as(out.body()).isEqualTo(200);
    assertThat(out.json().get("status").asString()).isEqualTo("DISQUALIFIED");
    assertThat(out.json().get("disqualifyReason").asString()).isEqualTo("OUT_OF_AREA");
    assertThat(out.json().get("disqualifyNote").asString()).isEqualTo("Lives abroad");
    refused(path, "CONTACTED");
    assertThat(staff.history(id)).containsExactly("CREATED", "STATUS", "STATUS", "DISQUALIFIED");
    JsonNode history = api.get(path).json().get("history");
    assertThat(history.get(1).get("fromStatus").asString()).isEqualTo("NEW");
    assertThat(history.get(1).get("toStatus").asString()).isEqualTo("CONTACTED");
    assertThat(history.get(3).get("note").asString()).isEqualTo("OUT_OF_AREA: Lives abroad");
  }

  @Test
  void aChangeNeedsTheVersionReadAndAStaleOneChangesNothing() {
    UUID id = staff.record(principal, name("Version"));
    String path = "/api/v1/leads/" + id;
    ApiClient.Response read = api.get(path);
    String etag = read.header("ETag");
    Map<String, Object> change = lead(name("Renamed"), mobile(), email());

    assertThat(api.put(path, change, null).status()).isEqualTo(428);
    ApiClient.Response changed = api.put(path, change, etag);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().get("name").asString()).isEqualTo(change.get("name"));
    assertThat(api.put(path, lead(name("Lost"), mobile(), null), etag).status()).isEqualTo(412);
    assertThat(api.get(path).json().get("name").asString()).isEqualTo(change.get("name"));
    assertThat(staff.history(id)).containsExactly("CREATED", "CHANGED");
  }

  @Test
  void aConversionMakesACustomerAndAnOpportunityOnceAndTheHistoryShowsOnItsTimeline() {
    String leadName = name("Convert");
    UUID id = staff.record(principal, leadName);
    String path = "/api/v1/leads/" + id;
    String etag = api.get(path).header("ETag");
    api.post(path + "/status", Map.of("status", "CONTACTED"));

    ApiClient.Response stale =
        send(
            path + "/conversion",
            Map.of("customer", "NEW", "opportunityTitle", "General English"),
            etag);
    assertThat(stale.status()).isEqualTo(412);
    assertThat(staff.status(id)).isEqualTo("CONTACTED");

    ApiClient.Response converted =
        send(
            path + "/conversion",
            Map.of("customer", "NEW", "opportunityTitle", "General English"),
            api.get(path).header("ETag"));
    assertThat(converted.status()).as(converted.body()).isEqualTo(200);
    JsonNode lead = converted.json();
    assertThat(lead.get("status").asString()).isEqualTo("CONVERTED");
    String customerId = lead.get("customerId").asString();
    String opportunityId = lead.get("opportunityId").asString();
    JsonNode customer = api.get("/api/v1/customers/" + customerId).json();
    assertThat(customer.get("name").asString()).isEqualTo(leadName);
    JsonNode opportunity = api.get("/api/v1/opportunities/" + opportunityId).json();
    assertThat(opportunity.get("title").asString()).isEqualTo("General English");
    assertThat(opportunity.get("customerId").asString()).isEqualTo(customerId);

    ApiClient.Response again = api.post(path + "/conversion", Map.of("customer", "NEW"));
    assertThat(again.refusedFields()).containsEntry("status", "converted");

    JsonNode timeline =
        api.get("/api/v1/customers/" + customerId + "/timeline?kinds=lead").json().get("items");
    List<String> titles = new ArrayList<>();
    timeline.forEach(e -> titles.add(e.get("title").asString()));
    assertThat(titles)
        .containsExactly(
            "Lead " + leadName + " converted",
            "Lead " + leadName + ": Contacted",
            "Lead " + leadName + " recorded");
    assertThat(timeline.get(0).get("url").asString()).isEqualTo("/leads/" + id);
  }

  @Test
  void aConversionLinksAnExistingCustomer() {
    Map<String, Object> customer = new HashMap<>();
    customer.put("kind", "PERSON");
    customer.put("name", name("Existing"));
    ApiClient.Response created = api.post("/api/v1/customers", customer);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String customerId = created.json().get("id").asString();
    long customers = jdbc.sql("select count(*) from customer_customer").query(Long.class).single();
    UUID id = staff.record(principal, name("Linked"));

    ApiClient.Response converted =
        api.post(
            "/api/v1/leads/" + id + "/conversion",
            Map.of("customer", "EXISTING", "customerId", customerId));

    assertThat(converted.status()).as(converted.body()).isEqualTo(200);
    assertThat(converted.json().get("customerId").asString()).isEqualTo(customerId);
    assertThat(converted.json().get("opportunityId").isNull()).isTrue();
    assertThat(jdbc.sql("select count(*) from customer_customer").query(Long.class).single())
        .isEqualTo(customers);
    JsonNode timeline =
        api.get("/api/v1/customers/" + customerId + "/timeline?kinds=lead").json().get("items");
    assertThat(timeline).hasSize(2);
    // a customer the user may not read cannot be linked
    UUID other = staff.record(principal, name("Other"));
    ApiClient.Response unknown =
        api.post(
            "/api/v1/leads/" + other + "/conversion",
            Map.of("customer", "EXISTING", "customerId", UUID.randomUUID().toString()));
    assertThat(unknown.refusedFields()).containsEntry("customerId", "not-found");
    assertThat(api.post("/api/v1/leads/" + other + "/conversion", Map.of()).refusedFields())
        .containsKey("customer");
    assertThat(
            api.post("/api/v1/leads/" + other + "/conversion", Map.of("customer", "MAYBE"))
                .refusedFields())
        .containsEntry("customer", "one-of");
    assertThat(unknown.refusedFields()).containsEntry("customerId", "not-found");
    assertThat(staff.status(other)).isEqualTo("NEW");
  }

  @Test
  void appointmentEventsMoveTheLeadEachOnce() {
    UUID id = staff.record(principal, name("Visitor"));
    AppointmentId appointment = new AppointmentId(UUID.randomUUID());
    LeadId lead = new LeadId(id);
    Instant startsAt = Instant.parse("2027-05-01T02:00:00Z");
    AppointmentBooked booked =
        new AppointmentBooked(
            appointment,
            lead,
            null,
            null,
            new OrgUnitId(branch.id()),
            new UserId(principal.id()),
            new UserId(principal.id()),
            startsAt);

    publish(booked);
    awaitHistory(id, 2);
    assertThat(staff.status(id)).isEqualTo("APPOINTMENT_BOOKED");
    publish(booked);
    publish(
        new VisitorMissed(
            appointment,
            lead,
            null,
            new UserId(principal.id()),
            new UserId(principal.id()),
            startsAt));
    awaitHistory(id, 3);
    assertThat(staff.status(id)).isEqualTo("CONTACTED");

    AppointmentId second = new AppointmentId(UUID.randomUUID());
    publish(
        new AppointmentBooked(
            second,
            lead,
            null,
            null,
            new OrgUnitId(branch.id()),
            new UserId(principal.id()),
            new UserId(principal.id()),
            startsAt.plus(Duration.ofDays(2))));
    awaitHistory(id, 4);
    VisitorArrived arrived =
        new VisitorArrived(
            second, lead, (CustomerId) null, new UserId(principal.id()), Instant.now());
    publish(arrived);
    awaitHistory(id, 5);
    publish(arrived);
    assertThat(staff.status(id)).isEqualTo("ARRIVED");
    // the repeated events were delivered before the later ones, which are in the history once
    assertThat(staff.history(id))
        .containsExactly(
            "CREATED", "APPOINTMENT_BOOKED", "NO_SHOW", "APPOINTMENT_BOOKED", "ARRIVED");
    JsonNode history = api.get("/api/v1/leads/" + id).json().get("history");
    assertThat(history.get(2).get("toStatus").asString()).isEqualTo("CONTACTED");
  }

  private void publish(Object event) {
    transactions.executeWithoutResult(status -> events.publishEvent(event));
  }

  private void awaitHistory(UUID id, int entries) {
    await().atMost(Duration.ofSeconds(20)).until(() -> staff.history(id).size() >= entries);
  }

  private void refused(String path, String status) {
    String before = api.get(path).json().get("status").asString();
    ApiClient.Response refused = api.post(path + "/status", Map.of("status", status));
    assertThat(refused.refusedFields()).containsEntry("status", "transition");
    assertThat(api.get(path).json().get("status").asString()).isEqualTo(before);
  }

  private ApiClient.Response send(String path, Object body, String ifMatch) {
    return api.send(
        api.builder(path)
            .header("Content-Type", "application/json")
            .header("If-Match", ifMatch)
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
  }

  private ApiClient.Response sendWithKey(String body, String key) {
    return api.send(
        api.builder("/api/v1/leads")
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }
}
