package io.pyra.sales;

import static io.pyra.sales.SalesStaff.today;
import static io.pyra.sales.SalesStaff.unique;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * Finance records payments and refunds and sets the payment schedule through the API; every bad
 * input is refused with the field named and changes nothing, and an order out of reach is not
 * found.
 */
@PyraIntegrationTest
class PaymentApiTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  SalesStaff staff;
  OrgUnit unit;
  UserAccount consultant;
  UserAccount finance;
  UUID customer;
  ApiClient api;

  @BeforeEach
  void setUp() {
    staff = new SalesStaff(orgUnits, users, roles, jdbc, port);
    unit = staff.unit();
    consultant = staff.user(unit, "COURSE_CONSULTANT");
    finance = staff.user(unit, "FINANCE");
    customer = staff.customer(unique("Qian Hua"), consultant, unit, null);
    api = staff.api(finance);
  }

  static Map<String, Object> payment(Object amount, String paidAt, String method) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("amount", amount);
    body.put("paidAt", paidAt);
    body.put("method", method);
    return body;
  }

  String payments(UUID order) {
    return "/api/v1/orders/" + order + "/payments";
  }

  @Test
  void financeRecordsPaymentsAndRefundsAndTheOrderShowsWhatIsPaidDueAndOverdue() {
    LocalDate day = today().minusDays(20);
    UUID order = staff.order(customer, consultant, "SIGNED", day, "1000.00");

    ApiClient.Response first = api.post(payments(order), payment("400.50", day.toString(), "CASH"));
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.header("Location")).startsWith(payments(order) + "/");
    assertThat(first.json().get("amount").decimalValue()).isEqualByComparingTo("400.50");
    assertThat(first.json().get("paidOn").asString()).isEqualTo(day.toString());

    Map<String, Object> second = payment(199.5, null, "wechat");
    second.put("reference", "WX-1");
    assertThat(api.post(payments(order), second).status()).isEqualTo(201);

    JsonNode list = api.get(payments(order)).json();
    assertThat(list.get("items")).hasSize(2);
    assertThat(list.get("items").get(1).get("method").asString()).isEqualTo("WECHAT");
    JsonNode balance = list.get("balance");
    BigDecimal paid = new BigDecimal("400.50").add(new BigDecimal("199.5"));
    assertThat(balance.get("paid").decimalValue()).isEqualByComparingTo(paid);
    assertThat(balance.get("outstanding").decimalValue())
        .isEqualByComparingTo(new BigDecimal("1000").subtract(paid));
    // no schedule: all due on the order day, 20 days ago
    assertThat(balance.get("overdue").decimalValue())
        .isEqualByComparingTo(new BigDecimal("1000").subtract(paid));
    assertThat(staff.state(order)).isEqualTo("600/0/2");

    ApiClient.Response refund =
        api.post(
            "/api/v1/orders/" + order + "/refunds",
            Map.of("amount", "100", "reason", "Course moved", "refundedAt", today().toString()));
    assertThat(refund.status()).as(refund.body()).isEqualTo(201);
    assertThat(
            api.get("/api/v1/orders/" + order + "/refunds")
                .json()
                .get("items")
                .get(0)
                .get("reason")
                .asString())
        .isEqualTo("Course moved");
    assertThat(staff.state(order)).isEqualTo("600/100/3");

    // money received and returned is in the audit log, by whom and how much
    String paymentId = first.json().get("id").asString();
    assertThat(audit("sales_payment", paymentId))
        .containsExactly(
            "CREATE by "
                + finance.username()
                + ": amount=400.500000, method=CASH, orderId="
                + order);
    assertThat(audit("sales_refund", refund.json().get("id").asString()))
        .containsExactly(
            "CREATE by "
                + finance.username()
                + ": amount=100.000000, orderId="
                + order
                + ", reason=Course moved");
  }

  /**
   * The audit entries of a record, each as "ACTION by user: field=after, …" (the amount, method,
   * order, reason and instalments, as a reader of the log sees them).
   */
  List<String> audit(String recordType, String recordId) {
    return jdbc.sql(
            """
            select action, actor_name, changes from platform_audit_entry
             where record_type = ? and record_id = ? order by id""")
        .params(recordType, recordId)
        .query(
            (rs, n) -> {
              List<String> shown = new java.util.ArrayList<>();
              for (JsonNode change : JSON.readTree(rs.getString("changes"))) {
                String field = change.get("field").asString();
                if (List.of("amount", "method", "orderId", "reason", "instalments")
                    .contains(field)) {
                  shown.add(
                      field
                          + "="
                          + (change.get("before").isNull()
                              ? ""
                              : change.get("before").asString() + " → ")
                          + change.get("after").asString());
                }
              }
              return rs.getString("action")
                  + " by "
                  + rs.getString("actor_name")
                  + ": "
                  + String.join(", ", shown);
            })
        .list();
  }

  @Test
  void aRetriedPaymentWithTheSameIdempotencyKeyIsRecordedOnce() {
    UUID order = staff.order(customer, consultant, "ACTIVE", today(), "300");
    String body = "{\"amount\": \"100\", \"method\": \"CARD\"}";
    ApiClient.Response first = post(payments(order), body, "pay-" + order);
    ApiClient.Response retry = post(payments(order), body, "pay-" + order);

    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
    assertThat(staff.count("payment", order)).isEqualTo(1);
    assertThat(staff.state(order)).isEqualTo("100/0/1");
  }

  @Test
  void aPaymentOverWhatIsOutstandingIsRefusedUnlessItIsAPrepayment() {
    UUID order = staff.order(customer, consultant, "SIGNED", today(), "500");
    api.post(payments(order), payment("450", null, "CASH"));

    refused(
        payments(order),
        payment("50.01", null, "CASH"),
        order,
        "amount",
        "exceeds-outstanding",
        "more than what is outstanding (50.00 CNY)");

    Map<String, Object> prepayment = payment("80", null, "TRANSFER");
    prepayment.put("prepayment", true);
    assertThat(api.post(payments(order), prepayment).status()).isEqualTo(201);
    assertThat(staff.state(order)).isEqualTo("530/0/2");
  }

  @Test
  void zeroNegativeAndNonNumericAmountsAreRefused() {
    UUID order = staff.order(customer, consultant, "SIGNED", today(), "500");
    refused(
        payments(order),
        payment("0", null, "CASH"),
        order,
        "amount",
        "positive",
        "greater than zero");
    refused(
        payments(order),
        payment(-5, null, "CASH"),
        order,
        "amount",
        "positive",
        "greater than zero");
    refused(
        payments(order),
        payment("lots", null, "CASH"),
        order,
        "amount",
        "type",
        "must be a number");
    refused(payments(order), payment(null, null, "CASH"), order, "amount", "required", "required");
    refused(
        payments(order), payment("1.0000001", null, "CASH"), order, "amount", "scale", "decimals");
  }

  @Test
  void aDayAfterTodayAnUnknownMethodAndAMalformedDateAreRefused() {
    UUID order = staff.order(customer, consultant, "SIGNED", today(), "500");
    refused(
        payments(order),
        payment("10", today().plusDays(1).toString(), "CASH"),
        order,
        "paidAt",
        "future",
        "cannot be after today");
    refused(payments(order), payment("10", "yesterday", "CASH"), order, "paidAt", "type", "a day");
    refused(payments(order), payment("10", null, "BARTER"), order, "method", "one-of", "CASH");
    refused(payments(order), payment("10", null, null), order, "method", "required", "required");
    Map<String, Object> longReference = payment("10", null, "CASH");
    longReference.put("reference", "R".repeat(101));
    refused(payments(order), longReference, order, "reference", "max-length", "100");
  }

  @Test
  void aDraftACancelledOrderAndACreditNoteTakeNoPayment() {
    UUID draft = staff.order(customer, consultant, "DRAFT", today(), "500");
    refused(
        payments(draft),
        payment("10", null, "CASH"),
        draft,
        "order",
        "draft",
        "draft order takes no payment");
    UUID cancelled = staff.order(customer, consultant, "CANCELLED", today(), "500");
    refused(
        payments(cancelled),
        payment("10", null, "CASH"),
        cancelled,
        "order",
        "cancelled",
        "cancelled order takes no payment");
    UUID credit =
        staff.order(
            customer, consultant, "CREDIT_NOTE", "COMPLETED", today(), "CNY", "1", "-50", "0");
    Map<String, Object> prepaid = payment("10", null, "CASH");
    prepaid.put("prepayment", true);
    refused(
        payments(credit), prepaid, credit, "order", "credit-note", "credit note takes no payment");
  }

  @Test
  void aRefundOverWhatWasPaidAndNotRefundedOrWithoutAReasonIsRefused() {
    UUID order = staff.order(customer, consultant, "COMPLETED", today(), "500");
    String refunds = "/api/v1/orders/" + order + "/refunds";
    refused(
        refunds,
        Map.of("amount", "1", "reason", "Nothing paid yet"),
        order,
        "amount",
        "exceeds-paid",
        "(0.00 CNY)");
    api.post(payments(order), payment("200", null, "CASH"));
    api.post(refunds, Map.of("amount", "150", "reason", "Partly"));
    refused(
        refunds,
        Map.of("amount", "50.01", "reason", "Too much"),
        order,
        "amount",
        "exceeds-paid",
        "(50.00 CNY)");
    refused(refunds, Map.of("amount", "10", "reason", " "), order, "reason", "required", "reason");
    refused(
        refunds,
        Map.of("amount", "-10", "reason", "Negative"),
        order,
        "amount",
        "positive",
        "greater than zero");
    refused(
        refunds,
        Map.of("amount", "10", "reason", "Later", "refundedAt", today().plusDays(2).toString()),
        order,
        "refundedAt",
        "future",
        "after today");
    refused(
        refunds,
        Map.of("amount", "10", "reason", "R".repeat(501)),
        order,
        "reason",
        "max-length",
        "500");
  }

  @Test
  void theScheduleMustAddUpToTheOrderAmountAndIsReplacedWithTheOrdersVersion() {
    UUID order = staff.order(customer, consultant, "SIGNED", today().minusDays(40), "900");
    String path = "/api/v1/orders/" + order + "/instalments";
    ApiClient.Response none = api.get(path);
    assertThat(none.json().get("defaulted").asBoolean()).isTrue();
    assertThat(none.json().get("instalments").get(0).get("dueOn").asString())
        .isEqualTo(today().minusDays(40).toString());
    String etag = none.header("ETag");

    Map<String, Object> wrongSum =
        Map.of(
            "instalments",
            List.of(
                Map.of("dueOn", today().minusDays(10).toString(), "amount", "500"),
                Map.of("dueOn", today().plusDays(20).toString(), "amount", "300")));
    ApiClient.Response refused = api.put(path, wrongSum, etag);
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(fields(refused)).containsEntry("instalments", "sum");
    assertThat(refused.json().get("detail").asString())
        .contains("add up to 800.00")
        .contains("900.00 CNY");
    assertThat(staff.count("instalment", order)).isZero();

    Map<String, Object> badDay =
        Map.of("instalments", List.of(Map.of("dueOn", "soon", "amount", "900")));
    assertThat(fields(api.put(path, badDay, etag))).containsEntry("instalments[0].dueOn", "type");
    Map<String, Object> zero =
        Map.of("instalments", List.of(Map.of("dueOn", today().toString(), "amount", "0")));
    assertThat(fields(api.put(path, zero, etag)))
        .containsEntry("instalments[0].amount", "positive");

    Map<String, Object> schedule =
        Map.of(
            "instalments",
            List.of(
                Map.of("dueOn", today().plusDays(20).toString(), "amount", "400"),
                Map.of("dueOn", today().minusDays(10).toString(), "amount", "500")));
    assertThat(api.put(path, schedule, null).status()).isEqualTo(428);
    ApiClient.Response saved = api.put(path, schedule, etag);
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.json().get("instalments").get(0).get("dueOn").asString())
        .isEqualTo(today().minusDays(10).toString());
    assertThat(saved.json().get("balance").get("overdue").decimalValue())
        .isEqualByComparingTo("500");
    assertThat(api.put(path, schedule, etag).status()).isEqualTo(412);
    assertThat(audit("sales_order", order.toString()))
        .as("the refused schedules left no entry; the saved one is on the order's")
        .containsExactly(
            "UPDATE by "
                + finance.username()
                + ": instalments=[] → [1. "
                + today().minusDays(10)
                + " 500, 2. "
                + today().plusDays(20)
                + " 400]");

    api.post(payments(order), payment("350", null, "CASH"));
    JsonNode balance = api.get(path).json().get("balance");
    assertThat(balance.get("overdue").decimalValue())
        .isEqualByComparingTo(new BigDecimal("500").subtract(new BigDecimal("350")));
    assertThat(balance.get("outstanding").decimalValue()).isEqualByComparingTo("550");
  }

  @Test
  void anOrderOutOfReachIsNotFoundLikeAnUnknownOneAndAConsultantRecordsNoPayment() {
    OrgUnit elsewhere = staff.unit();
    UserAccount stranger = staff.user(elsewhere, "COURSE_CONSULTANT");
    UUID hiddenCustomer = staff.customer(unique("Hidden"), stranger, elsewhere, null);
    UUID hidden = staff.order(hiddenCustomer, stranger, "SIGNED", today(), "100");

    for (String path :
        List.of(
            payments(hidden),
            "/api/v1/orders/" + hidden + "/refunds",
            "/api/v1/orders/" + hidden + "/instalments",
            payments(UUID.randomUUID()))) {
      assertThat(api.get(path).status()).as(path).isEqualTo(404);
    }
    ApiClient.Response post = api.post(payments(hidden), payment("10", null, "CASH"));
    assertThat(post.status()).isEqualTo(404);
    assertThat(post.json().get("detail").asString()).doesNotContain(hidden.toString());
    assertThat(staff.state(hidden)).isEqualTo("0/0/0");

    UUID own = staff.order(customer, consultant, "SIGNED", today(), "100");
    ApiClient consultantApi = staff.api(consultant);
    assertThat(consultantApi.get(payments(own)).status()).isEqualTo(200);
    assertThat(consultantApi.post(payments(own), payment("10", null, "CASH")).status())
        .isEqualTo(403);
    assertThat(staff.state(own)).isEqualTo("0/0/0");
  }

  @Test
  void refusalsAreInChineseForAChineseReader() {
    UUID order = staff.order(customer, consultant, "DRAFT", today(), "100");
    ApiClient.Response response =
        api.send(
            api.builder(payments(order))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "zh-CN")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"amount\":\"10\",\"method\":\"CASH\"}")));
    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json().get("errors").get(0).get("message").asString())
        .isEqualTo("草稿订单不能登记收款：请先签订。");
  }

  private ApiClient.Response post(String path, String body, String key) {
    return api.send(
        api.builder(path)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private void refused(
      String path, Map<String, Object> body, UUID order, String field, String rule, String text) {
    String before = staff.state(order);
    long payments = staff.count("payment", order);
    long refunds = staff.count("refund", order);
    ApiClient.Response response = api.post(path, new HashMap<>(body));
    assertThat(response.status()).as(response.body()).isEqualTo(422);
    assertThat(fields(response)).as(response.body()).containsEntry(field, rule);
    assertThat(response.json().get("detail").asString() + response.body()).contains(text);
    assertThat(staff.state(order)).isEqualTo(before);
    assertThat(staff.count("payment", order)).isEqualTo(payments);
    assertThat(staff.count("refund", order)).isEqualTo(refunds);
  }

  static Map<String, String> fields(ApiClient.Response response) {
    Map<String, String> fields = new HashMap<>();
    JsonNode errors = response.json().get("errors");
    if (errors != null) {
      for (JsonNode error : errors) {
        fields.put(error.get("field").asString(), error.get("rule").asString());
      }
    }
    return fields;
  }
}
