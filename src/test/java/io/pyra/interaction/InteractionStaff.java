package io.pyra.interaction;

import io.pyra.identity.Scope;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitKind;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.orgunit.SaveOrgUnit;
import io.pyra.identity.role.Role;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.role.SaveRole;
import io.pyra.identity.user.SaveUser;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Org units, staff, customers and contact records for tests that share one database: every name is
 * new.
 */
final class InteractionStaff {

  static final String PASSWORD = "Sunny-Garden-42";

  private final OrgUnitService orgUnits;
  private final UserService users;
  private final RoleService roles;
  private final int port;

  InteractionStaff(OrgUnitService orgUnits, UserService users, RoleService roles, int port) {
    this.orgUnits = orgUnits;
    this.users = users;
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
    OrgUnit root =
        orgUnits.tree().stream().filter(u -> u.parentId() == null).findFirst().orElseThrow();
    String code = "T_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    return orgUnits.create(
        new SaveOrgUnit(
            root.id(), OrgUnitKind.BRANCH, code, "Unit " + code, "Asia/Shanghai", null));
  }

  UserAccount user(UUID orgUnitId, String... roleCodes) {
    return userSpeaking("en", orgUnitId, roleCodes);
  }

  /** A user whose pages are in {@code locale} ({@code en} or {@code zh-CN}). */
  UserAccount userSpeaking(String locale, UUID orgUnitId, String... roleCodes) {
    String username = "u" + UUID.randomUUID().toString().substring(0, 8);
    Set<UUID> roleIds =
        Arrays.stream(roleCodes).map(code -> roles.byCode(code).id()).collect(Collectors.toSet());
    return users.create(
        new SaveUser(
            username,
            "Staff " + username,
            username + "@example.com",
            null,
            orgUnitId,
            null,
            locale,
            roleIds,
            true,
            PASSWORD,
            null));
  }

  /** A new role with these grants, e.g. to set a follow-up policy no other test sees. */
  Role role(String name, Map<String, Scope> grants) {
    String code = "T_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
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
