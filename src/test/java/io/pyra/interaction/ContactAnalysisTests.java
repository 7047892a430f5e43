package io.pyra.interaction;

import static io.pyra.interaction.TimelineTestData.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A branch with a team below it logged five contact records in the first quarter of 2025 (another
 * branch logged five more, which the branch's analysis leaves out).
 */
@PyraIntegrationTest
class ContactAnalysisTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  TimelineTestData data;
  OrgUnit branch;
  OrgUnit team;
  OrgUnit otherBranch;
  UserAccount teamPrincipal;
  String period = "&from=2025-01-01&to=2025-03-31";

  @BeforeEach
  void setUp() {
    data = new TimelineTestData(orgUnits, users, roles, jdbc, port);
    branch = data.unit(data.root());
    team = data.unit(branch);
    otherBranch = data.unit(data.root());
    UserAccount inBranch = data.user(branch.id(), "CUSTOMER_SERVICE_ASSISTANT");
    UserAccount inTeam = data.user(team.id(), "COURSE_CONSULTANT");
    UserAccount elsewhere = data.user(otherBranch.id(), "COURSE_CONSULTANT");
    teamPrincipal = data.user(team.id(), "CENTRE_PRINCIPAL");
    UUID customer = data.customer("Analysed", inBranch);

    record(customer, inBranch, "COURSE_INQUIRY", "PHONE", "2025-01-05", "CN", "Shanghai");
    record(customer, inBranch, "COURSE_INQUIRY", "PHONE", "2025-01-31", "CN", "Shanghai");
    record(customer, inTeam, "PRICE_INQUIRY", "EMAIL", "2025-02-10", "CN", "Beijing");
    record(customer, inTeam, "INQUIRY", "PHONE", "2025-02-11", "CN", null);
    record(customer, inBranch, "COMPLAINT", "VISIT", "2025-03-31", "GB", "London");
    record(customer, inBranch, "COMPLAINT", "VISIT", "2025-04-01", "GB", "London");
    for (int i = 0; i < 5; i++) {
      record(customer, elsewhere, "COMPLAINT", "PHONE", "2025-02-0" + (i + 1), "CN", "Shanghai");
    }
  }

  @Test
  void countsRollUpTheTypeHierarchyAndSplitByChannelLocationAndMonth() {
    JsonNode report =
        data.admin().get("/api/v1/reports/contacts?orgUnitId=" + branch.id() + period).json();

    assertThat(report.get("total").asLong()).isEqualTo(5);
    assertThat(report.get("orgUnitId").asString()).isEqualTo(branch.id().toString());
    Map<String, Long> types = counts(report.get("types"), "code");
    assertThat(types)
        .containsEntry("INQUIRY", 4L)
        .containsEntry("COURSE_INQUIRY", 2L)
        .containsEntry("PRICE_INQUIRY", 1L)
        .containsEntry("COMPLAINT", 1L)
        .containsEntry("ORDER", 0L);
    JsonNode inquiry = row(report.get("types"), "code", "INQUIRY");
    assertThat(inquiry.get("own").asLong()).isEqualTo(1);
    assertThat(inquiry.get("depth").asInt()).isZero();
    assertThat(row(report.get("types"), "code", "PRICE_INQUIRY").get("parentCode").asString())
        .isEqualTo("INQUIRY");
    assertThat(counts(report.get("channels"), "channel"))
        .containsExactlyInAnyOrderEntriesOf(Map.of("PHONE", 3L, "EMAIL", 1L, "VISIT", 1L));
    assertThat(counts(report.get("months"), "month"))
        .containsExactlyInAnyOrderEntriesOf(Map.of("2025-01", 2L, "2025-02", 2L, "2025-03", 1L));
    assertThat(report.get("locations").size()).isEqualTo(4);
    assertThat(report.get("locations").get(0).get("office").asString()).isEqualTo("Shanghai");
    assertThat(report.get("locations").get(0).get("count").asLong()).isEqualTo(2);

    JsonNode teamOnly =
        data.admin().get("/api/v1/reports/contacts?orgUnitId=" + team.id() + period).json();
    assertThat(teamOnly.get("total").asLong()).isEqualTo(2);
    assertThat(counts(teamOnly.get("types"), "code")).containsEntry("INQUIRY", 2L);
  }

  @Test
  void aPrincipalAnalysesTheirSubtreeOnly() {
    ApiClient principal = data.api(teamPrincipal);

    JsonNode own = principal.get("/api/v1/reports/contacts?" + period.substring(1)).json();
    assertThat(own.get("orgUnitId").asString()).isEqualTo(team.id().toString());
    assertThat(own.get("total").asLong()).isEqualTo(2);

    ApiClient.Response above =
        principal.get("/api/v1/reports/contacts?orgUnitId=" + branch.id() + period);
    assertThat(above.status()).isEqualTo(422);
    assertThat(above.json().get("errors").get(0).get("field").asString()).isEqualTo("orgUnitId");
    assertThat(above.json().get("errors").get(0).get("message").asString())
        .contains("may not analyse");
    ApiClient.Response reversed =
        principal.get("/api/v1/reports/contacts?from=2025-03-01&to=2025-01-01");
    assertThat(reversed.status()).isEqualTo(422);
    assertThat(reversed.json().get("errors").get(0).get("field").asString()).isEqualTo("to");
    assertThat(principal.get("/api/v1/reports/contacts?orgUnitId=nope").status()).isEqualTo(400);

    UserAccount consultant = data.user(team.id(), "COURSE_CONSULTANT");
    assertThat(data.api(consultant).get("/api/v1/reports/contacts").status()).isEqualTo(403);
  }

  @Test
  void thePageShowsTablesAndBarChartsInTheReadersLanguage() {
    Document page =
        data.adminPages().get("/reports/contacts?orgUnitId=" + branch.id() + period).document();

    assertThat(page.select("#type-INQUIRY .count").text()).isEqualTo("4");
    assertThat(page.select("#type-COURSE_INQUIRY td").first().className()).contains("tree-depth-1");
    assertThat(page.select("#channel-PHONE .count").text()).isEqualTo("3");
    assertThat(page.select("#month-2025-02 .count").text()).isEqualTo("2");
    assertThat(page.select("#location-table").text()).contains("United Kingdom · London");
    JsonNode channelChart = chart(page, "channel-chart");
    assertThat(channelChart.get("kind").asString()).isEqualTo("bar");
    assertThat(values(channelChart)).containsExactly(3L, 1L, 1L);
    assertThat(values(chart(page, "month-chart"))).containsExactly(2L, 2L, 1L);
    // the chart by type has a bar for every row of the table beside it, sub-types included
    JsonNode typeChart = chart(page, "type-chart");
    List<String> rowCounts = page.select("#type-table .type-row .count").eachText();
    assertThat(values(typeChart))
        .containsExactlyElementsOf(rowCounts.stream().map(Long::valueOf).toList());
    List<String> labels = new ArrayList<>();
    typeChart.get("categories").forEach(c -> labels.add(c.asString()));
    int inquiry = labels.indexOf("Inquiry");
    assertThat(labels).contains("› Course inquiry", "› Price inquiry");
    assertThat(values(typeChart).get(labels.indexOf("› Course inquiry"))).isEqualTo(2L);
    assertThat(values(typeChart).get(labels.indexOf("› Price inquiry"))).isEqualTo(1L);
    assertThat(values(typeChart).get(inquiry)).isEqualTo(4L);
    assertThat(page.select("script[src*=echarts]")).hasSize(1);
    assertThat(page.select("script[src*=pyra-charts]")).hasSize(1);
    assertThat(page.select("[style]")).isEmpty();
    assertThat(page.getElementById("nav-contact-analysis")).isNotNull();

    UserAccount chinese = data.user(team.id(), "CENTRE_PRINCIPAL", "zh-CN");
    Document zh = data.pages(chinese).get("/reports/contacts?" + period.substring(1)).document();
    assertThat(zh.select("#type-PRICE_INQUIRY").text()).contains("价格咨询");
    assertThat(zh.select("#channel-EMAIL").text()).contains("电子邮件");
    assertThat(zh.select("#location-table").text()).contains("中国");
  }

  @Test
  void exportsCsvWithAByteOrderMarkAndXlsxWithASheetPerDimension() throws Exception {
    PageClient pages = data.adminPages();
    String query = "orgUnitId=" + branch.id() + period;
    PageClient.Page page = pages.get("/reports/contacts?" + query);
    String csvUrl = page.document().getElementById("export-csv").attr("href");

    PageClient.Page csv = pages.get(csvUrl);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    assertThat(csv.header("Content-Disposition")).contains(".csv");
    assertThat(csv.body()).startsWith("\uFEFFdimension,code,name,parent,level,count");
    assertThat(csv.body())
        .contains("types,INQUIRY,Inquiry,,0,4")
        .contains("types,COURSE_INQUIRY,Course inquiry,INQUIRY,1,2")
        .contains("channels,PHONE,Phone,,0,3")
        .contains("months,2025-03,2025-03,,0,1")
        .contains("locations,GB/London,United Kingdom · London,GB,0,1");

    String xlsxUrl = page.document().getElementById("export-xlsx").attr("href");
    HttpResponse<byte[]> xlsx = data.downloadAsAdmin(xlsxUrl);
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet types = workbook.getSheet("types");
      assertThat(types.getRow(0).getCell(0).getStringCellValue()).isEqualTo("code");
      Row inquiry = find(types, "INQUIRY");
      assertThat(inquiry.getCell(4).getNumericCellValue()).isEqualTo(4.0);
      assertThat(find(workbook.getSheet("channels"), "EMAIL").getCell(4).getNumericCellValue())
          .isEqualTo(1.0);
      assertThat(find(workbook.getSheet("months"), "2025-01").getCell(4).getNumericCellValue())
          .isEqualTo(2.0);
      assertThat(workbook.getSheet("locations").getPhysicalNumberOfRows()).isEqualTo(5);
    }
    assertThat(pages.get("/reports/contacts/export?format=pdf&" + query).status()).isEqualTo(422);
  }

  /** The data a chart of the page is drawn from. */
  private static JsonNode chart(Document page, String id) {
    return JsonMapper.shared().readTree(page.getElementById(id).attr("data-chart"));
  }

  private static List<Long> values(JsonNode chart) {
    List<Long> values = new ArrayList<>();
    chart.get("series").get(0).get("values").forEach(v -> values.add(v.asLong()));
    return values;
  }

  private void record(
      UUID customer,
      UserAccount author,
      String type,
      String channel,
      String day,
      String country,
      String office) {
    Instant at = LocalDate.parse(day).atTime(12, 0).atZone(ZONE).toInstant();
    data.record(
        UUID.randomUUID(), customer, author, type, channel, at, type + " " + day, country, office);
  }

  private static Map<String, Long> counts(JsonNode rows, String key) {
    Map<String, Long> counts = new HashMap<>();
    rows.forEach(r -> counts.put(r.get(key).asString(), r.get("count").asLong()));
    return counts;
  }

  private static JsonNode row(JsonNode rows, String key, String value) {
    for (JsonNode r : rows) {
      if (r.get(key).asString().equals(value)) {
        return r;
      }
    }
    throw new AssertionError(value + " not in " + rows);
  }

  private static Row find(Sheet sheet, String code) {
    for (Row row : sheet) {
      if (row.getCell(0).getStringCellValue().equals(code)) {
        return row;
      }
    }
    throw new AssertionError(code + " not in sheet " + sheet.getSheetName());
  }
}
