package io.pyra.sales;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Org units, staff, customers and opportunities for the opportunity tests, which share one
 * database: every name is new.
 */
final class OpportunityStaff {

  static final String PASSWORD = OrgFixtures.PASSWORD;

  private final OrgFixtures org;
  private final JdbcClient jdbc;
  private final int port;

  OpportunityStaff(
      OrgUnitService orgUnits, UserService users, RoleService roles, JdbcClient jdbc, int port) {
    this.org = new OrgFixtures(orgUnits, users, roles);
    this.jdbc = jdbc;
    this.port = port;
  }

  static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  OrgFixtures org() {
    return org;
  }

  OrgUnit unit() {
    return org.branch();
  }

  UserAccount user(OrgUnit unit, String roleCode) {
    return org.member(unit).roles(roleCode).speaking("en").create();
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

  /** An opportunity body as a client sends it. */
  static Map<String, Object> opportunity(String title, UUID customerId, String pipeline) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    body.put("customerId", customerId);
    body.put("pipeline", pipeline);
    body.put("amount", "12000.50");
    body.put("currency", "CNY");
    body.put("expectedClose", "2026-12-31");
    return body;
  }

  /** An opportunity recorded by {@code user} through the API; answers its id. */
  UUID record(UserAccount user, String title, UUID customerId, String pipeline) {
    ApiClient.Response created =
        api(user).post("/api/v1/opportunities", opportunity(title, customerId, pipeline));
    if (created.status() != 201) {
      throw new IllegalStateException("opportunity not created: " + created.body());
    }
    return UUID.fromString(created.json().get("id").asString());
  }

  long opportunityCount() {
    return jdbc.sql("select count(*) from sales_opportunity").query(Long.class).single();
  }

  long stageChanges(UUID opportunityId) {
    return jdbc.sql("select count(*) from sales_opportunity_stage_change where opportunity_id = ?")
        .param(opportunityId)
        .query(Long.class)
        .single();
  }
}
