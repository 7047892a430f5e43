package io.pyra.sales;

import static io.pyra.sales.OrderStaff.line;
import static io.pyra.sales.OrderStaff.order;
import static io.pyra.sales.OrderStaff.unique;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Orders over the API: create with totals, idempotent replay, If-Match, signing with and without
 * the permission, cancelling, credit notes, conversion at the stored rate, an opportunity's order,
 * visibility and the customer timeline.
 */
@PyraIntegrationTest
class OrderApiTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  OrderStaff staff;
  OrgUnit branch;
  UserAccount consultant;
  UUID customer;

  @BeforeEach
  void setUp() {
    staff = new OrderStaff(orgUnits, users, roles, jdbc, port);
    branch = staff.branch();
    consultant = staff.user(branch, "COURSE_CONSULTANT");
    customer = staff.customer(unique("Chen Jing"), consultant, branch);
  }

  @Test
  void aConsultantWritesAnOrderWithTotalsCostAndMargin() {
    String product = staff.product("IELTS intensive", "12800", "4100.50", "CNY");
    Map<String, Object> first = new HashMap<>();
    first.put("productCode", product);
    first.put("quantity", 2);
    first.put("discountPercent", "12.5");
    Map<String, Object> body = order(customer, first, line("Materials", "3", "99.99", null, "20"));
    body.put("kind", "CONTRACT");
    body.put("courseStart", "2027-01-04");
    body.put("courseEnd", "2027-03-28");
    body.put("source", "REFERRAL");
    body.put("notes", "Weekend class");

    ApiClient.Response created = staff.api(consultant).post("/api/v1/orders", body);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode json = created.json();
    // 2 × 12,800 less 12.5 % = 22,400; 3 × 99.99 = 299.97; cost 2 × 4,100.50 + 3 × 20 = 8,261
    BigDecimal net =
        new BigDecimal("2")
            .multiply(new BigDecimal("12800"))
            .multiply(new BigDecimal("0.875"))
            .add(new BigDecimal("3").multiply(new BigDecimal("99.99")));
    BigDecimal cost =
        new BigDecimal("2")
            .multiply(new BigDecimal("4100.50"))
            .add(new BigDecimal("3").multiply(new BigDecimal("20")));
    assertThat(new BigDecimal(json.get("net").asString())).isEqualByComparingTo(net);
    assertThat(json.get("net").asString()).isEqualTo("22699.97");
    assertThat(new BigDecimal(json.get("cost").asString())).isEqualByComparingTo(cost);
    assertThat(new BigDecimal(json.get("margin").asString()))
        .isEqualByComparingTo(net.subtract(cost));
    assertThat(json.get("paid").asString()).isEqualTo("0.00");
    assertThat(json.get("outstanding").asString()).isEqualTo("0.00"); // a draft owes nothing yet
    assertThat(json.get("status").asString()).isEqualTo("DRAFT");
    assertThat(json.get("kind").asString()).isEqualTo("CONTRACT");
    assertThat(json.get("number").asString()).matches("SO-\\d{6,}");
    assertThat(json.get("currency").asString()).isEqualTo("CNY");
    assertThat(json.get("orderDay").asString()).isEqualTo("2026-12-05");
    assertThat(json.get("ownerId").asString()).isEqualTo(consultant.id().toString());
    assertThat(json.get("lines").get(0).get("productCode").asString()).isEqualTo(product);
    assertThat(json.get("lines").get(0).get("description").asString()).isEqualTo("IELTS intensive");
    assertThat(json.get("lines").get(0).get("unitCost").asString()).isEqualTo("4100.50");
    assertThat(json.get("courseEnd").asString()).isEqualTo("2027-03-28");
    assertThat(created.header("ETag")).isEqualTo("\"" + json.get("version").asLong() + "\"");
    assertThat(created.header("Location")).endsWith("/api/v1/orders/" + json.get("id").asString());

    ApiClient.Response read =
        staff.api(consultant).get("/api/v1/orders/" + json.get("id").asString());
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("ETag")).isEqualTo(created.header("ETag"));
    assertThat(read.json().get("customerName").asString()).startsWith("Chen Jing");
  }

  @Test
  void theCreateIsInTheAuditLogByTheConsultantWithEveryFieldThatHasAValueAndTheLines() {
    Map<String, Object> body =
        order(
            customer,
            line("English course, 40 hours", "2", "4800.00", "10", "1500"),
            line("Course book", "1", "120.50", null, "40"));
    body.put("notes", "Paid in two parts");

    ApiClient.Response created = staff.api(consultant).post("/api/v1/orders", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").asString();

    record Entry(String action, UUID actorId, String actorName, String changes) {}
    Entry entry =
        jdbc.sql(
                """
                select action, actor_id, actor_name, changes from platform_audit_entry
                 where record_type = 'sales_order' and record_id = ?""")
            .param(id)
            .query(Entry.class)
            .single();
    assertThat(entry.action()).isEqualTo("CREATE");
    assertThat(entry.actorId()).isEqualTo(consultant.id());
    assertThat(entry.actorName()).isEqualTo(consultant.username());
    Map<String, String> after = new java.util.LinkedHashMap<>();
    for (JsonNode change : JSON.readTree(entry.changes())) {
      assertThat(change.get("before").isNull()).isTrue();
      after.put(change.get("field").asString(), change.get("after").asString());
    }
    // every field with a value, by name, then the lines (sorted as text); no version, no field
    // without a value (contact, opportunity, course dates, signature, cancellation)
    assertThat(after.keySet())
        .containsExactly(
            "amount",
            "amountBase",
            "cost",
            "costBase",
            "createdAt",
            "createdBy",
            "currency",
            "customerId",
            "exchangeRate",
            "kind",
            "lineCount",
            "notes",
            "number",
            "orderDay",
            "orderedAt",
            "orgUnitId",
            "ownerId",
            "paid",
            "refunded",
            "status",
            "updatedAt",
            "lines");
    // 2 × 4,800 less 10 % = 8,640 and 120.50: 8,760.50; cost 2 × 1,500 + 40 = 3,040
    assertThat(new BigDecimal(after.get("amount"))).isEqualByComparingTo("8760.50");
    assertThat(new BigDecimal(after.get("cost"))).isEqualByComparingTo("3040");
    assertThat(after.get("lineCount")).isEqualTo("2");
    assertThat(after.get("number")).isEqualTo(created.json().get("number").asString());
    assertThat(after.get("customerId")).isEqualTo(customer.toString());
    assertThat(after.get("ownerId")).isEqualTo(consultant.id().toString());
    assertThat(after.get("createdBy")).isEqualTo(consultant.id().toString());
    assertThat(after.get("status")).isEqualTo("DRAFT");
    assertThat(after.get("orderedAt")).isEqualTo("2026-12-05T02:30:00Z");
    assertThat(after.get("notes")).isEqualTo("Paid in two parts");
    assertThat(after.get("lines"))
        .isEqualTo("[Course book 1 × 120.5, English course, 40 hours 2 × 4800 −10%]");
  }

  @Test
  void aRetriedCreateWithTheSameIdempotencyKeyWritesOneOrder() {
    ApiClient api = staff.api(consultant);
    String body = JSON.writeValueAsString(order(customer));
    String key = UUID.randomUUID().toString();
    long before = staff.orderCount();

    ApiClient.Response first = post(api, body, key);
    ApiClient.Response second = post(api, body, key);

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
    assertThat(second.json().get("number").asString())
        .isEqualTo(first.json().get("number").asString());
    assertThat(staff.orderCount()).isEqualTo(before + 1);
  }

  @Test
  void aRetryWhoseFirstRequestTookTheGivenNumberGetsTheFirstOrder() {
    ApiClient api = staff.api(consultant);
    Map<String, Object> order = order(customer);
    order.put("number", "R-" + UUID.randomUUID().toString().substring(0, 8));
    String body = JSON.writeValueAsString(order);
    String key = UUID.randomUUID().toString();
    long before = staff.orderCount();

    ApiClient.Response first = post(api, body, key);
    // run again, the create itself would now refuse the number as taken
    ApiClient.Response retry = post(api, body, key);

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(retry.status()).as(retry.body()).isEqualTo(201);
    assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
    assertThat(staff.orderCount()).isEqualTo(before + 1);
    ApiClient.Response otherBody = post(api, JSON.writeValueAsString(order(customer)), key);
    assertThat(otherBody.status()).isEqualTo(422);
    assertThat(fields(otherBody)).containsEntry("Idempotency-Key", "reused");
  }

  @Test
  void aGivenNumberOfTheGeneratedFormIsNeverGeneratedAgain() {
    ApiClient api = staff.api(consultant);
    long generated = sequenceValue(api.post("/api/v1/orders", order(customer)));
    String given = String.format("SO-%06d", generated + 3);
    Map<String, Object> withNumber = order(customer);
    withNumber.put("number", given);

    ApiClient.Response taken = api.post("/api/v1/orders", withNumber);
    assertThat(taken.status()).as(taken.body()).isEqualTo(201);
    assertThat(taken.json().get("number").asString()).isEqualTo(given);

    // the next numbers the sequence would have handed out, up to the given one, are skipped
    ApiClient.Response next = api.post("/api/v1/orders", order(customer));
    assertThat(next.status()).as(next.body()).isEqualTo(201);
    assertThat(sequenceValue(next)).isGreaterThan(generated + 3);
  }

  @Test
  void aNumberTakenBehindTheSequencesBackIsRefusedNamingTheNumber() {
    ApiClient api = staff.api(consultant);
    ApiClient.Response first = api.post("/api/v1/orders", order(customer));
    long generated = sequenceValue(first);
    String ahead = String.format("SO-%06d", generated + 1);
    // another writer (a racing node) stored the sequence's next number without moving it on
    jdbc.sql("update sales_order set number = :ahead where id = :id")
        .param("ahead", ahead)
        .param("id", UUID.fromString(first.json().get("id").asString()))
        .update();
    long before = staff.orderCount();

    ApiClient.Response clash = api.post("/api/v1/orders", order(customer));

    assertThat(clash.status()).as(clash.body()).isEqualTo(422);
    assertThat(fields(clash)).containsEntry("number", "unique");
    assertThat(clash.body()).contains(ahead);
    assertThat(staff.orderCount()).isEqualTo(before);
    ApiClient.Response again = api.post("/api/v1/orders", order(customer));
    assertThat(again.status()).as(again.body()).isEqualTo(201);
    assertThat(sequenceValue(again)).isGreaterThan(generated + 1);
  }

  @Test
  void aBaseCurrencyChangedThroughPyraCountsForTheNextOrderAtOnce() {
    ApiClient admin = staff.admin();
    ApiClient api = staff.api(consultant);
    Map<String, Object> inKronor = order(customer); // SEK: a currency no test gives a rate
    inKronor.put("currency", "SEK");
    assertThat(api.post("/api/v1/orders", order(customer)).status()).isEqualTo(201);
    ApiClient.Response settings = admin.get("/api/v1/sales/settings");
    assertThat(settings.json().get("baseCurrency").asString()).isEqualTo("CNY");
    ApiClient.Response changed =
        admin.put("/api/v1/sales/settings", Map.of("baseCurrency", "SEK"), settings.header("ETag"));
    try {
      assertThat(changed.status()).as(changed.body()).isEqualTo(200);

      ApiClient.Response created = api.post("/api/v1/orders", inKronor);

      assertThat(created.status()).as(created.body()).isEqualTo(201);
      assertThat(created.json().get("exchangeRate").asString()).isEqualTo("1");
      assertThat(created.json().get("amountBase").asString())
          .isEqualTo(created.json().get("net").asString());
    } finally {
      ApiClient.Response now = admin.get("/api/v1/sales/settings");
      ApiClient.Response back =
          admin.put("/api/v1/sales/settings", Map.of("baseCurrency", "CNY"), now.header("ETag"));
      assertThat(back.status()).as(back.body()).isEqualTo(200);
    }
    ApiClient.Response noRate = api.post("/api/v1/orders", inKronor);
    assertThat(noRate.status()).as(noRate.body()).isEqualTo(422);
    assertThat(fields(noRate)).containsEntry("currency", "no-rate");
  }

  /** The sequence value behind a generated number (SO-000042: 42). */
  private static long sequenceValue(ApiClient.Response created) {
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String number = created.json().get("number").asString();
    assertThat(number).matches("SO-\\d{6,}");
    return Long.parseLong(number.substring(3));
  }

  @Test
  void aChangeNeedsTheCurrentVersion() {
    ApiClient api = staff.api(consultant);
    ApiClient.Response created = api.post("/api/v1/orders", order(customer));
    String path = "/api/v1/orders/" + created.json().get("id").asString();
    Map<String, Object> change = order(customer, line("IELTS course", "2", "9800", "10", "3000"));

    assertThat(api.put(path, change, null).status()).isEqualTo(428);
    ApiClient.Response changed = api.put(path, change, created.header("ETag"));
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    // 2 × 9,800 less 10 % = 17,640
    assertThat(changed.json().get("net").asString()).isEqualTo("17640.00");
    assertThat(changed.header("ETag")).isNotEqualTo(created.header("ETag"));

    ApiClient.Response stale = api.put(path, order(customer), created.header("ETag"));
    assertThat(stale.status()).isEqualTo(412);
    assertThat(api.get(path).json().get("net").asString()).isEqualTo("17640.00");
    assertThat(
            jdbc.sql(
                    "select count(*) from platform_audit_entry where record_type = 'sales_order' and record_id = ?")
                .param(created.json().get("id").asString())
                .query(Long.class)
                .single())
        .as("the creation and the change are in the audit log")
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void onlyAHolderOfOrderSignSignsAndASignedContractsLinesAreFixed() {
    UserAccount specialist = staff.user(branch, "ENROLMENT_SPECIALIST");
    Map<String, Object> body = order(customer);
    body.put("kind", "CONTRACT");
    ApiClient.Response created = staff.api(consultant).post("/api/v1/orders", body);
    String id = created.json().get("id").asString();

    ApiClient.Response refused = action(staff.api(consultant), id, "sign", created.header("ETag"));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(staff.api(consultant).get("/api/v1/orders/" + id).json().get("status").asString())
        .isEqualTo("DRAFT");

    assertThat(staff.api(specialist).post("/api/v1/orders/" + id + "/sign", Map.of()).status())
        .isEqualTo(428);
    ApiClient.Response signed = action(staff.api(specialist), id, "sign", created.header("ETag"));
    assertThat(signed.status()).as(signed.body()).isEqualTo(200);
    assertThat(signed.json().get("status").asString()).isEqualTo("SIGNED");
    assertThat(signed.json().get("signedBy").asString()).isEqualTo(specialist.id().toString());
    assertThat(signed.json().get("outstanding").asString()).isEqualTo("9800.00");

    Map<String, Object> amended = order(customer, line("IELTS course", "1", "8800", null, "3000"));
    amended.put("kind", "CONTRACT");
    ApiClient.Response edit =
        staff.api(consultant).put("/api/v1/orders/" + id, amended, signed.header("ETag"));
    assertThat(edit.status()).isEqualTo(422);
    assertThat(fields(edit)).containsEntry("lines", "signed");
    assertThat(edit.json().toString()).contains("credit note");

    Map<String, Object> notes = order(customer);
    notes.put("kind", "CONTRACT");
    notes.put("notes", "Signed copy filed");
    ApiClient.Response annotated =
        staff.api(consultant).put("/api/v1/orders/" + id, notes, signed.header("ETag"));
    assertThat(annotated.status()).as(annotated.body()).isEqualTo(200);
    assertThat(annotated.json().get("notes").asString()).isEqualTo("Signed copy filed");
  }

  @Test
  void aCancelledOrderNoLongerCounts() {
    UserAccount specialist = staff.user(branch, "ENROLMENT_SPECIALIST");
    ApiClient.Response created = staff.api(consultant).post("/api/v1/orders", order(customer));
    String id = created.json().get("id").asString();
    ApiClient.Response signed = action(staff.api(specialist), id, "sign", created.header("ETag"));

    ApiClient.Response stale = action(staff.api(consultant), id, "cancel", created.header("ETag"));
    assertThat(stale.status()).isEqualTo(412);
    ApiClient.Response cancelled =
        action(staff.api(consultant), id, "cancel", signed.header("ETag"));

    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
    assertThat(cancelled.json().get("outstanding").asString()).isEqualTo("0.00");
    assertThat(cancelled.json().get("cancelledAt").isNull()).isFalse();
    ApiClient.Response again =
        action(staff.api(consultant), id, "cancel", cancelled.header("ETag"));
    assertThat(again.status()).isEqualTo(422);
    ApiClient.Response list =
        staff
            .api(consultant)
            .get("/api/v1/orders?status=SIGNED,ACTIVE,COMPLETED&customerId=" + customer);
    assertThat(list.json().get("items").toString()).doesNotContain(id);
  }

  @Test
  void aCreditNoteHasNegativeAmountsAndNamesTheOriginal() {
    String original =
        staff.api(consultant).post("/api/v1/orders", order(customer)).json().get("id").asString();
    Map<String, Object> body = order(customer, line("Returned materials", "2", "150", null, "40"));
    body.put("kind", "CREDIT_NOTE");
    body.put("originalOrderId", original);

    ApiClient.Response credit = staff.api(consultant).post("/api/v1/orders", body);

    assertThat(credit.status()).as(credit.body()).isEqualTo(201);
    // −2 × 150 = −300, cost −2 × 40 = −80, margin −220
    assertThat(credit.json().get("net").asString()).isEqualTo("-300.00");
    assertThat(credit.json().get("cost").asString()).isEqualTo("-80.00");
    assertThat(credit.json().get("margin").asString()).isEqualTo("-220.00");
    assertThat(credit.json().get("lines").get(0).get("quantity").asString()).isEqualTo("-2");
    assertThat(credit.json().get("originalOrderId").asString()).isEqualTo(original);
  }

  @Test
  void anOrderInAnotherCurrencyIsConvertedAtTheRateOfItsDay() {
    ApiClient admin = staff.admin();
    String currency = "CHF";
    assertThat(
            admin
                .post(
                    "/api/v1/exchange-rates",
                    Map.of("currency", currency, "validFrom", "2026-01-01", "rate", "8.1"))
                .status())
        .isEqualTo(201);
    assertThat(
            admin
                .post(
                    "/api/v1/exchange-rates",
                    Map.of("currency", currency, "validFrom", "2026-12-01", "rate", "8.25"))
                .status())
        .isEqualTo(201);
    Map<String, Object> body = order(customer, line("Exam fee", "3", "245.5", null, "100"));
    body.put("currency", currency);

    ApiClient.Response created = staff.api(consultant).post("/api/v1/orders", body);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    // 3 × 245.5 = 736.5 CHF at 8.25 (the rate from 2026-12-01) = 6,076.125 CNY; cost 300 × 8.25
    BigDecimal net = new BigDecimal("736.5");
    assertThat(new BigDecimal(created.json().get("net").asString())).isEqualByComparingTo(net);
    assertThat(new BigDecimal(created.json().get("exchangeRate").asString()))
        .isEqualByComparingTo("8.25");
    assertThat(new BigDecimal(created.json().get("amountBase").asString()))
        .isEqualByComparingTo(net.multiply(new BigDecimal("8.25")));
    assertThat(created.json().get("amountBase").asString()).isEqualTo("6076.125");
    assertThat(new BigDecimal(created.json().get("costBase").asString()))
        .isEqualByComparingTo("2475");

    body.put("orderedAt", "2025-12-31T10:00:00+08:00");
    ApiClient.Response before = staff.api(consultant).post("/api/v1/orders", body);
    assertThat(before.status()).isEqualTo(422);
    assertThat(fields(before)).containsEntry("currency", "no-rate");
  }

  @Test
  void theOrderOfAWonOpportunityMarksItWon() {
    UUID opportunity = staff.opportunity(customer, consultant, "9800");
    Map<String, Object> body = order(customer);
    body.put("opportunityId", opportunity);

    ApiClient.Response created = staff.api(consultant).post("/api/v1/orders", body);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().get("opportunityId").asString()).isEqualTo(opportunity.toString());
    assertThat(
            jdbc.sql("select won_order_id from sales_opportunity where id = ?")
                .param(opportunity)
                .query(UUID.class)
                .single())
        .hasToString(created.json().get("id").asString());
  }

  @Test
  void aConsultantNeverSeesAnothersOrderAndAPrincipalSeesTheirSubtree() {
    OrgUnit team = staff.unit(branch);
    UserAccount colleague = staff.user(team, "COURSE_CONSULTANT");
    UUID theirs = staff.customer(unique("Other"), colleague, team);
    String id =
        staff.api(colleague).post("/api/v1/orders", order(theirs)).json().get("id").asString();
    String mine =
        staff.api(consultant).post("/api/v1/orders", order(customer)).json().get("id").asString();
    UserAccount principal = staff.user(branch, "CENTRE_PRINCIPAL");
    UserAccount elsewhere = staff.user(staff.branch(), "CENTRE_PRINCIPAL");

    assertThat(staff.api(consultant).get("/api/v1/orders/" + id).status()).isEqualTo(404);
    assertThat(staff.api(consultant).get("/api/v1/orders?limit=200").body()).doesNotContain(id);
    assertThat(action(staff.api(consultant), id, "cancel", "\"0\"").status()).isEqualTo(404);
    assertThat(staff.api(principal).get("/api/v1/orders/" + id).status()).isEqualTo(200);
    assertThat(staff.api(principal).get("/api/v1/orders/" + mine).status()).isEqualTo(200);
    assertThat(staff.api(elsewhere).get("/api/v1/orders/" + id).status()).isEqualTo(404);
    assertThat(staff.api(elsewhere).get("/api/v1/orders?limit=200").body())
        .doesNotContain(id)
        .doesNotContain(mine);
  }

  @Test
  void theListFiltersAndPagesWithACursor() {
    ApiClient api = staff.api(consultant);
    for (int day = 1; day <= 3; day++) {
      Map<String, Object> body = order(customer);
      body.put("orderedAt", "2026-11-0" + day + "T10:00:00+08:00");
      api.post("/api/v1/orders", body);
    }
    ApiClient.Response page1 =
        api.get("/api/v1/orders?customerId=" + customer + "&from=2026-11-01&to=2026-11-03&limit=2");
    assertThat(page1.status()).as(page1.body()).isEqualTo(200);
    assertThat(page1.json().get("items")).hasSize(2);
    assertThat(page1.json().get("items").get(0).get("orderDay").asString()).isEqualTo("2026-11-03");
    String cursor = page1.json().get("nextCursor").asString();
    ApiClient.Response page2 =
        api.get(
            "/api/v1/orders?customerId="
                + customer
                + "&from=2026-11-01&to=2026-11-03&limit=2&cursor="
                + cursor);
    assertThat(page2.json().get("items")).hasSize(1);
    assertThat(page2.json().get("items").get(0).get("orderDay").asString()).isEqualTo("2026-11-01");
    assertThat(page2.json().get("nextCursor").isNull()).isTrue();
    assertThat(api.get("/api/v1/orders?cursor=garbage").status()).isEqualTo(422);
  }

  @Test
  void theCustomerTimelineListsTheOrders() {
    ApiClient.Response created = staff.api(consultant).post("/api/v1/orders", order(customer));
    ApiClient.Response timeline =
        staff.api(consultant).get("/api/v1/customers/" + customer + "/timeline?kinds=order");

    assertThat(timeline.status()).as(timeline.body()).isEqualTo(200);
    JsonNode entry = timeline.json().get("items").get(0);
    assertThat(entry.get("kind").asString()).isEqualTo("order");
    assertThat(entry.get("title").asString())
        .isEqualTo("Order " + created.json().get("number").asString());
    assertThat(entry.get("summary").asString()).isEqualTo("9,800.00 CNY · Draft");
  }

  @Test
  void theBaseCurrencyIsReadByAllAndChangedOnlyWithTheSetting() {
    ApiClient.Response settings = staff.api(consultant).get("/api/v1/sales/settings");
    assertThat(settings.status()).isEqualTo(200);
    assertThat(settings.json().get("baseCurrency").asString()).isEqualTo("CNY");
    assertThat(
            staff
                .api(consultant)
                .put(
                    "/api/v1/sales/settings",
                    Map.of("baseCurrency", "USD"),
                    settings.header("ETag"))
                .status())
        .isEqualTo(403);
    assertThat(
            staff
                .api(consultant)
                .post(
                    "/api/v1/exchange-rates",
                    Map.of("currency", "USD", "validFrom", "2026-01-01", "rate", "7"))
                .status())
        .isEqualTo(403);
    ApiClient.Response bad =
        staff
            .admin()
            .put("/api/v1/sales/settings", Map.of("baseCurrency", "XYZ"), settings.header("ETag"));
    assertThat(bad.status()).isEqualTo(422);
    assertThat(fields(bad)).containsEntry("baseCurrency", "iso-4217");
    assertThat(staff.api(consultant).get("/api/v1/exchange-rates").status()).isEqualTo(200);
  }

  /** POST /api/v1/orders/{id}/{action} with If-Match. */
  static ApiClient.Response action(ApiClient api, String id, String action, String etag) {
    return api.send(
        api.builder("/api/v1/orders/" + id + "/" + action)
            .header("If-Match", etag)
            .POST(HttpRequest.BodyPublishers.noBody()));
  }

  private static ApiClient.Response post(ApiClient api, String body, String key) {
    return api.send(
        api.builder("/api/v1/orders")
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  static Map<String, String> fields(ApiClient.Response response) {
    Map<String, String> fields = new HashMap<>();
    JsonNode errors = response.json().get("errors");
    if (errors != null) {
      errors.forEach(e -> fields.put(e.get("field").asString(), e.get("rule").asString()));
    }
    return fields;
  }
}
