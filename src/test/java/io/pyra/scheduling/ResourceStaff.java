package io.pyra.scheduling;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Centres, staff, products and resources for the resource tests, which share one database: every
 * unit, user, product and resource code is new.
 */
final class ResourceStaff {

  private final OrgFixtures org;
  private final JdbcClient jdbc;
  private final int port;

  ResourceStaff(
      OrgUnitService orgUnits, UserService users, RoleService roles, JdbcClient jdbc, int port) {
    this.org = new OrgFixtures(orgUnits, users, roles);
    this.jdbc = jdbc;
    this.port = port;
  }

  OrgFixtures org() {
    return org;
  }

  /** A fresh resource code such as {@code R-1A2B3C4D}. */
  static String code() {
    return "R-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  UserAccount user(OrgUnit unit, String roleCode) {
    return org.member(unit).roles(roleCode).speaking("en").create();
  }

  ApiClient admin() {
    return new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  ApiClient api(UserAccount user) {
    return new ApiClient(port).signIn(user.username(), OrgFixtures.PASSWORD);
  }

  PageClient pages(UserAccount user) {
    return new PageClient(port).signIn(user.username(), OrgFixtures.PASSWORD);
  }

  /** A room body: 24 people, a whiteboard. */
  static Map<String, Object> room(String code, UUID centre) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "ROOM");
    body.put("code", code);
    body.put("name", "Room " + code);
    body.put("orgUnitId", centre.toString());
    body.put("capacity", 24);
    body.put("equipment", "Whiteboard, speakers");
    return body;
  }

  /** An instructor body for the user, teaching the products. */
  static Map<String, Object> instructor(String code, UUID centre, UUID user, List<UUID> courses) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "INSTRUCTOR");
    body.put("code", code);
    body.put("name", "Instructor " + code);
    body.put("orgUnitId", centre.toString());
    body.put("userId", user.toString());
    body.put("skills", "IELTS speaking, grammar");
    body.put("courseIds", courses.stream().map(UUID::toString).toList());
    return body;
  }

  /** A resource added through the API by {@code client}; answers its id. */
  static UUID add(ApiClient client, Map<String, Object> body) {
    ApiClient.Response created = client.post("/api/v1/resources", body);
    if (created.status() != 201) {
      throw new IllegalStateException("resource not added: " + created.body());
    }
    return UUID.fromString(created.json().get("id").asString());
  }

  /** A course of the catalogue, added by the administrator; answers its id. */
  UUID product() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", "C-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT));
    body.put("name", "IELTS preparation");
    body.put("unit", "COURSE");
    body.put("listPrice", "12800.50");
    body.put("unitCost", 0.125);
    body.put("currency", "CNY");
    ApiClient.Response created = admin().post("/api/v1/products", body);
    if (created.status() != 201) {
      throw new IllegalStateException("product not added: " + created.body());
    }
    return UUID.fromString(created.json().get("id").asString());
  }

  long resourceCount() {
    return jdbc.sql("select count(*) from scheduling_resource").query(Long.class).single();
  }

  long closureCount() {
    return jdbc.sql("select count(*) from scheduling_closure").query(Long.class).single();
  }

  long hoursCount() {
    return jdbc.sql("select count(*) from scheduling_hours").query(Long.class).single();
  }
}
