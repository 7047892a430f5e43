package io.pyra.support.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The business calendar pages: a calendar set on the form with two periods on Monday and a holiday,
 * shown on the list and read back into the form; a bad line refused on its weekday in English and
 * Chinese with nothing stored; the pages open to case readers without the changes.
 */
@PyraIntegrationTest
class BusinessCalendarPageTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  @Test
  void aCalendarGoesThroughTheFormAndBackInBothLanguages() {
    OrgFixtures fixtures = new OrgFixtures(orgUnits, users, roles);
    OrgUnit branch = fixtures.branch();
    PageClient pages = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    Document english = pages.get("/business-calendars?lang=en").document();
    assertThat(english.select("h1").text()).isEqualTo("Business calendars");
    assertThat(english.select("#calendar-COMPANY .calendar-unit").text())
        .isEqualTo("The whole company");
    assertThat(english.select("#calendar-COMPANY .calendar-hours [data-day=MONDAY]").text())
        .isEqualTo("Mon 09:00–18:00");
    assertThat(english.select("#calendar-COMPANY .delete-calendar")).as("never removed").isEmpty();
    assertThat(english.select("#nav-business-calendars")).isNotEmpty();
    Document chinese = pages.get("/business-calendars?lang=zh-CN").document();
    assertThat(chinese.select("h1").text()).isEqualTo("工作日历");
    assertThat(chinese.select("#calendar-COMPANY .calendar-unit").text()).isEqualTo("全公司");
    assertThat(chinese.select("#calendar-COMPANY .calendar-hours [data-day=MONDAY]").text())
        .isEqualTo("周一 09:00–18:00");

    Document form = pages.get("/business-calendars/new?lang=en").document();
    assertThat(form.select("h1").text()).isEqualTo("New calendar");
    assertThat(form.select("#daysMONDAY").attr("value")).isEqualTo("09:00-18:00");
    assertThat(form.select("#daysSUNDAY").attr("value")).isEmpty();
    assertThat(form.select("tr.holiday-row")).hasSize(3);

    String code = OrgFixtures.code("PG");
    Map<String, String> fields = fields(code, branch);
    fields.put("days[MONDAY]", "9h-12h");
    PageClient.Page refused = pages.post("/business-calendars/new?lang=en", fields);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.document().select("#daysMONDAY-error").text())
        .isEqualTo("9h-12h is not a period such as 09:00-18:00.");
    fields.put("days[MONDAY]", "09:00-12:00; 12:00-9:00");
    pages.get("/business-calendars/new?lang=zh-CN");
    Document refusedChinese = pages.post("/business-calendars/new?lang=zh-CN", fields).document();
    assertThat(refusedChinese.select("#daysMONDAY-error").text())
        .isEqualTo("结束时间（9:00）必须晚于开始时间（12:00）。");
    assertThat(refusedChinese.select("#daysMONDAY").attr("value"))
        .as("as typed")
        .isEqualTo("09:00-12:00; 12:00-9:00");
    assertThat(
            jdbc.sql("select count(*) from support_business_calendar where code = ?")
                .param(code)
                .query(Long.class)
                .single())
        .as("nothing stored")
        .isZero();

    fields.put("days[MONDAY]", "09:00-12:00, 13:00-18:00");
    pages.get("/business-calendars/new");
    PageClient.Page saved = pages.post("/business-calendars/new", fields);
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    Document list = pages.get("/business-calendars?lang=en").document();
    Element row = list.selectFirst("#calendar-" + code);
    assertThat(row).isNotNull();
    assertThat(row.select(".calendar-unit").text()).isEqualTo(branch.name());
    assertThat(row.select(".calendar-zone").text()).startsWith("London");
    assertThat(row.select("[data-day=MONDAY]").text()).isEqualTo("Mon 09:00–12:00, 13:00–18:00");
    assertThat(row.select("[data-day=SATURDAY]")).isEmpty();
    assertThat(row.select(".calendar-holidays").text()).isEqualTo("1");

    Element edit = row.selectFirst(".edit-calendar");
    Document again = pages.get(edit.attr("href") + "?lang=zh-CN").document();
    assertThat(again.select("h1").text()).isEqualTo("工作日历 " + code);
    assertThat(again.select("#daysMONDAY").attr("value")).isEqualTo("09:00-12:00, 13:00-18:00");
    assertThat(again.select("#daysTUESDAY").attr("value")).isEqualTo("09:00-18:00");
    assertThat(again.select("#timeZone option[selected]").attr("value")).isEqualTo("Europe/London");
    assertThat(again.select("#orgUnitId option[selected]").attr("value"))
        .isEqualTo(branch.id().toString());
    assertThat(again.select("input[name='holidays[0].name']").attr("value"))
        .isEqualTo("Boxing Day");
    assertThat(again.select("input[name='holidays[0].firstDay']").attr("value"))
        .isEqualTo("2026-12-26");
    assertThat(again.select("tr.holiday-row")).hasSize(4);

    // the detail page, for whoever works cases, without the changes
    UserAccount assistant = fixtures.user(branch, "CUSTOMER_SERVICE_ASSISTANT");
    PageClient reader = new PageClient(port).signIn(assistant.username(), OrgFixtures.PASSWORD);
    Document detail = reader.get(row.selectFirst(".calendar-code a").attr("href")).document();
    assertThat(detail.select("#hours-MONDAY td").text()).isEqualTo("09:00–12:00, 13:00–18:00");
    assertThat(detail.select("#hours-SUNDAY td").text()).isEqualTo("Day off");
    assertThat(detail.select(".holiday-name").text()).isEqualTo("Boxing Day");
    assertThat(detail.select("#edit-calendar, #import-holidays")).isEmpty();
    assertThat(reader.get("/business-calendars/new").status()).isEqualTo(403);
    UserAccount finance = fixtures.user(branch, "FINANCE");
    PageClient outsider = new PageClient(port).signIn(finance.username(), OrgFixtures.PASSWORD);
    assertThat(outsider.get("/business-calendars").status()).isEqualTo(403);
  }

  @Test
  void aFormPostWithAHolidayRowFarBeyondTheLimitIsRefusedWithoutAServerError() {
    OrgFixtures fixtures = new OrgFixtures(orgUnits, users, roles);
    PageClient pages = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    String code = OrgFixtures.code("FAR");
    for (int index : new int[] {400, 100_000}) {
      Map<String, String> fields = fields(code, fixtures.branch());
      fields.put("holidays[" + index + "].name", "Far");
      pages.get("/business-calendars/new");
      PageClient.Page answer = pages.post("/business-calendars/new", fields);
      assertThat(answer.status()).as(index + ": " + answer.body()).isBetween(400, 499);
    }
    assertThat(
            jdbc.sql("select count(*) from support_business_calendar where code = ?")
                .param(code)
                .query(Long.class)
                .single())
        .isZero();
  }

  static Map<String, String> fields(String code, OrgUnit unit) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("code", code);
    fields.put("nameEn", "London office");
    fields.put("nameZh", "伦敦办公室");
    fields.put("timeZone", "Europe/London");
    fields.put("orgUnitId", unit.id().toString());
    for (String day : new String[] {"TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"}) {
      fields.put("days[" + day + "]", "09:00-18:00");
    }
    fields.put("days[SATURDAY]", "");
    fields.put("days[SUNDAY]", "");
    fields.put("holidays[0].name", "Boxing Day");
    fields.put("holidays[0].firstDay", "2026-12-26");
    fields.put("holidays[0].lastDay", "");
    fields.put("holidays[1].name", "");
    fields.put("holidays[1].firstDay", "");
    fields.put("holidays[1].lastDay", "");
    return fields;
  }
}
