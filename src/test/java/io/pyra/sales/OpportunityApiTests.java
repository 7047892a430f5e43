package io.pyra.sales;

import static io.pyra.sales.OpportunityStaff.opportunity;
import static io.pyra.sales.OpportunityStaff.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Opportunities over the API: recorded (once per Idempotency-Key), read, listed with filters and a
 * cursor, changed with If-Match (a stale version is 412), moved through the stages to won (with the
 * address of its order) or lost (with a reason); every bad input is a 422 naming the field and
 * changes nothing.
 */
@PyraIntegrationTest
class OpportunityApiTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  OpportunityStaff staff;
  OrgUnit unit;
  UserAccount consultant;
  UUID customer;
  ApiClient api;

  @BeforeEach
  void setUp() {
    staff = new OpportunityStaff(orgUnits, users, roles, jdbc, port);
    unit = staff.unit();
    consultant = staff.user(unit, "COURSE_CONSULTANT");
    customer = staff.customer(unique("Chen Jing"), consultant, unit);
    api = staff.api(consultant);
  }

  @Test
  void anOpportunityIsRecordedReadChangedAndMovedToWon() {
    String title = unique("Spring intake");
    ApiClient.Response created =
        api.post("/api/v1/opportunities", opportunity(title, customer, "TRAINING"));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode body = created.json();
    String id = body.get("id").asString();
    assertThat(created.header("Location")).endsWith("/api/v1/opportunities/" + id);
    assertThat(body.get("code").asString()).matches("O-\\d{6,}");
    assertThat(body.get("pipeline").asString()).isEqualTo("TRAINING");
    assertThat(body.get("stage").asString()).isEqualTo("INQUIRY");
    assertThat(body.get("status").asString()).isEqualTo("OPEN");
    assertThat(body.get("probability").asInt()).isEqualTo(10);
    assertThat(new BigDecimal(body.get("amount").asString())).isEqualByComparingTo("12000.50");
    // 12000.50 x 10 % = 1200.05
    assertThat(new BigDecimal(body.get("weightedAmount").asString()))
        .isEqualByComparingTo(new BigDecimal("12000.50").multiply(new BigDecimal("0.10")));
    assertThat(body.get("ownerId").asString()).isEqualTo(consultant.id().toString());
    assertThat(body.get("customerName").asString()).startsWith("Chen Jing");
    assertThat(staff.stageChanges(UUID.fromString(id))).isEqualTo(1);

    String path = "/api/v1/opportunities/" + id;
    ApiClient.Response read = api.get(path);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("ETag")).isEqualTo(created.header("ETag"));

    JsonNode listed =
        api.get("/api/v1/opportunities?pipeline=TRAINING&status=OPEN&q=" + title.split(" ")[2])
            .json();
    assertThat(listed.get("items")).hasSize(1);
    assertThat(listed.get("items").get(0).get("id").asString()).isEqualTo(id);

    Map<String, Object> change = opportunity(title + " (group)", customer, "TRAINING");
    change.put("amount", "15000");
    change.put("probability", 35);
    ApiClient.Response changed = api.put(path, change, created.header("ETag"));
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().get("probability").asInt()).isEqualTo(35);
    assertThat(changed.json().get("probabilityOverridden").asBoolean()).isTrue();

    ApiClient.Response stale = api.put(path, change, created.header("ETag"));
    assertThat(stale.status()).isEqualTo(412);

    ApiClient.Response visit = api.post(path + "/stage", Map.of("stage", "VISIT"));
    assertThat(visit.status()).as(visit.body()).isEqualTo(200);
    assertThat(visit.json().get("stage").asString()).isEqualTo("VISIT");
    assertThat(visit.json().get("probability").asInt()).isEqualTo(25);

    ApiClient.Response won = api.post(path + "/stage", Map.of("stage", "CONTRACT"));
    assertThat(won.status()).as(won.body()).isEqualTo(200);
    assertThat(won.json().get("status").asString()).isEqualTo("WON");
    assertThat(won.json().get("orderUrl").asString()).isEqualTo("/orders/new?opportunity=" + id);
    assertThat(staff.stageChanges(UUID.fromString(id))).isEqualTo(3);
    assertThat(OpportunityEvents.WON)
        .filteredOn(e -> e.opportunityId().value().toString().equals(id))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.customerId().value()).isEqualTo(customer);
              assertThat(e.amount()).isEqualByComparingTo("15000");
              assertThat(e.pipelineCode()).isEqualTo("TRAINING");
            });
  }

  @Test
  void aRetriedCreateWithTheSameIdempotencyKeyRecordsOnce() {
    Map<String, Object> body = opportunity(unique("Retried"), customer, "B2B");
    String key = UUID.randomUUID().toString();
    long before = staff.opportunityCount();

    ApiClient.Response first = send(body, key);
    ApiClient.Response second = send(body, key);

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(second.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
    assertThat(first.json().get("stage").asString()).isEqualTo("PROSPECTING");
    assertThat(staff.opportunityCount()).isEqualTo(before + 1);
  }

  @Test
  void aLostDealKeepsItsReasonAndCompetitorAndAppearsOnTheCustomerTimeline() {
    UUID id = staff.record(consultant, unique("Evening course"), customer, "TRAINING");
    String path = "/api/v1/opportunities/" + id;

    ApiClient.Response lost =
        api.post(
            path + "/stage",
            Map.of("stage", "LOST", "lostReason", "COMPETITOR", "competitor", "Bright English"));

    assertThat(lost.status()).as(lost.body()).isEqualTo(200);
    assertThat(lost.json().get("status").asString()).isEqualTo("LOST");
    assertThat(lost.json().get("lostReason").asString()).isEqualTo("COMPETITOR");
    assertThat(lost.json().get("competitor").asString()).isEqualTo("Bright English");
    assertThat(lost.json().get("probability").asInt()).isZero();
    assertThat(OpportunityEvents.LOST)
        .filteredOn(e -> e.opportunityId().value().equals(id))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.lostReasonCode()).isEqualTo("COMPETITOR");
              assertThat(e.competitor()).isEqualTo("Bright English");
              assertThat(e.fromStageCode()).isEqualTo("INQUIRY");
            });

    JsonNode timeline =
        api.get("/api/v1/customers/" + customer + "/timeline?kinds=opportunity")
            .json()
            .get("items");
    assertThat(timeline).hasSize(1);
    assertThat(timeline.get(0).get("title").asString()).startsWith("Opportunity lost");
    assertThat(timeline.get(0).get("summary").asString()).contains("Bright English");

    ApiClient.Response reopened = api.post(path + "/stage", Map.of("stage", "PROPOSAL"));
    assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
    assertThat(reopened.json().get("status").asString()).isEqualTo("OPEN");
    assertThat(reopened.json().has("lostReason")).isTrue();
    assertThat(reopened.json().get("lostReason").isNull()).isTrue();
    assertThat(staff.stageChanges(id)).isEqualTo(3);
  }

  @Test
  void thePipelinesAreListedWithTheirStages() {
    JsonNode pipelines = api.get("/api/v1/pipelines").json();
    JsonNode training = null;
    for (JsonNode p : pipelines) {
      if (p.get("code").asString().equals("TRAINING")) {
        training = p;
      }
    }
    assertThat(training).isNotNull();
    assertThat(training.get("stages").get(0).get("code").asString()).isEqualTo("INQUIRY");
    assertThat(training.get("stages").get(4).get("outcome").asString()).isEqualTo("WON");
    assertThat(api.get("/api/v1/pipelines/B2B").json().get("stages")).hasSize(5);
    assertThat(api.get("/api/v1/pipelines/NOPE").status()).isEqualTo(404);
  }

  // ----- bad input

  @Test
  void anUnknownCustomerIsRefused() {
    refused(opportunity("Deal", UUID.randomUUID(), "TRAINING"), "customerId", "not-found");
  }

  @Test
  void aCustomerTheUserMayNotSeeIsRefusedLikeAnUnknownOne() {
    OrgUnit elsewhere = staff.unit();
    UserAccount stranger = staff.user(elsewhere, "COURSE_CONSULTANT");
    UUID hidden = staff.customer(unique("Hidden"), stranger, elsewhere);
    refused(opportunity("Deal", hidden, "TRAINING"), "customerId", "not-found");
  }

  @Test
  void aStageOfAnotherPipelineIsRefusedOnCreateAndOnMove() {
    Map<String, Object> body = opportunity("Deal", customer, "TRAINING");
    body.put("stage", "PROSPECTING");
    refused(body, "stage", "pipeline");

    UUID id = staff.record(consultant, unique("Deal"), customer, "TRAINING");
    String b2bProposal =
        jdbc.sql(
                "select s.id from sales_pipeline_stage s join sales_pipeline p on p.id = s.pipeline_id"
                    + " where p.code = 'B2B' and s.code = 'PROPOSAL'")
            .query(UUID.class)
            .single()
            .toString();
    moveRefused(id, Map.of("stage", b2bProposal), "stage", "pipeline", "does not belong");
    moveRefused(id, Map.of("stage", "ENGAGING"), "stage", "pipeline", "does not belong");
  }

  @Test
  void lostWithoutAReasonIsRefusedAndChangesNothing() {
    UUID id = staff.record(consultant, unique("Deal"), customer, "TRAINING");
    moveRefused(id, Map.of("stage", "LOST"), "lostReason", "required", "lost reason");
    moveRefused(
        id, Map.of("stage", "LOST", "lostReason", "WEATHER"), "lostReason", "not-found", "no");
    moveRefused(
        id,
        Map.of("stage", "LOST", "lostReason", "COMPETITOR"),
        "competitor",
        "required",
        "competitor");
  }

  @Test
  void aProbabilityOutside0To100IsRefused() {
    for (int probability : new int[] {101, -1}) {
      Map<String, Object> body = opportunity("Deal", customer, "TRAINING");
      body.put("probability", probability);
      refused(body, "probability", "range");
    }
  }

  @Test
  void aNegativeAmountIsRefused() {
    Map<String, Object> body = opportunity("Deal", customer, "TRAINING");
    body.put("amount", "-0.01");
    refused(body, "amount", "negative");
  }

  @Test
  void aZeroAmountIsAccepted() {
    Map<String, Object> body = opportunity(unique("Free trial"), customer, "TRAINING");
    body.put("amount", 0);
    ApiClient.Response created = api.post("/api/v1/opportunities", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(new BigDecimal(created.json().get("weightedAmount").asString())).isZero();
  }

  @Test
  void aCurrencyThatIsNotIso4217IsRefused() {
    for (String currency : new String[] {"XYZ", "RMB", "C1Y", ""}) {
      Map<String, Object> body = opportunity("Deal", customer, "TRAINING");
      body.put("currency", currency);
      refused(body, "currency", "iso-4217");
    }
  }

  @Test
  void aMissingTitleAndAnUnknownSourceArePointedOutTogether() {
    Map<String, Object> body = opportunity(" ", customer, "TRAINING");
    body.put("source", "CARRIER_PIGEON");
    ApiClient.Response response = refused(body, "title", "required");
    assertThat(fields(response)).containsEntry("source", "not-found");
  }

  @Test
  void aChangeWithoutIfMatchIsRefusedAndAnotherUsersOpportunityIsNotFound() {
    UUID id = staff.record(consultant, unique("Deal"), customer, "TRAINING");
    String path = "/api/v1/opportunities/" + id;
    ApiClient.Response missing = api.put(path, opportunity("Deal", customer, "TRAINING"), null);
    assertThat(missing.status()).isEqualTo(428);

    UserAccount colleague = staff.user(unit, "COURSE_CONSULTANT");
    assertThat(staff.api(colleague).get(path).status()).isEqualTo(404);
  }

  private ApiClient.Response send(Map<String, Object> body, String key) {
    return api.send(
        api.builder("/api/v1/opportunities")
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(json(body))));
  }

  private ApiClient.Response refused(Map<String, Object> body, String field, String rule) {
    long before = staff.opportunityCount();
    ApiClient.Response response = api.post("/api/v1/opportunities", body);
    assertThat(response.status()).as(response.body()).isEqualTo(422);
    assertThat(fields(response)).as(response.body()).containsEntry(field, rule);
    assertThat(staff.opportunityCount()).isEqualTo(before);
    return response;
  }

  private void moveRefused(
      UUID id, Map<String, Object> body, String field, String rule, String message) {
    String path = "/api/v1/opportunities/" + id;
    String etag = api.get(path).header("ETag");
    long changes = staff.stageChanges(id);
    ApiClient.Response response = api.post(path + "/stage", body);
    assertThat(response.status()).as(response.body()).isEqualTo(422);
    assertThat(fields(response)).as(response.body()).containsEntry(field, rule);
    assertThat(response.json().get("detail").asString()).containsIgnoringCase(message);
    assertThat(api.get(path).header("ETag")).isEqualTo(etag);
    assertThat(staff.stageChanges(id)).isEqualTo(changes);
  }

  static Map<String, String> fields(ApiClient.Response response) {
    Map<String, String> fields = new HashMap<>();
    JsonNode errors = response.json().get("errors");
    if (errors != null) {
      errors.forEach(e -> fields.put(e.get("field").asString(), e.get("rule").asString()));
    }
    return fields;
  }

  static String json(Object body) {
    return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body);
  }
}
