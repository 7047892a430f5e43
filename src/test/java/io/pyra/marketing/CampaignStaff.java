package io.pyra.marketing;

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
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Org units, staff and campaigns for the campaign tests, which share one database: every unit, user
 * and campaign code is new.
 */
final class CampaignStaff {

  private final OrgFixtures org;
  private final JdbcClient jdbc;
  private final int port;

  CampaignStaff(
      OrgUnitService orgUnits, UserService users, RoleService roles, JdbcClient jdbc, int port) {
    this.org = new OrgFixtures(orgUnits, users, roles);
    this.jdbc = jdbc;
    this.port = port;
  }

  OrgFixtures org() {
    return org;
  }

  /** A fresh campaign code such as {@code C-1A2B3C4D}. */
  static String code() {
    return "C-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
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

  /** A campaign body as a client sends it: budget 10,000.00 CNY, March 2027. */
  static Map<String, Object> campaign(String code, String name) {
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("name", name);
    body.put("channel", "SOCIAL_MEDIA");
    body.put("budgetAmount", "10000.00");
    body.put("budgetCurrency", "CNY");
    body.put("startsOn", "2027-03-01");
    body.put("endsOn", "2027-03-31");
    body.put("audience", "Parents of children aged 6 to 12 near the centre");
    return body;
  }

  /** A cost body as a client sends it. */
  static Map<String, Object> cost(String amount, String currency, String note) {
    Map<String, Object> body = new HashMap<>();
    body.put("spentOn", "2027-03-05");
    body.put("amount", amount);
    body.put("currency", currency);
    body.put("note", note);
    return body;
  }

  /** A campaign recorded by {@code user} through the API; answers its id. */
  UUID record(UserAccount user, String code) {
    ApiClient.Response created =
        api(user).post("/api/v1/campaigns", campaign(code, "Campaign " + code));
    if (created.status() != 201) {
      throw new IllegalStateException("campaign not created: " + created.body());
    }
    return UUID.fromString(created.json().get("id").asString());
  }

  long campaignCount() {
    return jdbc.sql("select count(*) from marketing_campaign").query(Long.class).single();
  }

  long costCount() {
    return jdbc.sql("select count(*) from marketing_campaign_cost").query(Long.class).single();
  }

  long costCount(UUID campaignId) {
    return jdbc.sql("select count(*) from marketing_campaign_cost where campaign_id = ?")
        .param(campaignId)
        .query(Long.class)
        .single();
  }
}
