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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Org units, staff, customers and products for the order tests, which share one database: every
 * name and code is new. Products are inserted with SQL (the catalogue's pages are elsewhere).
 */
final class OrderStaff {

  static final String PASSWORD = OrgFixtures.PASSWORD;

  private final OrgFixtures org;
  private final JdbcClient jdbc;
  private final int port;

  OrderStaff(
      OrgUnitService orgUnits, UserService users, RoleService roles, JdbcClient jdbc, int port) {
    this.org = new OrgFixtures(orgUnits, users, roles);
    this.jdbc = jdbc;
    this.port = port;
  }

  static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  OrgUnit branch() {
    return org.branch();
  }

  OrgUnit unit(OrgUnit parent) {
    return org.unit(parent);
  }

  UserAccount user(OrgUnit unit, String roleCode) {
    return org.member(unit).roles(roleCode).create();
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

  /** A customer owned by {@code owner} in {@code unit}; answers its id. */
  UUID customer(String name, UserAccount owner, OrgUnit unit) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "PERSON");
    body.put("name", name);
    body.put("ownerId", owner.id());
    body.put("orgUnitId", unit.id());
    ApiClient.Response created = admin().post("/api/v1/customers", body);
    if (created.status() != 201) {
      throw new IllegalStateException("customer not created: " + created.body());
    }
    return UUID.fromString(created.json().get("id").asString());
  }

  /** A product of the catalogue with a new code; answers the code. */
  String product(String name, String listPrice, String unitCost, String currency) {
    String code = "P-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Instant now = Instant.now();
    jdbc.sql(
            """
            insert into sales_product (id, code, name, unit, list_price, unit_cost, currency, active, version,
              created_at, updated_at)
            values (:id, :code, :name, 'COURSE', :price, :cost, :currency, true, 0, :now, :now)""")
        .param("id", Ids.newId())
        .param("code", code)
        .param("name", name)
        .param("price", new java.math.BigDecimal(listPrice))
        .param("cost", new java.math.BigDecimal(unitCost))
        .param("currency", currency)
        .param("now", SqlTime.utc(now))
        .update();
    return code;
  }

  /** An open opportunity of the training pipeline for the customer; answers its id. */
  UUID opportunity(UUID customerId, UserAccount owner, String amount) {
    UUID id = Ids.newId();
    Instant now = Instant.now();
    jdbc.sql(
            """
            insert into sales_opportunity (id, code, title, customer_id, owner_id, org_unit_id, pipeline_id, stage_id,
              status, amount, currency, probability, probability_overridden, stage_entered_at, version,
              created_at, updated_at)
            values (:id, :code, 'IELTS weekend course', :customer, :owner, :unit,
              '00000000-0000-7000-8000-000000013001', '00000000-0000-7000-8000-000000013105',
              'WON', :amount, 'CNY', 100, false, :now, 0, :now, :now)""")
        .param("id", id)
        .param("code", "OPP-" + id.toString().substring(24))
        .param("customer", customerId)
        .param("owner", owner.id())
        .param("unit", owner.orgUnitId())
        .param("amount", new java.math.BigDecimal(amount))
        .param("now", SqlTime.utc(now))
        .update();
    return id;
  }

  /** An order body as a client sends it, with one free line. */
  @SafeVarargs
  static Map<String, Object> order(UUID customerId, Map<String, Object>... lines) {
    Map<String, Object> body = new HashMap<>();
    body.put("customerId", customerId);
    body.put("currency", "CNY");
    body.put("orderedAt", "2026-12-05T10:30:00+08:00");
    body.put(
        "lines",
        lines.length == 0
            ? List.of(line("IELTS course", "1", "9800", null, "3000"))
            : List.of(lines));
    return body;
  }

  static Map<String, Object> line(
      String description, String quantity, String unitPrice, String discount, String unitCost) {
    Map<String, Object> line = new HashMap<>();
    if (description != null) {
      line.put("description", description);
    }
    line.put("quantity", quantity);
    line.put("unitPrice", unitPrice);
    if (discount != null) {
      line.put("discountPercent", discount);
    }
    if (unitCost != null) {
      line.put("unitCost", unitCost);
    }
    return line;
  }

  static List<Map<String, Object>> lines(int count) {
    List<Map<String, Object>> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lines.add(line("Line " + i, "1", "1", null, null));
    }
    return lines;
  }

  long orderCount() {
    return jdbc.sql("select count(*) from sales_order").query(Long.class).single();
  }

  JdbcClient jdbc() {
    return jdbc;
  }
}
