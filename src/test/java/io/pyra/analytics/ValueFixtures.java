package io.pyra.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.analytics.figures.CustomerDays;
import io.pyra.identity.user.UserAccount;
import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Customers made through the API by their owner, and orders written as an import writes them (no
 * event), for the customer value tests.
 */
final class ValueFixtures {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /**
   * A net revenue above what any customer of an earlier test bought (tests that need a customer at
   * the top of the shared REVENUE_SHARES ranking): it grows with the clock, ten apart per
   * millisecond so that {@code plus} 0 to 9 keeps the order within one test, and stays below the
   * largest amount an order holds (15 digits).
   */
  static String aboveEveryone(int plus) {
    long base = 950_000_000_000_000L + (System.currentTimeMillis() % 1_000_000_000_000L) * 10;
    return Long.toString(base + plus);
  }

  private final int port;
  private final JdbcClient jdbc;
  private final CustomerDays days;
  private final Map<UUID, String> codes = new HashMap<>();

  ValueFixtures(int port, JdbcClient jdbc, CustomerDays days) {
    this.port = port;
    this.jdbc = jdbc;
    this.days = days;
  }

  /** A customer of {@code owner} (their org unit), in {@code stage}; a unique name. */
  UUID customer(UserAccount owner, String name, String stage) {
    ApiClient api = new ApiClient(port).signIn(owner.username(), OrgFixtures.PASSWORD);
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "PERSON");
    body.put("name", name + " " + UUID.randomUUID().toString().substring(0, 6));
    body.put("stage", stage);
    ApiClient.Response created = api.post("/api/v1/customers", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    UUID id = UUID.fromString(created.json().get("id").asString());
    codes.put(id, created.json().get("code").asString());
    return id;
  }

  /** The code the customer was given. */
  String code(UUID customer) {
    return codes.get(customer);
  }

  /**
   * A signed order (a credit note when the amount is negative) in the base currency, then the
   * customer's figures refreshed, as an event would.
   */
  UUID sale(UUID customer, UserAccount owner, LocalDate day, String amount, String cost) {
    String kind = new BigDecimal(amount).signum() < 0 ? "CREDIT_NOTE" : "ORDER";
    UUID order =
        insert(
            customer, owner.id(), owner.orgUnitId(), kind, "SIGNED", day, "CNY", "1", amount, cost);
    days.refresh(customer);
    return order;
  }

  /** An instalment of the order's payment schedule, as sales stores it. */
  void instalment(UUID order, int seq, LocalDate dueOn, String amount) {
    jdbc.sql("insert into sales_instalment (order_id, seq, due_on, amount) values (?, ?, ?, ?)")
        .params(order, seq, dueOn, new BigDecimal(amount))
        .update();
  }

  /** A payment of the order on {@code day} (10:00 in the company's zone), its paid total raised. */
  void payment(UUID order, LocalDate day, String amount) {
    var at = SqlTime.utc(day.atTime(10, 0).atZone(ZONE).toInstant());
    jdbc.sql(
            """
            insert into sales_payment (id, order_id, amount, paid_at, paid_on, method, prepayment,
              created_at) values (?, ?, ?, ?, ?, 'CASH', false, ?)""")
        .params(Ids.newId(), order, new BigDecimal(amount), at, day, at)
        .update();
    jdbc.sql("update sales_order set paid = paid + ? where id = ?")
        .params(new BigDecimal(amount), order)
        .update();
  }

  /**
   * An order written with SQL, as an import writes it: amount and cost in {@code currency}, their
   * base amounts at {@code rate} (six decimals, half even); no event, no refresh.
   */
  UUID insert(
      UUID customer,
      UUID ownerId,
      UUID orgUnitId,
      String kind,
      String status,
      LocalDate day,
      String currency,
      String rate,
      String amount,
      String cost) {
    BigDecimal r = new BigDecimal(rate);
    var at = SqlTime.utc(day.atTime(10, 0).atZone(ZONE).toInstant());
    UUID id = Ids.newId();
    jdbc.sql(
            """
            insert into sales_order (id, number, kind, status, customer_id, owner_id, org_unit_id, ordered_at,
              order_day, currency, exchange_rate, amount, cost, amount_base, cost_base, paid, refunded, line_count,
              version, created_at, updated_at)
            values (:id, :number, :kind, :status, :customer, :owner, :unit, :at, :day, :currency, :rate, :amount,
              :cost, :amountBase, :costBase, 0, 0, 1, 0, :at, :at)""")
        .param("id", id)
        .param("number", "AV-" + id.toString().substring(24))
        .param("kind", kind)
        .param("status", status)
        .param("customer", customer)
        .param("owner", ownerId)
        .param("unit", orgUnitId)
        .param("at", at)
        .param("day", day)
        .param("currency", currency)
        .param("rate", r)
        .param("amount", new BigDecimal(amount))
        .param("cost", new BigDecimal(cost))
        .param("amountBase", new BigDecimal(amount).multiply(r).setScale(6, RoundingMode.HALF_EVEN))
        .param("costBase", new BigDecimal(cost).multiply(r).setScale(6, RoundingMode.HALF_EVEN))
        .update();
    return id;
  }

  /**
   * A scheme by rank shares 1 / 4 / 15 / 80 % on net revenue over 12 months whose audience is the
   * customers of {@code orgUnit} (and the units below it), defined by the administrator over the
   * API: tiers ranked among the branch alone, whatever other tests sold. Its code.
   */
  String branchShares(UUID orgUnit) {
    return scheme(
        orgUnit,
        Map.of(
            "method",
            "RANK_SHARES",
            "basis",
            "NET_REVENUE",
            "shares",
            Map.of("TOP", "1", "HIGH", "4", "MIDDLE", "15", "LOW", "80")));
  }

  /** A scheme over {@code orgUnit}'s customers with {@code rule} (method, basis, shares …). */
  String scheme(UUID orgUnit, Map<String, Object> rule) {
    String code = "S" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Map<String, Object> body = new HashMap<>(rule);
    body.put("code", code);
    body.put("name", "Branch scheme " + code);
    body.putIfAbsent("windowMonths", 12);
    body.put("audience", Map.of("orgUnit", orgUnit.toString()));
    ApiClient admin =
        new ApiClient(port).signIn("admin", io.pyra.testing.PyraIntegrationTest.ADMIN_PASSWORD);
    ApiClient.Response created = admin.post("/api/v1/analytics/pyramid-schemes", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return code;
  }

  /**
   * A CALL_BACK task for the customer, given to {@code assignee}, due at {@code due}, by the API.
   */
  static void task(
      ApiClient admin, String title, UUID customer, UserAccount assignee, java.time.Instant due) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    body.put("type", "CALL_BACK");
    body.put("dueAt", due.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
    body.put("customerId", customer);
    body.put("assigneeId", assignee.id());
    ApiClient.Response created = admin.post("/api/v1/tasks", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
  }

  /** The customer's REVENUE_SHARES tier at {@code monthEnd} on their tier path; null when none. */
  static String tierAt(ApiClient admin, UUID customer, LocalDate monthEnd) {
    tools.jackson.databind.JsonNode path =
        admin.get("/api/v1/analytics/tier-path?scheme=REVENUE_SHARES&customer=" + customer).json();
    String tier = null;
    for (tools.jackson.databind.JsonNode step : path.get("steps")) {
      if (step.get("periodEnd").asString().equals(monthEnd.toString())) {
        tier = step.get("tier").asString();
      }
    }
    return tier;
  }
}
