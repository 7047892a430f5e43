package io.pyra.interaction;

import io.pyra.identity.Scope;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.Role;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.role.SaveRole;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Org units, staff, customers and contact records for tests that share one database: every name is
 * new.
 */
final class InteractionStaff {

  static final String PASSWORD = OrgFixtures.PASSWORD;

  private final OrgFixtures org;
  private final RoleService roles;
  private final int port;

  InteractionStaff(OrgUnitService orgUnits, UserService users, RoleService roles, int port) {
    this.org = new OrgFixtures(orgUnits, users, roles);
    this.roles = roles;
    this.port = port;
  }

  static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  static String mobile() {
    return "139" + String.format("%08d", (long) (Math.random() * 100_000_000L));
  }

  OrgUnit branch() {
    return org.branch();
  }

  UserAccount user(UUID orgUnitId, String... roleCodes) {
    return userSpeaking("en", orgUnitId, roleCodes);
  }

  /** A user whose pages are in {@code locale} ({@code en} or {@code zh-CN}). */
  UserAccount userSpeaking(String locale, UUID orgUnitId, String... roleCodes) {
    return org.member(orgUnitId).roles(roleCodes).speaking(locale).create();
  }

  /** A new role with these grants, e.g. to set a follow-up policy no other test sees. */
  Role role(String name, Map<String, Scope> grants) {
    String code = OrgFixtures.code("T");
    return roles.create(new SaveRole(code, name + " " + code, null, grants, null));
  }

  ApiClient admin() {
    return new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  ApiClient as(UserAccount user) {
    return new ApiClient(port).signIn(user.username(), PASSWORD);
  }

  PageClient pages(UserAccount user) {
    return new PageClient(port).signIn(user.username(), PASSWORD);
  }

  PageClient adminPages() {
    return new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  /** A person customer created by the administrator, owned by {@code owner} in their unit. */
  JsonNode customer(UserAccount owner, String phone) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "PERSON");
    body.put("name", unique("Customer"));
    body.put(
        "phones", List.of(Map.of("number", phone == null ? mobile() : phone, "label", "mobile")));
    if (owner != null) {
      body.put("ownerId", owner.id());
      body.put("orgUnitId", owner.orgUnitId());
    }
    ApiClient.Response created = admin().post("/api/v1/customers", body);
    if (created.status() != 201) {
      throw new IllegalStateException(created.body());
    }
    return created.json();
  }

  String contact(String customerId, String name) {
    return admin()
        .post("/api/v1/customers/" + customerId + "/contacts", Map.of("name", name))
        .json()
        .get("id")
        .asString();
  }

  /**
   * A valid contact record body: a phone call of the given type, an hour ago unless {@code at} is
   * given.
   */
  static Map<String, Object> record(String customerId, String type, Instant at) {
    Map<String, Object> body = new HashMap<>();
    body.put("customerId", customerId);
    body.put("type", type);
    body.put("channel", "PHONE");
    body.put("direction", "OUTBOUND");
    body.put("subject", unique("Call"));
    body.put("notes", "Talked about the spring term.");
    body.put("outcome", "Will call back");
    body.put("durationMinutes", 12);
    body.put(
        "occurredAt",
        (at == null ? Instant.now().minusSeconds(3600) : at)
            .truncatedTo(java.time.temporal.ChronoUnit.MILLIS)
            .toString());
    return body;
  }

  static Map<String, Object> job(String customerId) {
    Map<String, Object> body = new HashMap<>();
    body.put("customerId", customerId);
    body.put("name", unique("Staff training"));
    body.put("country", "HK");
    body.put("office", "Central");
    body.put("serviceCategory", "CONSULTING");
    return body;
  }

  /** The errors of a problem response as field → rule. */
  static Map<String, String> errors(ApiClient.Response response) {
    Map<String, String> errors = new HashMap<>();
    response
        .json()
        .get("errors")
        .forEach(e -> errors.put(e.get("field").asString(), e.get("rule").asString()));
    return errors;
  }
}
