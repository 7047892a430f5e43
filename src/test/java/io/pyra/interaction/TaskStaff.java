package io.pyra.interaction;

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
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Org units, staff, customers, contact records and jobs for the task tests, which share one
 * database: every name is new. Records and jobs are inserted with SQL (their pages are elsewhere).
 */
final class TaskStaff {

  static final String PASSWORD = OrgFixtures.PASSWORD;

  private final OrgFixtures org;
  private final JdbcClient jdbc;
  private final int port;

  TaskStaff(
      OrgUnitService orgUnits, UserService users, RoleService roles, JdbcClient jdbc, int port) {
    this.org = new OrgFixtures(orgUnits, users, roles);
    this.jdbc = jdbc;
    this.port = port;
  }

  static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  OrgUnit root() {
    return org.root();
  }

  OrgUnit unit() {
    return unit("Asia/Shanghai");
  }

  /** A new branch under the root, in the given time zone. */
  OrgUnit unit(String timeZone) {
    return org.branch(timeZone);
  }

  UserAccount user(OrgUnit unit, String roleCode) {
    return user(unit, roleCode, "en", true);
  }

  UserAccount user(OrgUnit unit, String roleCode, String locale, boolean active) {
    return org.member(unit).roles(roleCode).speaking(locale).active(active).create();
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

  /**
   * A customer owned by {@code owner} in {@code unit}, created by the administrator; answers its
   * id.
   */
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

  /** A phone inquiry logged for the customer by {@code author}; answers the record's id. */
  UUID record(UUID customerId, UserAccount author, String subject) {
    UUID id = Ids.newId();
    Instant now = Instant.now();
    jdbc.sql(
            """
            insert into interaction_record (id, customer_id, type_id, channel, direction, subject, occurred_at,
              author_id, org_unit_id, version, created_at, updated_at)
            values (:id, :customer, '00000000-0000-7000-8004-000000000001', 'PHONE', 'INBOUND', :subject, :at,
              :author, :unit, 0, :at, :at)""")
        .param("id", id)
        .param("customer", customerId)
        .param("subject", subject)
        .param("at", SqlTime.utc(now))
        .param("author", author.id())
        .param("unit", author.orgUnitId())
        .update();
    return id;
  }

  /** A consulting job for the customer; answers its id. */
  UUID job(UUID customerId, UserAccount creator) {
    UUID id = Ids.newId();
    Instant now = Instant.now();
    jdbc.sql(
            """
            insert into interaction_job (id, code, customer_id, name, country, service_category_id, status,
              org_unit_id, created_by, version, created_at, updated_at)
            values (:id, :code, :customer, 'Campus refit', 'CN', '00000000-0000-7000-8005-000000000001', 'ACTIVE',
              :unit, :by, 0, :at, :at)""")
        .param("id", id)
        .param("code", "J-" + id.toString().substring(24))
        .param("customer", customerId)
        .param("unit", creator.orgUnitId())
        .param("by", creator.id())
        .param("at", SqlTime.utc(now))
        .update();
    return id;
  }

  /** A task body as a client sends it. */
  static Map<String, Object> task(String title, UUID customerId, UUID assigneeId, Instant dueAt) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    body.put("type", "CALL_BACK");
    body.put("dueAt", dueAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
    if (customerId != null) {
      body.put("customerId", customerId);
    }
    if (assigneeId != null) {
      body.put("assigneeId", assigneeId);
    }
    return body;
  }

  long taskCount() {
    return jdbc.sql("select count(*) from interaction_task").query(Long.class).single();
  }
}
