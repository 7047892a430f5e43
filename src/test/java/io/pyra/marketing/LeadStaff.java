package io.pyra.marketing;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Org units, staff and leads for the lead tests, which share one database: every unit, user, name,
 * phone and e-mail is new, so that no test's lead looks like another's.
 */
final class LeadStaff {

  private final OrgFixtures org;
  private final JdbcClient jdbc;
  private final int port;

  LeadStaff(
      OrgUnitService orgUnits, UserService users, RoleService roles, JdbcClient jdbc, int port) {
    this.org = new OrgFixtures(orgUnits, users, roles);
    this.jdbc = jdbc;
    this.port = port;
  }

  OrgFixtures org() {
    return org;
  }

  UserAccount user(OrgUnit unit, String roleCode) {
    return org.member(unit).roles(roleCode).speaking("en").create();
  }

  ApiClient api(UserAccount user) {
    return new ApiClient(port).signIn(user.username(), OrgFixtures.PASSWORD);
  }

  PageClient pages(UserAccount user) {
    return new PageClient(port).signIn(user.username(), OrgFixtures.PASSWORD);
  }

  /** A fresh name such as {@code Lin 1a2b3c4d}. */
  static String name(String first) {
    return first + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A fresh Chinese mobile number such as {@code 13712345678}. */
  static String mobile() {
    return "137" + String.format(Locale.ROOT, "%08d", (long) (Math.random() * 100_000_000L));
  }

  /** The E.164 form of a Chinese mobile number. */
  static String e164(String mobile) {
    return "+86" + mobile;
  }

  static String email() {
    return "lead-" + UUID.randomUUID().toString().substring(0, 12) + "@example.com";
  }

  /** A lead body as a client sends it: a phone, an e-mail, by phone, consenting to SMS. */
  static Map<String, Object> lead(String name, String phone, String email) {
    Map<String, Object> body = new HashMap<>();
    body.put("source", "PHONE");
    body.put("name", name);
    body.put("phone", phone);
    body.put("email", email);
    body.put("notes", "Asked about evening classes");
    body.put("consentSms", true);
    return body;
  }

  /** A lead recorded by {@code user} through the API; answers its id. */
  UUID record(UserAccount user, String name) {
    ApiClient.Response created = api(user).post("/api/v1/leads", lead(name, mobile(), email()));
    if (created.status() != 201) {
      throw new IllegalStateException("lead not created: " + created.body());
    }
    return UUID.fromString(created.json().get("id").asString());
  }

  long leadCount() {
    return jdbc.sql("select count(*) from marketing_lead").query(Long.class).single();
  }

  String status(UUID leadId) {
    return jdbc.sql("select status from marketing_lead where id = ?")
        .param(leadId)
        .query(String.class)
        .single();
  }

  /** The kinds of the lead's history, oldest first. */
  List<String> history(UUID leadId) {
    return jdbc.sql("select kind from marketing_lead_event where lead_id = ? order by at, id")
        .param(leadId)
        .query(String.class)
        .list();
  }
}
