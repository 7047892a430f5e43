package io.pyra.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The funnel page against the whole application, in English and Chinese: the table with its total,
 * the funnel chart and the trend as chart data (drawn by the shared chart script), the centres'
 * section, the export links; a bad day is shown as a message above the default period; a user
 * without campaign.read is refused. Leads and appointments are fixture rows written with SQL (the
 * lead and appointment APIs land separately).
 */
@PyraIntegrationTest
class FunnelPageTests {

  static final String PERIOD = "from=2026-06-01&to=2026-06-30";

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  CampaignStaff staff;
  OrgUnit branch;
  UserAccount marketer;
  UserAccount consultant;

  @BeforeEach
  void setUp() {
    staff = new CampaignStaff(orgUnits, users, roles, jdbc, port);
    branch = staff.org().branch();
    marketer = staff.user(branch, "MARKETING");
    consultant = staff.user(branch, "COURSE_CONSULTANT");
    FunnelFixtures f = new FunnelFixtures(jdbc, staff.admin());
    UUID campaign = staff.record(marketer, CampaignStaff.code());
    UUID a = branch.id();
    var first = f.lead(campaign, "PHONE", a, marketer.id(), a, "2026-06-02T10:00", null);
    var second = f.lead(campaign, "PHONE", a, marketer.id(), a, "2026-06-03T10:00", null);
    f.lead(null, "WALK_IN", a, marketer.id(), a, "2026-06-04T10:00", null);
    f.visit(
        first,
        null,
        a,
        consultant.id(),
        marketer.id(),
        "2026-06-02T11:00",
        "2026-06-05T10:00",
        "ARRIVED",
        "2026-06-05T10:00",
        true);
    f.visit(
        second,
        null,
        a,
        consultant.id(),
        marketer.id(),
        "2026-06-03T11:00",
        "2026-06-06T10:00",
        "NO_SHOW",
        null,
        false);
  }

  @Test
  void aMarketerSeesTheTableTheChartsTheCentresAndTheExportInEnglish() {
    PageClient pages = staff.pages(marketer);
    Document page = pages.get("/marketing/funnel?groupBy=source&" + PERIOD).document();
    assertThat(page.select("h1").text()).isEqualTo("Funnel: leads to contracts");
    assertThat(page.select("#funnel-group option[selected]").val()).isEqualTo("source");
    assertThat(page.select("#funnel-table thead th").get(1).text()).isEqualTo("Leads");
    assertThat(page.select("#funnel-table tbody tr.funnel-row")).hasSize(2);
    assertThat(page.select("tr.funnel-row[data-key=PHONE] td").get(0).text()).isEqualTo("Phone");
    // leads, appointments, arrivals of the phone leads: 2, 2, 1; the arrival rate 50 %
    assertThat(page.select("tr.funnel-row[data-key=PHONE] td").get(1).text()).isEqualTo("2");
    assertThat(page.select("tr.funnel-row[data-key=PHONE] td").get(2).text()).isEqualTo("2");
    assertThat(page.select("tr.funnel-row[data-key=PHONE] td").get(3).text()).isEqualTo("1");
    assertThat(page.select("tr.funnel-row[data-key=PHONE] td").get(10).text()).isEqualTo("50%");
    assertThat(page.select("#funnel-total td").get(1).text()).isEqualTo("3");
    String funnel = page.select("#funnel-chart").attr("data-chart");
    assertThat(funnel)
        .contains("\"kind\":\"funnel\"")
        .contains("\"Leads\",\"Appointments\",\"Arrivals\",\"Consultations\",\"Contracts\"")
        .contains("[3,2,1,1,0]");
    assertThat(page.select("#trend-chart").attr("data-chart"))
        .contains("\"kind\":\"line\"")
        .contains("2026-06");
    assertThat(page.select("script[src*=echarts]")).isNotEmpty();
    assertThat(page.select("#centre-table tr.centre-row")).hasSize(1);
    assertThat(page.select("#centre-table tr.centre-row td.booked").text()).isEqualTo("2");
    assertThat(page.select("#centre-table tr.centre-row td.arrivals").text()).isEqualTo("1");
    assertThat(page.select("#centre-table tr.centre-row td.no-shows").text()).isEqualTo("1");
    assertThat(page.select("#export-csv").attr("href"))
        .contains("/marketing/funnel/export")
        .contains("format=csv")
        .contains("groupBy=source");
    assertThat(page.select("#export-xlsx").attr("href")).contains("format=xlsx");
    assertThat(page.select("#funnel-definitions li")).hasSize(5);
    assertThat(page.select("#nav-funnel")).isNotEmpty();
  }

  @Test
  void theSamePageReadsInChinese() {
    UserAccount zh = staff.org().member(branch).roles("MARKETING").speaking("zh-CN").create();
    Document page =
        new PageClient(port)
            .signIn(zh.username(), OrgFixtures.PASSWORD)
            .get("/marketing/funnel?" + PERIOD)
            .document();
    assertThat(page.select("h1").text()).isEqualTo("转化漏斗：从线索到合同");
    assertThat(page.select("#funnel-table thead th").get(1).text()).isEqualTo("线索");
    assertThat(page.select("#funnel-total td").get(0).text()).isEqualTo("合计");
    assertThat(page.select("#funnel-chart").attr("data-chart")).contains("到访");
    assertThat(page.select("#centre-figures h2").text()).isEqualTo("校区：预约、到访、签约");
  }

  @Test
  void aBadDayIsShownAboveTheDefaultPeriodAndNoPermissionIsRefused() {
    PageClient.Page page = staff.pages(marketer).get("/marketing/funnel?from=2026-02-30");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.document().select("#filter-error").text())
        .isEqualTo("from must be a day written yyyy-MM-dd.");
    assertThat(staff.pages(consultant).get("/marketing/funnel").status()).isEqualTo(403);
  }

  @Test
  void anEmptyPeriodSaysSo() {
    Document page =
        staff.pages(marketer).get("/marketing/funnel?from=2025-01-01&to=2025-01-31").document();
    assertThat(page.select("#funnel-empty").text()).isEqualTo("No leads in this period.");
    assertThat(page.select("#centre-empty").text()).isEqualTo("No appointments in this period.");
  }
}
