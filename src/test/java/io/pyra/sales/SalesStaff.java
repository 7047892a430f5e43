package io.pyra.sales;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Org units, staff, customers and orders for the payment tests, which share one database: every
 * name is new. Orders are inserted with plain SQL into {@code sales_order} (the order aggregate and
 * its pages are written elsewhere), with the amounts in the base currency at their rate.
 */
final class SalesStaff {

  static final String PASSWORD = OrgFixtures.PASSWORD;
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final OrgFixtures org;
  private final JdbcClient jdbc;
  private final int port;

  SalesStaff(
      OrgUnitService orgUnits, UserService users, RoleService roles, JdbcClient jdbc, int port) {
    this.org = new OrgFixtures(orgUnits, users, roles);
    this.jdbc = jdbc;
    this.port = port;
  }

  static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  OrgUnit unit() {
    return org.branch(OrgFixtures.TIME_ZONE);
  }

  UserAccount user(OrgUnit unit, String roleCode) {
    return user(unit, roleCode, "en");
  }

  UserAccount user(OrgUnit unit, String roleCode, String locale) {
    return org.member(unit).roles(roleCode).speaking(locale).create();
  }

  ApiClient admin() {
    return new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  ApiClient api(UserAccount user) {
    return new ApiClient(port).signIn(user.username(), PASSWORD);
  }

  PageClient pages(UserAccount user) {
    return new PageClient(port).signIn(user.username(), PASSWORD);
  }

  /** A customer owned by {@code owner} in {@code unit}, with this phone (may be null). */
  UUID customer(String name, UserAccount owner, OrgUnit unit, String phone) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "PERSON");
    body.put("name", name);
    body.put("ownerId", owner.id());
    body.put("orgUnitId", unit.id());
    if (phone != null) {
      body.put("phones", java.util.List.of(Map.of("number", phone, "label", "mobile")));
    }
    ApiClient.Response created = admin().post("/api/v1/customers", body);
    if (created.status() != 201) {
      throw new IllegalStateException("customer not created: " + created.body());
    }
    return UUID.fromString(created.json().get("id").asString());
  }

  /** An order of the customer owned by {@code owner}, in the base currency (rate 1). */
  UUID order(UUID customerId, UserAccount owner, String status, LocalDate day, String amount) {
    return order(customerId, owner, "ORDER", status, day, "CNY", "1", amount, "0");
  }

  /**
   * An order inserted with SQL: amount and cost in {@code currency}, their base amounts at {@code
   * rate} (scale 6, half even), nothing paid yet.
   */
  UUID order(
      UUID customerId,
      UserAccount owner,
      String kind,
      String status,
      LocalDate day,
      String currency,
      String rate,
      String amount,
      String cost) {
    UUID id = Ids.newId();
    BigDecimal r = new BigDecimal(rate);
    var at = SqlTime.utc(day.atTime(10, 0).atZone(ZONE).toInstant());
    jdbc.sql(
            """
            insert into sales_order (id, number, kind, status, customer_id, owner_id, org_unit_id, ordered_at,
              order_day, currency, exchange_rate, amount, cost, amount_base, cost_base, paid, refunded, line_count,
              version, created_at, updated_at)
            values (:id, :number, :kind, :status, :customer, :owner, :unit, :at, :day, :currency, :rate, :amount,
              :cost, :amountBase, :costBase, 0, 0, 1, 0, :at, :at)""")
        .param("id", id)
        .param("number", "T-" + id.toString().substring(24))
        .param("kind", kind)
        .param("status", status)
        .param("customer", customerId)
        .param("owner", owner.id())
        .param("unit", owner.orgUnitId())
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

  long count(String table, UUID orderId) {
    return switch (table) {
      case "payment" ->
          jdbc.sql("select count(*) from sales_payment where order_id = ?")
              .param(orderId)
              .query(Long.class)
              .single();
      case "refund" ->
          jdbc.sql("select count(*) from sales_refund where order_id = ?")
              .param(orderId)
              .query(Long.class)
              .single();
      default ->
          jdbc.sql("select count(*) from sales_instalment where order_id = ?")
              .param(orderId)
              .query(Long.class)
              .single();
    };
  }

  /** The order's paid, refunded and version as text, to see that nothing changed. */
  String state(UUID orderId) {
    return jdbc.sql("select paid, refunded, version from sales_order where id = ?")
        .param(orderId)
        .query(
            (rs, n) ->
                rs.getBigDecimal(1).stripTrailingZeros().toPlainString()
                    + "/"
                    + rs.getBigDecimal(2).stripTrailingZeros().toPlainString()
                    + "/"
                    + rs.getLong(3))
        .single();
  }
}
