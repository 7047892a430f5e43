package io.pyra.support;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitKind;
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
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Org units, staff, customers and cases for the case page tests, which share one database: every
 * name is new. Customers and cases are made through the API as the administrator; SLA events the
 * job would write are inserted with SQL.
 */
final class CaseStaff {

  static final String PASSWORD = OrgFixtures.PASSWORD;

  private final OrgFixtures org;
  private final JdbcClient jdbc;
  private final int port;

  CaseStaff(
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

  OrgUnit team(OrgUnit branch) {
    return org.unit(branch, OrgUnitKind.TEAM);
  }

  UserAccount user(OrgUnit unit, String role) {
    return org.user(unit, role);
  }

  UserAccount user(OrgUnit unit, String role, String locale) {
    return org.member(unit).roles(role).speaking(locale).create();
  }

  ApiClient admin() {
    return new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  PageClient pages(UserAccount user) {
    return new PageClient(port).signIn(user.username(), PASSWORD);
  }

  /** A person customer of {@code owner} in {@code unit}; answers its id. */
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

  /** A contact person of the customer; answers its id. */
  UUID contact(UUID customer, String name) {
    ApiClient.Response created =
        admin().post("/api/v1/customers/" + customer + "/contacts", Map.of("name", name));
    if (created.status() != 201) {
      throw new IllegalStateException("contact not created: " + created.body());
    }
    return UUID.fromString(created.json().get("id").asString());
  }

  /** A minor inquiry opened by the administrator, given to {@code assignee} in {@code team}. */
  UUID openCase(UUID customer, String subject, UserAccount assignee, OrgUnit team) {
    Map<String, Object> body = new HashMap<>();
    body.put("customerId", customer);
    body.put("type", "INQUIRY");
    body.put("severity", "MINOR");
    body.put("channel", "PHONE");
    body.put("subject", subject);
    body.put("assigneeId", assignee.id());
    body.put("teamId", team.id());
    ApiClient.Response created = admin().post("/api/v1/cases", body);
    if (created.status() != 201) {
      throw new IllegalStateException("case not opened: " + created.body());
    }
    return UUID.fromString(created.json().get("id").asString());
  }

  /** A line the SLA job writes on a case's history (no actor: Pyra itself). */
  void slaEvent(UUID caseId, String kind, String to, String detail, Instant at) {
    UUID customer =
        jdbc.sql("select customer_id from support_case where id = ?")
            .param(caseId)
            .query(UUID.class)
            .single();
    jdbc.sql(
            """
            insert into support_case_event (id, case_id, customer_id, kind, to_value, detail, occurred_at)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(Ids.newId(), caseId, customer, kind, to, detail, SqlTime.utc(at))
        .update();
  }

  long caseCount() {
    return jdbc.sql("select count(*) from support_case").query(Long.class).single();
  }

  /** The fields of the case form as the browser would send them. */
  static Map<String, String> fields(Document page) {
    Map<String, String> fields = new HashMap<>();
    for (Element input : page.select("#case-form input[name], #case-form textarea[name]")) {
      fields.put(
          input.attr("name"), input.tagName().equals("textarea") ? input.text() : input.val());
    }
    for (Element select : page.select("#case-form select[name]")) {
      Element selected = select.selectFirst("option[selected]");
      fields.put(
          select.attr("name"),
          selected != null ? selected.val() : select.select("option").first().val());
    }
    return fields;
  }

  static String path(String location) {
    return location.replaceFirst("^https?://[^/]+", "");
  }
}
