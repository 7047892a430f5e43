package io.pyra.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.customer.field.CustomFieldService;
import io.pyra.customer.field.SaveCustomField;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PyraIntegrationTest
class CustomerExportTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired CustomFieldService fields;
  @Autowired JdbcClient jdbc;
  FindFixtures fixtures;

  @BeforeEach
  void setUp() {
    fixtures = new FindFixtures(orgUnits, users, roles, jdbc);
  }

  @Test
  void exportsTheFilteredListAsCsvWithABomThatKeepsChineseAndQuotes() throws Exception {
    String family = "导出" + FindFixtures.unique("");
    UUID school =
        fields
            .create(
                new SaveCustomField(
                    FindFixtures.unique("school").toLowerCase(),
                    "School",
                    "学校",
                    "TEXT",
                    false,
                    List.of(),
                    0,
                    null,
                    null))
            .id();
    String schoolCode = fields.get(school).code();
    var first =
        fixtures.customer(
            family + "张伟明",
            fixtures.admin(),
            fixtures.root().id(),
            LifecycleStage.ACTIVE,
            null,
            List.of("+8613800138000"),
            List.of("zhang@example.com"),
            List.of("vip"),
            Map.of(school, "第一中学, \"实验\"班"));
    fixtures.customer(family + "李娜", fixtures.admin(), fixtures.root().id());
    // a value a spreadsheet would run as a formula is written as text
    var formula =
        fixtures.customer(
            family + "王芳",
            fixtures.admin(),
            fixtures.root().id(),
            LifecycleStage.ACTIVE,
            null,
            List.of(),
            List.of(),
            List.of(),
            Map.of(school, "=HYPERLINK(\"http://example.com\")"));

    HttpResponse<byte[]> response = download("csv", family);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
        .contains("attachment", ".csv");
    byte[] body = response.body();
    assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    try (CSVParser csv =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(text))) {
      List<CSVRecord> records = csv.getRecords();
      assertThat(csv.getHeaderNames()).startsWith("code", "name").contains(schoolCode);
      assertThat(records).hasSize(3);
      assertThat(
              records.stream()
                  .filter(r -> r.get("code").equals(formula.code()))
                  .findFirst()
                  .orElseThrow()
                  .get(schoolCode))
          .isEqualTo("'=HYPERLINK(\"http://example.com\")");
      CSVRecord zhang =
          records.stream()
              .filter(r -> r.get("code").equals(first.code()))
              .findFirst()
              .orElseThrow();
      assertThat(zhang.get("name")).isEqualTo(family + "张伟明");
      assertThat(zhang.get(schoolCode)).isEqualTo("第一中学, \"实验\"班");
      assertThat(zhang.get("phones")).isEqualTo("+8613800138000");
      assertThat(zhang.get("tags")).isEqualTo("vip");
    }
  }

  @Test
  void exportsXlsxThatOpensWithTheRows() throws Exception {
    String family = "Export " + FindFixtures.unique("");
    var one = fixtures.customer(family + " 王芳", fixtures.admin(), fixtures.root().id());
    var two = fixtures.customer(family + " Brown", fixtures.admin(), fixtures.root().id());

    HttpResponse<byte[]> response = download("xlsx", family);

    assertThat(response.statusCode()).isEqualTo(200);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("code");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      // ordered by name: "... brown" before "... 王芳"
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(two.code());
      assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo(family + " 王芳");
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo(one.code());
    }
  }

  @Test
  void refusesAnUnknownFormatAndAUserWithoutTheExportPermission() {
    ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    assertThat(admin.get("/api/v1/customers/export?format=pdf").status()).isEqualTo(422);
    var desk = fixtures.user(fixtures.root().id(), "FRONT_DESK");
    ApiClient frontDesk = new ApiClient(port).signIn(desk.username(), FindFixtures.PASSWORD);
    assertThat(frontDesk.get("/api/v1/customers/export?format=csv").status()).isEqualTo(403);
    assertThat(frontDesk.get("/api/v1/customers").status()).isEqualTo(200);
  }

  private HttpResponse<byte[]> download(String format, String q) throws Exception {
    ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    return java.net.http.HttpClient.newHttpClient()
        .send(
            admin
                .builder(
                    "/api/v1/customers/export?format="
                        + format
                        + "&q="
                        + URLEncoder.encode(q, StandardCharsets.UTF_8))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }
}
