package io.pyra.marketing;

import static io.pyra.marketing.CampaignStaff.campaign;
import static io.pyra.marketing.CampaignStaff.code;
import static io.pyra.marketing.CampaignStaff.cost;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
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

/**
 * Campaigns over the API: recorded, read, listed by a cursor, changed with If-Match (a stale
 * version is 412 and changes nothing), moved through their statuses (an illegal move is a 422
 * naming status), and their actual costs recorded, listed and removed with totals per currency
 * checked against this test's own sums; a campaign of another team is neither read, listed nor
 * changed; every bad input is a 422 naming the field in English and Chinese, and nothing is stored.
 */
@PyraIntegrationTest
class CampaignApiTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  CampaignStaff staff;
  OrgUnit branch;
  UserAccount marketer;
  ApiClient api;

  @BeforeEach
  void setUp() {
    staff = new CampaignStaff(orgUnits, users, roles, jdbc, port);
    branch = staff.org().branch();
    marketer = staff.user(branch, "MARKETING");
    api = staff.api(marketer);
  }

  @Test
  void aCampaignIsRecordedReadListedAndChangedWithItsVersion() {
    String code = code();
    ApiClient.Response created =
        api.post("/api/v1/campaigns", campaign(code.toLowerCase(), "Spring open day"));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode body = created.json();
    String id = body.get("id").asString();
    assertThat(created.header("Location")).endsWith("/api/v1/campaigns/" + id);
    assertThat(body.get("code").asString()).isEqualTo(code);
    assertThat(body.get("status").asString()).isEqualTo("PLANNED");
    assertThat(body.get("channel").asString()).isEqualTo("SOCIAL_MEDIA");
    assertThat(body.get("channelName").asString()).isEqualTo("Social media");
    assertThat(new BigDecimal(body.get("budgetAmount").asString())).isEqualByComparingTo("10000");
    assertThat(body.get("ownerId").asString()).isEqualTo(marketer.id().toString());
    assertThat(body.get("orgUnitId").asString()).isEqualTo(branch.id().toString());
    assertThat(body.get("startsOn").asString()).isEqualTo("2027-03-01");
    assertThat(body.get("endsOn").asString()).isEqualTo("2027-03-31");
    assertThat(strings(body.get("nextStatuses"))).containsExactlyInAnyOrder("ACTIVE", "CANCELLED");
    // nothing spent yet: the whole budget remains
    assertThat(body.get("spending").get("totals")).isEmpty();
    assertThat(new BigDecimal(body.get("spending").get("remaining").asString()))
        .isEqualByComparingTo("10000");

    String path = "/api/v1/campaigns/" + id;
    ApiClient.Response read = api.get(path);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("ETag")).isEqualTo(created.header("ETag"));

    JsonNode listed = api.get("/api/v1/campaigns?q=" + code).json();
    assertThat(listed.get("items")).hasSize(1);
    assertThat(listed.get("items").get(0).get("id").asString()).isEqualTo(id);

    Map<String, Object> change = campaign("IGNORED", "Spring open days");
    change.put("channel", "EVENTS");
    change.put("endsOn", null);
    change.put("budgetAmount", "12500.50");
    ApiClient.Response changed = api.put(path, change, created.header("ETag"));
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().get("code").asString()).as("the code stays").isEqualTo(code);
    assertThat(changed.json().get("name").asString()).isEqualTo("Spring open days");
    assertThat(changed.json().get("channel").asString()).isEqualTo("EVENTS");
    assertThat(changed.json().get("endsOn").isNull()).isTrue();
    assertThat(changed.header("ETag")).isNotEqualTo(created.header("ETag"));

    // a second save on the version read before is refused and overwrites nothing
    Map<String, Object> late = campaign(code, "A lost update");
    ApiClient.Response stale = api.put(path, late, created.header("ETag"));
    assertThat(stale.status()).isEqualTo(412);
    assertThat(api.get(path).json().get("name").asString()).isEqualTo("Spring open days");
    assertThat(api.put(path, late, null).status()).isEqualTo(428);
  }

  @Test
  void aRetriedCreateWithTheSameIdempotencyKeyRecordsOnce() {
    String key = UUID.randomUUID().toString();
    String body = JSON.writeValueAsString(campaign(code(), "Retried"));
    long before = staff.campaignCount();
    ApiClient.Response first = sendWithKey(body, key);
    ApiClient.Response second = sendWithKey(body, key);
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(second.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
    assertThat(staff.campaignCount()).isEqualTo(before + 1);
  }

  @Test
  void theStatusMovesAsTheLifecycleAllowsAndAnIllegalMoveChangesNothing() {
    UUID id = staff.record(marketer, code());
    String path = "/api/v1/campaigns/" + id;

    moveRefused(id, "PAUSED", "PLANNED");
    moveRefused(id, "COMPLETED", "PLANNED");
    moved(path, "ACTIVE");
    moved(path, "PAUSED");
    moveRefused(id, "COMPLETED", "PAUSED");
    moved(path, "ACTIVE");
    moved(path, "COMPLETED");
    moveRefused(id, "ACTIVE", "COMPLETED");
    moveRefused(id, "CANCELLED", "COMPLETED");
    assertThat(strings(api.get(path).json().get("nextStatuses"))).isEmpty();

    UUID paused = staff.record(marketer, code());
    String pausedPath = "/api/v1/campaigns/" + paused;
    moved(pausedPath, "ACTIVE");
    moved(pausedPath, "PAUSED");
    moved(pausedPath, "CANCELLED");
    moveRefused(paused, "ACTIVE", "CANCELLED");
    UUID planned = staff.record(marketer, code());
    moved("/api/v1/campaigns/" + planned, "CANCELLED");

    // a move on a stale version is refused
    UUID other = staff.record(marketer, code());
    String otherPath = "/api/v1/campaigns/" + other;
    String etag = api.get(otherPath).header("ETag");
    moved(otherPath, "ACTIVE");
    ApiClient.Response stale =
        api.send(
            api.builder(otherPath + "/status")
                .header("Content-Type", "application/json")
                .header("If-Match", etag)
                .POST(HttpRequest.BodyPublishers.ofString("{\"status\":\"PAUSED\"}")));
    assertThat(stale.status()).isEqualTo(412);
    assertThat(api.get(otherPath).json().get("status").asString()).isEqualTo("ACTIVE");
  }

  @Test
  void actualCostsAddUpPerCurrencyAndTheRemainderCountsTheBudgetsCurrencyOnly() {
    UUID id = staff.record(marketer, code());
    String costs = "/api/v1/campaigns/" + id + "/costs";
    List<String[]> entries =
        List.of(
            new String[] {"1200.50", "CNY"},
            new String[] {"0", "CNY"},
            new String[] {"799.50", "cny"},
            new String[] {"333.33", "CNY"},
            new String[] {"100.10", "USD"},
            new String[] {"0.01", "USD"},
            new String[] {"0", "EUR"});
    List<String> ids = new ArrayList<>();
    for (String[] e : entries) {
      ApiClient.Response added = api.post(costs, cost(e[0], e[1], "Ads " + e[0]));
      assertThat(added.status()).as(added.body()).isEqualTo(201);
      ids.add(added.json().get("id").asString());
    }
    BigDecimal budget = new BigDecimal("10000.00");
    BigDecimal cny =
        new BigDecimal("1200.50")
            .add(BigDecimal.ZERO)
            .add(new BigDecimal("799.50"))
            .add(new BigDecimal("333.33"));
    BigDecimal usd = new BigDecimal("100.10").add(new BigDecimal("0.01"));

    JsonNode listed = api.get(costs).json();
    assertThat(listed.get("items")).hasSize(entries.size());
    assertTotals(listed.get("spending"), Map.of("CNY", cny, "USD", usd, "EUR", BigDecimal.ZERO));
    assertThat(number(listed.get("spending").get("spentInBudgetCurrency")))
        .isEqualByComparingTo(cny);
    assertThat(number(listed.get("spending").get("remaining")))
        .isEqualByComparingTo(budget.subtract(cny));
    JsonNode spending = api.get("/api/v1/campaigns/" + id).json().get("spending");
    assertThat(number(spending.get("remaining"))).isEqualByComparingTo(budget.subtract(cny));

    // removing the 1,200.50 CNY entry gives it back to the budget
    ApiClient.Response removed = api.delete(costs + "/" + ids.get(0), null);
    assertThat(removed.status()).as(removed.body()).isEqualTo(204);
    BigDecimal cnyAfter = cny.subtract(new BigDecimal("1200.50"));
    JsonNode after = api.get(costs).json();
    assertThat(after.get("items")).hasSize(entries.size() - 1);
    assertTotals(
        after.get("spending"), Map.of("CNY", cnyAfter, "USD", usd, "EUR", BigDecimal.ZERO));
    assertThat(number(after.get("spending").get("remaining")))
        .isEqualByComparingTo(budget.subtract(cnyAfter));
    assertThat(api.delete(costs + "/" + ids.get(0), null).status()).isEqualTo(404);
    assertThat(api.delete(costs + "/" + UUID.randomUUID(), null).status()).isEqualTo(404);
  }

  @Test
  void aCampaignKeepsAtMost500CostEntries() {
    UUID id = staff.record(marketer, code());
    for (int i = 0; i < 500; i++) {
      jdbc.sql(
              "insert into marketing_campaign_cost (id, campaign_id, spent_on, amount, currency,"
                  + " created_at) values (?, ?, ?, 1, 'CNY', ?)")
          .params(
              UUID.randomUUID(), id, LocalDate.of(2027, 3, 2), OffsetDateTime.now(ZoneOffset.UTC))
          .update();
    }
    ApiClient.Response refused =
        api.post("/api/v1/campaigns/" + id + "/costs", cost("5", "CNY", "one too many"));
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.refusedFields()).containsEntry("costs", "max-count");
    assertThat(staff.costCount(id)).isEqualTo(500);
    JsonNode spending = api.get("/api/v1/campaigns/" + id).json().get("spending");
    assertThat(number(spending.get("spentInBudgetCurrency"))).isEqualByComparingTo("500");
  }

  @Test
  void anotherTeamsCampaignIsNeitherReadNorListedNorChanged() {
    OrgUnit otherBranch = staff.org().branch();
    UserAccount otherMarketer = staff.user(otherBranch, "MARKETING");
    String theirCode = code();
    UUID theirs = staff.record(otherMarketer, theirCode);
    String costId =
        staff
            .api(otherMarketer)
            .post("/api/v1/campaigns/" + theirs + "/costs", cost("10", "CNY", "theirs"))
            .json()
            .get("id")
            .asString();
    String path = "/api/v1/campaigns/" + theirs;
    String etag = staff.admin().get(path).header("ETag");
    long costsBefore = staff.costCount(theirs);

    assertThat(api.get(path).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/campaigns?q=" + theirCode).json().get("items")).isEmpty();
    assertThat(api.put(path, campaign(theirCode, "Taken over"), etag).status()).isEqualTo(404);
    assertThat(api.post(path + "/status", Map.of("status", "ACTIVE")).status()).isEqualTo(404);
    assertThat(api.get(path + "/costs").status()).isEqualTo(404);
    assertThat(api.post(path + "/costs", cost("1", "CNY", "x")).status()).isEqualTo(404);
    assertThat(api.delete(path + "/costs/" + costId, null).status()).isEqualTo(404);
    assertThat(staff.costCount(theirs)).isEqualTo(costsBefore);
    JsonNode unchanged = staff.admin().get(path).json();
    assertThat(unchanged.get("status").asString()).isEqualTo("PLANNED");
    assertThat(unchanged.get("name").asString()).isEqualTo("Campaign " + theirCode);

    // a principal reads their own branch's campaigns but not another's, and changes none
    String ours = code();
    UUID mine = staff.record(marketer, ours);
    ApiClient principal = staff.api(staff.user(branch, "CENTRE_PRINCIPAL"));
    assertThat(principal.get("/api/v1/campaigns/" + mine).status()).isEqualTo(200);
    assertThat(principal.get("/api/v1/campaigns?q=" + ours).json().get("items")).hasSize(1);
    assertThat(principal.get(path).status()).isEqualTo(404);
    assertThat(
            principal
                .post("/api/v1/campaigns/" + mine + "/status", Map.of("status", "ACTIVE"))
                .status())
        .isEqualTo(403);
    assertThat(principal.post("/api/v1/campaigns", campaign(code(), "Not mine to run")).status())
        .isEqualTo(403);

    // management reads both; a consultant has no campaigns at all
    ApiClient management = staff.api(staff.user(branch, "MANAGEMENT"));
    assertThat(management.get(path).status()).isEqualTo(200);
    assertThat(management.get("/api/v1/campaigns/" + mine).status()).isEqualTo(200);
    assertThat(staff.api(staff.user(branch, "COURSE_CONSULTANT")).get("/api/v1/campaigns").status())
        .isEqualTo(403);

    // a marketer cannot place a campaign in another branch
    Map<String, Object> elsewhere = campaign(code(), "Elsewhere");
    elsewhere.put("orgUnitId", otherBranch.id());
    refused(elsewhere, "orgUnitId", "not-allowed");
    Map<String, Object> givenAway = campaign(code(), "Given away");
    givenAway.put("ownerId", otherMarketer.id());
    refused(givenAway, "ownerId", "not-allowed");
  }

  // ----- bad input: a 422 naming the field in English and Chinese, nothing stored

  @Test
  void aCurrencyThatDoesNotExistIsRefused() {
    for (String currency : new String[] {"XYZ", "RMB", "US", "C1Y", ""}) {
      Map<String, Object> body = campaign(code(), "Bad currency");
      body.put("budgetCurrency", currency);
      refused(body, "budgetCurrency", "iso-4217");
    }
    UUID id = staff.record(marketer, code());
    for (String currency : new String[] {"XYZ", "RMB", "EURO"}) {
      costRefused(id, cost("10", currency, "bad"), "currency");
    }
  }

  @Test
  void negativeAmountsAreRefused() {
    Map<String, Object> body = campaign(code(), "Negative budget");
    body.put("budgetAmount", "-0.01");
    refused(body, "budgetAmount", "negative");
    UUID id = staff.record(marketer, code());
    costRefused(id, cost("-5", "CNY", "refund?"), "amount");
    Map<String, Object> fraction = campaign(code(), "Fraction of a cent");
    fraction.put("budgetAmount", "10.001");
    refused(fraction, "budgetAmount", "range");
  }

  @Test
  void anEndBeforeTheStartIsRefusedOnCreateAndOnChange() {
    Map<String, Object> body = campaign(code(), "Backwards");
    body.put("startsOn", "2027-03-10");
    body.put("endsOn", "2027-03-09");
    refused(body, "endsOn", "before-start");

    UUID id = staff.record(marketer, code());
    String path = "/api/v1/campaigns/" + id;
    ApiClient.Response current = api.get(path);
    ApiClient.Response changed = api.put(path, body, current.header("ETag"));
    assertThat(changed.status()).as(changed.body()).isEqualTo(422);
    assertThat(changed.refusedFields()).containsEntry("endsOn", "before-start");
    assertThat(api.get(path).header("ETag")).isEqualTo(current.header("ETag"));
    assertThat(api.get(path).json().get("endsOn").asString()).isEqualTo("2027-03-31");
  }

  @Test
  void textsOverTheirLimitsAreRefused() {
    Map<String, Object> name = campaign(code(), "n".repeat(201));
    refused(name, "name", "max-length");
    Map<String, Object> audience = campaign(code(), "Long audience");
    audience.put("audience", "a".repeat(501));
    refused(audience, "audience", "max-length");
    Map<String, Object> code = campaign("C".repeat(41), "Long code");
    refused(code, "code", "max-length");
    Map<String, Object> blank = campaign(code(), " ");
    refused(blank, "name", "required");
    UUID id = staff.record(marketer, code());
    costRefused(id, cost("10", "CNY", "n".repeat(301)), "note");

    // exactly at the limits is accepted
    Map<String, Object> longest = campaign(code(), "n".repeat(200));
    longest.put("audience", "a".repeat(500));
    assertThat(api.post("/api/v1/campaigns", longest).status()).isEqualTo(201);
  }

  @Test
  void anUnknownOrInactiveChannelAndATakenCodeAreRefused() {
    Map<String, Object> body = campaign(code(), "Carrier pigeons");
    body.put("channel", "CARRIER_PIGEON");
    refused(body, "channel", "not-found");
    String taken = code();
    staff.record(marketer, taken);
    refused(campaign(taken.toLowerCase(), "Same code"), "code", "unique");
    refused(campaign("no spaces", "Bad code"), "code", "pattern");
  }

  private ApiClient.Response refused(Map<String, Object> body, String field, String rule) {
    long campaigns = staff.campaignCount();
    String json = JSON.writeValueAsString(body);
    ApiClient.Response english = post("/api/v1/campaigns", json, "en");
    assertThat(english.status()).as(english.body()).isEqualTo(422);
    assertThat(english.refusedFields()).as(english.body()).containsEntry(field, rule);
    ApiClient.Response chinese = post("/api/v1/campaigns", json, "zh-CN");
    assertThat(chinese.status()).isEqualTo(422);
    assertThat(message(chinese, field)).as(chinese.body()).containsPattern("\\p{IsHan}");
    assertThat(message(english, field)).as(english.body()).doesNotContainPattern("\\p{IsHan}");
    assertThat(staff.campaignCount()).isEqualTo(campaigns);
    return english;
  }

  private void costRefused(UUID id, Map<String, Object> body, String field) {
    long costs = staff.costCount();
    String json = JSON.writeValueAsString(body);
    String path = "/api/v1/campaigns/" + id + "/costs";
    ApiClient.Response english = post(path, json, "en");
    assertThat(english.status()).as(english.body()).isEqualTo(422);
    assertThat(english.refusedFields()).as(english.body()).containsKey(field);
    ApiClient.Response chinese = post(path, json, "zh-CN");
    assertThat(chinese.status()).isEqualTo(422);
    assertThat(message(chinese, field)).as(chinese.body()).containsPattern("\\p{IsHan}");
    assertThat(staff.costCount()).isEqualTo(costs);
  }

  private void moved(String path, String status) {
    ApiClient.Response moved = api.post(path + "/status", Map.of("status", status));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().get("status").asString()).isEqualTo(status);
  }

  private void moveRefused(UUID id, String status, String standing) {
    String path = "/api/v1/campaigns/" + id;
    String etag = api.get(path).header("ETag");
    ApiClient.Response refused = api.post(path + "/status", Map.of("status", status));
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.refusedFields()).containsEntry("status", "transition");
    assertThat(refused.json().get("detail").asString()).contains(standing).contains(status);
    assertThat(api.get(path).header("ETag")).isEqualTo(etag);
    assertThat(api.get(path).json().get("status").asString()).isEqualTo(standing);
  }

  private ApiClient.Response post(String path, String json, String language) {
    return api.send(
        api.builder(path)
            .header("Content-Type", "application/json")
            .header("Accept-Language", language)
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private ApiClient.Response sendWithKey(String json, String key) {
    return api.send(
        api.builder("/api/v1/campaigns")
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private static String message(ApiClient.Response response, String field) {
    for (JsonNode error : response.json().get("errors")) {
      if (error.get("field").asString().equals(field)) {
        return error.get("message").asString();
      }
    }
    throw new AssertionError("no error on " + field + ": " + response.body());
  }

  private static void assertTotals(JsonNode spending, Map<String, BigDecimal> expected) {
    Map<String, BigDecimal> totals = new HashMap<>();
    for (JsonNode t : spending.get("totals")) {
      totals.put(t.get("currency").asString(), number(t.get("amount")));
    }
    assertThat(totals.keySet()).isEqualTo(expected.keySet());
    expected.forEach(
        (currency, sum) -> assertThat(totals.get(currency)).as(currency).isEqualByComparingTo(sum));
  }

  private static BigDecimal number(JsonNode node) {
    return new BigDecimal(node.asString());
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asString()));
    return values;
  }
}
