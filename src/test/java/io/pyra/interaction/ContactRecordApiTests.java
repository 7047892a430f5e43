package io.pyra.interaction;

import static io.pyra.interaction.InteractionStaff.errors;
import static io.pyra.interaction.InteractionStaff.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.UserId;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PyraIntegrationTest
class ContactRecordApiTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  InteractionStaff staff;
  OrgUnit branch;
  UserAccount agent;
  ApiClient agentApi;
  JsonNode customer;

  @BeforeEach
  void setUp() {
    staff = new InteractionStaff(orgUnits, users, roles, port);
    branch = staff.branch();
    agent = staff.user(branch.id(), "CALL_CENTRE_AGENT");
    agentApi = staff.as(agent);
    customer = staff.customer(agent, null);
  }

  @Test
  void logsARecordWithLocationAndETagAndReadsItBackUnderThePageNames() {
    String contactId = staff.contact(customer.get("id").asString(), "Li Na");
    Map<String, Object> body = record(customer.get("id").asString(), "COURSE_INQUIRY", null);
    body.put("contactId", contactId);
    body.put("country", "cn");
    body.put("office", "Beijing");

    ApiClient.Response created = agentApi.post("/api/v1/interactions", body);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode json = created.json();
    String id = json.get("id").asString();
    assertThat(created.header("Location")).endsWith("/api/v1/interactions/" + id);
    assertThat(created.header("ETag")).isEqualTo("\"" + json.get("version").asLong() + "\"");
    assertThat(json.get("customerId").asString()).isEqualTo(customer.get("id").asString());
    assertThat(json.get("contactId").asString()).isEqualTo(contactId);
    assertThat(json.get("type").asString()).isEqualTo("COURSE_INQUIRY");
    assertThat(json.get("channel").asString()).isEqualTo("PHONE");
    assertThat(json.get("direction").asString()).isEqualTo("OUTBOUND");
    assertThat(json.get("subject").asString()).isEqualTo(body.get("subject"));
    assertThat(json.get("notes").asString()).isEqualTo("Talked about the spring term.");
    assertThat(json.get("outcome").asString()).isEqualTo("Will call back");
    assertThat(json.get("durationMinutes").asInt()).isEqualTo(12);
    assertThat(Instant.parse(json.get("occurredAt").asString()))
        .isEqualTo(Instant.parse((String) body.get("occurredAt")));
    assertThat(json.get("country").asString()).isEqualTo("CN");
    assertThat(json.get("authorId").asString()).isEqualTo(agent.id().toString());

    ApiClient.Response read = agentApi.get("/api/v1/interactions/" + id);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("ETag")).isEqualTo(created.header("ETag"));
    assertThat(read.json().get("subject").asString()).isEqualTo(body.get("subject"));
    // the answer to the create is the record as stored, to the microsecond
    assertThat(created.json()).isEqualTo(read.json());
    assertThat(LoggedEvents.RECEIVED)
        .anySatisfy(
            event -> {
              assertThat(event.recordId().toString()).isEqualTo(id);
              assertThat(event.customerId().toString()).isEqualTo(customer.get("id").asString());
              assertThat(event.authorId()).isEqualTo(new UserId(agent.id()));
              assertThat(event.typeCode()).isEqualTo("COURSE_INQUIRY");
            });
    assertThat(
            jdbc.sql(
                    "select count(*) from platform_audit_entry where record_type = 'interaction_record' "
                        + "and record_id = ? and action = 'CREATE'")
                .param(id)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    // the entry names every field given, with its value, and who logged it
    String changes =
        jdbc.sql(
                "select changes from platform_audit_entry where record_type = 'interaction_record' "
                    + "and record_id = ? and action = 'CREATE'")
            .param(id)
            .query(String.class)
            .single();
    assertThat(changes)
        .contains("\"field\":\"subject\"")
        .contains((String) body.get("subject"))
        .contains("\"field\":\"customerId\"")
        .contains(customer.get("id").asString())
        .contains("\"field\":\"contactId\"")
        .contains(contactId)
        .contains("\"field\":\"office\"")
        .contains("Beijing")
        .contains("\"field\":\"durationMinutes\"");
    assertThat(
            jdbc.sql(
                    "select actor_id from platform_audit_entry where record_type = 'interaction_record' "
                        + "and record_id = ? and action = 'CREATE'")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo(agent.id().toString());
  }

  @Test
  void aReturnVisitAndAnyOtherRecordAreAuditedAlikeThoughWrittenDifferently() {
    // a return visit is written as an entity (under the follow-up policy's lock), any other record
    // by one statement
    String contactId = staff.contact(customer.get("id").asString(), "Zhou Min");
    Map<String, Object> visit = record(customer.get("id").asString(), "RETURN_VISIT", null);
    Map<String, Object> inquiry = record(customer.get("id").asString(), "INQUIRY", null);
    for (Map<String, Object> body : List.of(visit, inquiry)) {
      body.put("contactId", contactId);
      body.put("country", "GB");
      body.put("office", "London");
    }

    String visitId = agentApi.post("/api/v1/interactions", visit).json().get("id").asString();
    String inquiryId = agentApi.post("/api/v1/interactions", inquiry).json().get("id").asString();

    assertThat(auditedFields(inquiryId))
        .isEqualTo(auditedFields(visitId))
        .contains("subject", "contactId", "office");
  }

  private List<String> auditedFields(String recordId) {
    JsonNode changes =
        JsonMapper.builder()
            .build()
            .readTree(
                jdbc.sql(
                        "select changes from platform_audit_entry where record_type = 'interaction_record' and record_id = ? "
                            + "and action = 'CREATE'")
                    .param(recordId)
                    .query(String.class)
                    .single());
    List<String> fields = new ArrayList<>();
    changes.forEach(change -> fields.add(change.get("field").asString()));
    return fields;
  }

  @Test
  void aRetriedLogWithTheSameIdempotencyKeyMakesOneRecord() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = record(customer.get("id").asString(), "ORDER", null);
    long before = records(customer);

    ApiClient.Response first = postWithKey(body, key);
    ApiClient.Response second = postWithKey(body, key);

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.json()).isEqualTo(first.json());
    assertThat(second.header("Location")).isEqualTo(first.header("Location"));
    assertThat(records(customer)).isEqualTo(before + 1);
    ApiClient.Response reused =
        postWithKey(record(customer.get("id").asString(), "ORDER", null), key);
    assertThat(reused.status()).isEqualTo(422);
    assertThat(records(customer)).isEqualTo(before + 1);
  }

  @Test
  void aCorrectionNeedsIfMatchWithTheCurrentVersion() {
    ApiClient.Response created =
        agentApi.post(
            "/api/v1/interactions", record(customer.get("id").asString(), "HELP_REQUEST", null));
    String path = "/api/v1/interactions/" + created.json().get("id").asString();

    assertThat(agentApi.patch(path, Map.of("outcome", "Solved"), null).status()).isEqualTo(428);
    assertThat(agentApi.patch(path, Map.of("outcome", "Solved"), "\"99\"").status()).isEqualTo(412);
    ApiClient.Response changed =
        agentApi.patch(
            path, Map.of("outcome", "Solved", "channel", "email"), created.header("ETag"));

    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().get("outcome").asString()).isEqualTo("Solved");
    assertThat(changed.json().get("channel").asString()).isEqualTo("EMAIL");
    assertThat(changed.json().get("subject").asString())
        .isEqualTo(created.json().get("subject").asString());
    assertThat(changed.header("ETag")).isNotEqualTo(created.header("ETag"));
    assertThat(agentApi.patch(path, Map.of("outcome", "Again"), created.header("ETag")).status())
        .isEqualTo(412);
    assertThat(agentApi.get(path).json().get("outcome").asString()).isEqualTo("Solved");
  }

  @Test
  void theAuthorMayCorrectForADayAfterwardsTheRecordIsFixed() {
    ApiClient.Response created =
        agentApi.post(
            "/api/v1/interactions", record(customer.get("id").asString(), "CONSULTATION", null));
    String id = created.json().get("id").asString();
    jdbc.sql("update interaction_record set created_at = ? where id = ?")
        .param(Instant.now().minus(25, ChronoUnit.HOURS).atOffset(java.time.ZoneOffset.UTC))
        .param(UUID.fromString(id))
        .update();

    ApiClient.Response refused =
        agentApi.patch(
            "/api/v1/interactions/" + id, Map.of("subject", "Changed"), created.header("ETag"));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("errors").get(0).get("rule").asString()).isEqualTo("fixed");
    assertThat(refused.json().get("detail").asString()).contains("24 hours");
    assertThat(agentApi.get("/api/v1/interactions/" + id).json().get("subject").asString())
        .isEqualTo(created.json().get("subject").asString());
  }

  @Test
  void someoneElsesRecordCannotBeCorrected() {
    ApiClient.Response created =
        agentApi.post(
            "/api/v1/interactions", record(customer.get("id").asString(), "CONSULTATION", null));
    UserAccount colleague = staff.user(branch.id(), "CALL_CENTRE_AGENT");
    String path = "/api/v1/interactions/" + created.json().get("id").asString();

    ApiClient.Response refused =
        staff.as(colleague).patch(path, Map.of("subject", "Mine now"), created.header("ETag"));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("errors").get(0).get("rule").asString()).isEqualTo("author-only");
    assertThat(refused.json().get("detail").asString()).contains("Only the author");
    assertThat(staff.as(colleague).get(path).json().get("subject").asString())
        .isEqualTo(created.json().get("subject").asString());
  }

  @Test
  void aRecordOfACustomerInAnotherOrgUnitDoesNotExistForTheUser() {
    ApiClient.Response created =
        agentApi.post(
            "/api/v1/interactions", record(customer.get("id").asString(), "COMPLAINT", null));
    UserAccount outsider = staff.user(staff.branch().id(), "CALL_CENTRE_AGENT");
    ApiClient outsiderApi = staff.as(outsider);

    assertThat(
            outsiderApi.get("/api/v1/interactions/" + created.json().get("id").asString()).status())
        .isEqualTo(404);
    assertThat(
            outsiderApi
                .patch(
                    "/api/v1/interactions/" + created.json().get("id").asString(),
                    Map.of("subject", "x"),
                    created.header("ETag"))
                .status())
        .isEqualTo(404);
    assertThat(
            outsiderApi
                .get("/api/v1/interactions?customerId=" + customer.get("id").asString())
                .json()
                .get("items")
                .size())
        .isZero();
    ApiClient.Response logged =
        outsiderApi.post(
            "/api/v1/interactions", record(customer.get("id").asString(), "COMPLAINT", null));
    assertThat(logged.status()).isEqualTo(422);
    assertThat(errors(logged)).containsEntry("customerId", "unknown");
    assertThat(
            staff
                .admin()
                .get("/api/v1/interactions/" + created.json().get("id").asString())
                .status())
        .isEqualTo(200);
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndTheRuleAndNothingIsSaved() {
    String id = customer.get("id").asString();
    JsonNode other = staff.customer(agent, null);
    String othersContact = staff.contact(other.get("id").asString(), "Someone Else");
    String othersJob =
        staff
            .admin()
            .post("/api/v1/jobs", InteractionStaff.job(other.get("id").asString()))
            .json()
            .get("id")
            .asString();
    long before = count();

    assertRefused(without(record(id, "ORDER", null), "customerId"), "customerId", "required");
    assertRefused(record(UUID.randomUUID().toString(), "ORDER", null), "customerId", "unknown");
    assertRefused(record(id, "NO_SUCH_TYPE", null), "type", "unknown");
    assertRefused(with(record(id, "ORDER", null), "channel", "PIGEON"), "channel", "unknown");
    assertRefused(with(record(id, "ORDER", null), "direction", "SIDEWAYS"), "direction", "unknown");
    assertRefused(
        record(id, "ORDER", Instant.now().plus(26, ChronoUnit.HOURS)), "occurredAt", "future");
    assertRefused(
        with(record(id, "ORDER", null), "contactId", othersContact),
        "contactId",
        "not-of-customer");
    assertRefused(with(record(id, "ORDER", null), "jobId", othersJob), "jobId", "not-of-customer");
    assertRefused(with(record(id, "ORDER", null), "country", "XX"), "country", "iso-3166");
    assertRefused(with(record(id, "ORDER", null), "subject", " "), "subject", "required");
    assertRefused(
        with(record(id, "ORDER", null), "durationMinutes", -5), "durationMinutes", "range");

    ApiClient.Response chinese =
        agentApi.send(
            agentApi
                .builder("/api/v1/interactions")
                .header("Content-Type", "application/json")
                .header("Accept-Language", "zh-CN")
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"customerId\":\""
                            + id
                            + "\",\"type\":\"ORDER\",\"channel\":\"PIGEON\",\"direction\":\"INBOUND\","
                            + "\"subject\":\"x\"}")));
    assertThat(chinese.status()).isEqualTo(422);
    assertThat(chinese.json().get("errors").get(0).get("message").asString()).contains("不是渠道");
    assertThat(count()).isEqualTo(before);
    assertThat(
            agentApi
                .post(
                    "/api/v1/interactions",
                    record(id, "ORDER", Instant.now().plus(20, ChronoUnit.HOURS)))
                .status())
        .isEqualTo(201);
  }

  @Test
  void theListFiltersByTypeWithItsSubTypesChannelAuthorAndPeriodAndPagesByCursor() {
    String id = customer.get("id").asString();
    Instant base = Instant.now().minus(3, ChronoUnit.DAYS);
    agentApi.post("/api/v1/interactions", record(id, "COURSE_INQUIRY", base));
    agentApi.post(
        "/api/v1/interactions",
        with(record(id, "PRICE_INQUIRY", base.plusSeconds(60)), "channel", "EMAIL"));
    agentApi.post("/api/v1/interactions", record(id, "COMPLAINT", base.plusSeconds(120)));
    agentApi.post("/api/v1/interactions", record(id, "INQUIRY", base.minus(10, ChronoUnit.DAYS)));
    String list = "/api/v1/interactions?customerId=" + id;

    assertThat(types(agentApi.get(list + "&type=INQUIRY").json()))
        .containsExactly("PRICE_INQUIRY", "COURSE_INQUIRY", "INQUIRY");
    assertThat(types(agentApi.get(list + "&type=INQUIRY&from=" + base.minusSeconds(1)).json()))
        .containsExactly("PRICE_INQUIRY", "COURSE_INQUIRY");
    assertThat(types(agentApi.get(list + "&channel=EMAIL").json()))
        .containsExactly("PRICE_INQUIRY");
    assertThat(
            types(
                agentApi
                    .get(list + "&authorId=" + agent.id() + "&to=" + base.plusSeconds(61))
                    .json()))
        .containsExactly("PRICE_INQUIRY", "COURSE_INQUIRY", "INQUIRY");
    JsonNode first = agentApi.get(list + "&limit=2").json();
    JsonNode second =
        agentApi.get(list + "&limit=2&cursor=" + first.get("nextCursor").asString()).json();
    assertThat(types(first)).containsExactly("COMPLAINT", "PRICE_INQUIRY");
    assertThat(types(second)).containsExactly("COURSE_INQUIRY", "INQUIRY");
    assertThat(second.get("nextCursor").isNull()).isTrue();
    ApiClient.Response badType = agentApi.get(list + "&type=NOPE");
    assertThat(badType.status()).isEqualTo(422);
    assertThat(errors(badType)).containsEntry("type", "unknown");
    assertThat(agentApi.get(list + "&cursor=garbage").status()).isEqualTo(422);
  }

  private ApiClient.Response postWithKey(Map<String, Object> body, String key) {
    return agentApi.send(
        agentApi
            .builder("/api/v1/interactions")
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(
                java.net.http.HttpRequest.BodyPublishers.ofString(
                    tools.jackson.databind.json.JsonMapper.builder()
                        .build()
                        .writeValueAsString(body))));
  }

  private void assertRefused(Map<String, Object> body, String field, String rule) {
    ApiClient.Response response = agentApi.post("/api/v1/interactions", body);
    assertThat(response.status()).as(field + ": " + response.body()).isEqualTo(422);
    assertThat(errors(response)).as(response.body()).containsEntry(field, rule);
    assertThat(response.json().get("errors").get(0).get("message").asString()).isNotBlank();
  }

  private static List<String> types(JsonNode list) {
    List<String> types = new java.util.ArrayList<>();
    list.get("items").forEach(i -> types.add(i.get("type").asString()));
    return types;
  }

  private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
    body.put(field, value);
    return body;
  }

  private static Map<String, Object> without(Map<String, Object> body, String field) {
    body.remove(field);
    return body;
  }

  private long records(JsonNode customer) {
    return jdbc.sql("select count(*) from interaction_record where customer_id = ?")
        .param(UUID.fromString(customer.get("id").asString()))
        .query(Long.class)
        .single();
  }

  private long count() {
    return jdbc.sql("select count(*) from interaction_record").query(Long.class).single();
  }
}
