package io.pyra.support.complaint;

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
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staff, customers, complaints and paid orders for the complaint tests, which share one database:
 * every name is new. Orders are inserted with SQL (their own API is finance's).
 */
final class ComplaintWorld {

  private final OrgFixtures org;
  private final JdbcClient jdbc;
  private final int port;

  ComplaintWorld(
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

  UserAccount user(OrgUnit unit, String role, String locale) {
    return org.member(unit).roles(role).speaking(locale).create();
  }

  ApiClient admin() {
    return new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  ApiClient api(UserAccount user) {
    return new ApiClient(port).signIn(user.username(), OrgFixtures.PASSWORD);
  }

  PageClient pages(UserAccount user, String language) {
    return new PageClient(port).language(language).signIn(user.username(), OrgFixtures.PASSWORD);
  }

  /** A customer of {@code owner} with one e-mail address; answers its id. */
  UUID customer(String name, String email, UserAccount owner) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "PERSON");
    body.put("name", name);
    body.put("ownerId", owner.id());
    body.put("orgUnitId", owner.orgUnitId());
    if (email != null) {
      body.put("emails", List.of(Map.of("address", email)));
    }
    ApiClient.Response created = admin().post("/api/v1/customers", body);
    if (created.status() != 201) {
      throw new IllegalStateException("customer not created: " + created.body());
    }
    return UUID.fromString(created.json().get("id").asString());
  }

  /** A case of {@code type} opened by {@code agent} (theirs, in their team); answers its id. */
  UUID openCase(ApiClient agent, UUID customer, String type) {
    Map<String, Object> body = new HashMap<>();
    body.put("customerId", customer);
    body.put("type", type);
    body.put("severity", "SERIOUS");
    body.put("channel", "PHONE");
    body.put("subject", unique("Teacher missed the lesson"));
    body.put("description", "The customer waited an hour.");
    ApiClient.Response created = agent.post("/api/v1/cases", body);
    if (created.status() != 201) {
      throw new IllegalStateException("case not opened: " + created.body());
    }
    return UUID.fromString(created.json().get("id").asString());
  }

  /** A signed order of the customer in CNY, {@code paid} of it paid; answers its number. */
  String paidOrder(UUID customer, UserAccount owner, String amount, String paid) {
    UUID id = Ids.newId();
    String number = "CT-" + id.toString().substring(24);
    var at = SqlTime.utc(Instant.now().minusSeconds(86_400));
    jdbc.sql(
            """
            insert into sales_order (id, number, kind, status, customer_id, owner_id, org_unit_id, ordered_at,
              order_day, currency, exchange_rate, amount, cost, amount_base, cost_base, paid, refunded, line_count,
              version, created_at, updated_at)
            values (:id, :number, 'ORDER', 'SIGNED', :customer, :owner, :unit, :at, :day, 'CNY', 1, :amount,
              0, :amount, 0, :paid, 0, 1, 0, :at, :at)""")
        .param("id", id)
        .param("number", number)
        .param("customer", customer)
        .param("owner", owner.id())
        .param("unit", owner.orgUnitId())
        .param("at", at)
        .param("day", java.time.LocalDate.now().minusDays(1))
        .param("amount", new BigDecimal(amount))
        .param("paid", new BigDecimal(paid))
        .update();
    return number;
  }

  /** The order's refunded total. */
  BigDecimal refunded(String orderNumber) {
    return jdbc.sql("select refunded from sales_order where number = :n")
        .param("n", orderNumber)
        .query(BigDecimal.class)
        .single();
  }

  long rows(String sql, UUID caseId) {
    return jdbc.sql(sql).param("case", caseId).query(Long.class).single();
  }

  JdbcClient jdbc() {
    return jdbc;
  }
}
