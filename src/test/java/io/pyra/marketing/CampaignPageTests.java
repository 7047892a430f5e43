package io.pyra.marketing;

import static io.pyra.marketing.CampaignStaff.code;
import static io.pyra.marketing.CampaignStaff.cost;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The campaign pages against the whole application: a marketer records a campaign with the form,
 * finds it in the list (the htmx request gets the list's fragment only), records and removes actual
 * costs and sees the totals, moves its status with the buttons (an illegal move is refused with the
 * reason), and a stale save is a 409 that overwrites nothing; bad values come back with the reasons
 * (422) in English and Chinese; another branch's campaign is not found.
 */
@PyraIntegrationTest
class CampaignPageTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  CampaignStaff staff;
  OrgUnit branch;
  UserAccount marketer;
  PageClient pages;

  @BeforeEach
  void setUp() {
    staff = new CampaignStaff(orgUnits, users, roles, jdbc, port);
    branch = staff.org().branch();
    marketer = staff.user(branch, "MARKETING");
    pages = staff.pages(marketer);
  }

  @Test
  void aMarketerRecordsACampaignItsCostsAndMovesItWithoutAScript() {
    Document form = pages.get("/campaigns/new").document();
    assertThat(form.select("#budgetCurrency").val()).isEqualTo("CNY");
    assertThat(form.select("#channel option")).hasSizeGreaterThanOrEqualTo(10);

    String code = code();
    Map<String, String> fields = fields(code, "Summer camp leaflets");
    PageClient.Page created = pages.post("/campaigns", fields);
    assertThat(created.status()).as(created.body()).isEqualTo(302);
    String path = created.location().replaceFirst("^https?://[^/]+", "");

    Document detail = pages.get(path).document();
    assertThat(detail.select("#campaign-name").text()).isEqualTo("Summer camp leaflets");
    assertThat(detail.select("#campaign-code").text()).isEqualTo(code);
    assertThat(detail.select("#campaign-channel").text()).isEqualTo("Print");
    assertThat(detail.select("#campaign-status").text()).isEqualTo("Planned");
    assertThat(detail.select("#spending-budget").text()).isEqualTo("8,000.00 CNY");
    assertThat(detail.select("#spending-remaining").text()).isEqualTo("8,000.00 CNY");

    Document list = pages.get("/campaigns?q=" + code).document();
    assertThat(list.select("#campaign-table tbody tr")).hasSize(1);
    assertThat(list.select("#campaign-filters")).hasSize(1);
    PageClient.Page fragment = pages.get("/campaigns?q=" + code, Map.of("HX-Request", "true"));
    assertThat(fragment.body()).doesNotContain("<html").doesNotContain("campaign-filters");
    assertThat(fragment.document().select("#campaign-table tbody tr")).hasSize(1);

    // costs: 2,500.40 + 99.60 CNY and 120 USD; the remainder counts the CNY only
    assertThat(pages.post(path + "/costs", costFields("2500.40", "CNY", "Printing")).status())
        .isEqualTo(302);
    assertThat(pages.post(path + "/costs", costFields("99.60", "cny", "Delivery")).status())
        .isEqualTo(302);
    assertThat(pages.post(path + "/costs", costFields("120", "USD", "Stock photos")).status())
        .isEqualTo(302);
    BigDecimal cny = new BigDecimal("2500.40").add(new BigDecimal("99.60"));
    Document withCosts = pages.get(path).document();
    assertThat(withCosts.select("#cost-table tbody tr")).hasSize(3);
    assertThat(withCosts.select(".spending-total[data-currency=CNY] td").text())
        .isEqualTo("2,600.00 CNY");
    assertThat(withCosts.select(".spending-total[data-currency=USD] td").text())
        .isEqualTo("120.00 USD");
    assertThat(
            new BigDecimal(
                withCosts
                    .select("#spending-remaining")
                    .text()
                    .replace(",", "")
                    .replace(" CNY", "")))
        .isEqualByComparingTo(new BigDecimal("8000").subtract(cny));

    PageClient.Page negative = pages.post(path + "/costs", costFields("-1", "CNY", "no"));
    assertThat(negative.status()).isEqualTo(422);
    assertThat(negative.document().select("#amount-error").text())
        .isEqualTo("Amount: an amount cannot be negative.");
    PageClient.Page unknown = pages.post(path + "/costs", costFields("1", "XYZ", "no"));
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.document().select("#currency-error").text()).contains("ISO 4217");
    assertThat(pages.get(path).document().select("#cost-table tbody tr")).hasSize(3);

    String usdRow = withCosts.select("#cost-table tbody tr:contains(Stock photos)").attr("id");
    String costId = usdRow.substring("cost-".length());
    pages.get(path);
    assertThat(pages.post(path + "/costs/" + costId + "/delete", Map.of()).status()).isEqualTo(302);
    Document afterRemoval = pages.get(path).document();
    assertThat(afterRemoval.select("#cost-table tbody tr")).hasSize(2);
    assertThat(afterRemoval.select(".spending-total[data-currency=USD]")).isEmpty();

    // the buttons offer the moves the status allows; a move it does not allow is refused
    assertThat(afterRemoval.select("#status-moves button").eachAttr("id"))
        .containsExactlyInAnyOrder("move-ACTIVE", "move-CANCELLED");
    PageClient.Page refused = pages.post(path + "/status", Map.of("status", "COMPLETED"));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.document().select("#status-error").text())
        .isEqualTo("Status: a campaign cannot move from PLANNED to COMPLETED.");
    pages.get(path);
    assertThat(pages.post(path + "/status", Map.of("status", "ACTIVE")).status()).isEqualTo(302);
    Document active = pages.get(path).document();
    assertThat(active.select("#campaign-status").text()).isEqualTo("Active");
    assertThat(active.select("#status-moves button").eachAttr("id"))
        .containsExactlyInAnyOrder("move-PAUSED", "move-COMPLETED", "move-CANCELLED");
  }

  @Test
  void aStaleSaveIsAConflictAndBadValuesComeBackWithTheReasons() {
    UUID id = staff.record(marketer, code());
    String path = "/campaigns/" + id;
    Document edit = pages.get(path + "/edit").document();
    String version = edit.select("#version").val();
    assertThat(edit.select("#code").hasAttr("readonly")).isTrue();

    Map<String, String> first = fields("IGNORED", "First save");
    first.put("version", version);
    assertThat(pages.post(path, first).status()).isEqualTo(302);

    Map<String, String> second = fields("IGNORED", "Second save on the old version");
    second.put("version", version);
    PageClient.Page stale = pages.post(path, second);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.document().select(".alert-danger").text()).contains("changed by someone else");
    assertThat(pages.get(path).document().select("#campaign-name").text()).isEqualTo("First save");

    Map<String, String> bad = fields(code(), "");
    bad.put("startsOn", "2027-05-10");
    bad.put("endsOn", "2027-05-01");
    bad.put("budgetCurrency", "ABC");
    long before = staff.campaignCount();
    pages.get("/campaigns/new");
    PageClient.Page refused = pages.post("/campaigns", bad);
    assertThat(refused.status()).isEqualTo(422);
    Document shown = refused.document();
    assertThat(shown.select("#name-error").text()).isEqualTo("Name: give the campaign a name.");
    assertThat(shown.select("#endsOn-error").text())
        .isEqualTo("End: the campaign cannot end before it starts.");
    assertThat(shown.select("#budgetCurrency-error").text()).contains("ISO 4217");
    assertThat(staff.campaignCount()).isEqualTo(before);

    PageClient chinese =
        new PageClient(port)
            .signIn(
                staff.org().member(branch).roles("MARKETING").speaking("zh-CN").create().username(),
                io.pyra.testing.OrgFixtures.PASSWORD);
    chinese.get("/campaigns/new");
    Document zh = chinese.post("/campaigns", bad).document();
    assertThat(zh.select("#endsOn-error").text()).isEqualTo("结束日期：活动不能在开始之前结束。");
    assertThat(chinese.get("/campaigns").document().select("h1").first().text()).isEqualTo("市场活动");
    assertThat(chinese.get(path).document().select("#campaign-channel").text()).isEqualTo("印刷品");
  }

  @Test
  void anotherBranchsCampaignIsNotFoundAndTheChannelsAreEditable() {
    OrgUnit otherBranch = staff.org().branch();
    UserAccount otherMarketer = staff.user(otherBranch, "MARKETING");
    String theirCode = code();
    UUID theirs = staff.record(otherMarketer, theirCode);
    assertThat(pages.get("/campaigns/" + theirs).status()).isEqualTo(404);
    assertThat(pages.get("/campaigns/" + theirs + "/edit").status()).isEqualTo(404);
    assertThat(pages.get("/campaigns?q=" + theirCode).document().select("#campaign-table"))
        .isEmpty();
    pages.get("/campaigns");
    assertThat(pages.post("/campaigns/" + theirs + "/costs", costFields("1", "CNY", "x")).status())
        .isEqualTo(404);
    assertThat(staff.costCount(theirs)).isZero();

    Document channels = pages.get("/campaigns/channels").document();
    assertThat(channels.select("#channels tbody tr")).hasSizeGreaterThanOrEqualTo(9);
    assertThat(channels.select("#channel-WALK_IN").text()).contains("Walk-in").contains("上门");
    String newCode = "TV_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    pages.get("/campaigns/channels/new");
    PageClient.Page added =
        pages.post(
            "/campaigns/channels/new",
            Map.of("code", newCode, "nameEn", "Television", "nameZh", "电视", "sortOrder", "95"));
    assertThat(added.status()).as(added.body()).isEqualTo(302);
    assertThat(
            pages.get("/campaigns/new").document().select("#channel option[value=" + newCode + "]"))
        .hasSize(1);
    // the principal reads the channels but has no form to change them
    PageClient principal = staff.pages(staff.user(branch, "CENTRE_PRINCIPAL"));
    assertThat(principal.get("/campaigns/channels").status()).isEqualTo(200);
    assertThat(principal.get("/campaigns/channels/new").status()).isEqualTo(403);
  }

  private static Map<String, String> fields(String code, String name) {
    Map<String, String> fields = new HashMap<>();
    fields.put("code", code);
    fields.put("name", name);
    fields.put("channel", "PRINT");
    fields.put("budgetAmount", "8000");
    fields.put("budgetCurrency", "CNY");
    fields.put("startsOn", "2027-06-01");
    fields.put("endsOn", "2027-08-31");
    fields.put("audience", "Families within 5 km of the centre");
    fields.put("audienceOrgUnitId", "");
    fields.put("orgUnitId", "");
    return fields;
  }

  private static Map<String, String> costFields(String amount, String currency, String note) {
    Map<String, Object> body = cost(amount, currency, note);
    Map<String, String> fields = new HashMap<>();
    body.forEach((k, v) -> fields.put(k, String.valueOf(v)));
    return fields;
  }
}
