package io.pyra.integration;

import static io.pyra.integration.ImportFixtures.awaitFinished;
import static io.pyra.integration.ImportFixtures.mobile;
import static io.pyra.integration.ImportFixtures.utf8Bom;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.customer.CustomerImportApi;
import io.pyra.customer.CustomerKind;
import io.pyra.customer.LifecycleStage;
import io.pyra.customer.sector.SaveSector;
import io.pyra.customer.sector.SectorService;
import io.pyra.integration.importing.ImportJob;
import io.pyra.integration.importing.ImportJobs;
import io.pyra.integration.importing.ImportTargets;
import io.pyra.integration.importing.ImportWords;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The import in the user's language: every name the pages show for a stage, a kind or a sector is
 * accepted; the reasons come in the importer's language; a matched row names its customer; a phone
 * repeated in the file is reported on its column; nothing shows progress before the run.
 */
@PyraIntegrationTest
class ImportLanguageTests {

  private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired MessageSource messages;
  @Autowired SectorService sectors;
  @Autowired ImportJobs jobs;
  @Autowired ImportWords words;
  @Autowired CustomerImportApi customers;

  private ApiClient admin;

  @BeforeEach
  void signIn() {
    admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  /**
   * The names a coded value has on the pages: the texts of its keys in both languages, a Chinese
   * one also with and without "客户", each also in capitals and between full-width spaces.
   */
  private Set<String> names(String code, String... prefixes) {
    Set<String> names = new LinkedHashSet<>();
    names.add(code);
    names.add(code.toLowerCase(Locale.ROOT));
    for (Locale locale : LANGUAGES) {
      for (String prefix : prefixes) {
        String text = messages.getMessage(prefix + code, null, locale);
        names.add(text);
        names.add(text.toUpperCase(Locale.ROOT));
        names.add("\u3000" + text + " ");
        if (text.endsWith("客户") && text.length() > 2) {
          names.add(text.substring(0, text.length() - 2));
        } else if (locale.equals(Locale.SIMPLIFIED_CHINESE)) {
          names.add(text + "客户");
        }
      }
    }
    return names;
  }

  @Test
  void everyStageKindAndSectorNameThePagesShowIsAcceptedInEitherLanguage() {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String sectorCode = "IMPZH_" + run.toUpperCase(Locale.ROOT).replace('-', '_');
    sectors.create(
        new SaveSector(null, sectorCode, "Tea trade " + run, "茶叶贸易" + run, null, true, null));
    // the Chinese page names of the stages, as issue 12 lists them, are among them
    assertThat(names("PROSPECT", "customer.stage.")).contains("潜在");
    assertThat(names("NEW", "customer.stage.")).contains("新客户");
    assertThat(names("ACTIVE", "customer.stage.")).contains("活跃");
    assertThat(names("SUSPECT", "customer.stage.")).contains("疑似", "疑似客户");

    Map<String, String[]> expected = new LinkedHashMap<>();
    StringBuilder csv = new StringBuilder("名称,类型,阶段,行业分类\r\n");
    int n = 0;
    List<String> sectorNames =
        List.of(sectorCode, "Tea trade " + run, "茶叶贸易" + run, "\u3000TEA TRADE " + run + " ");
    for (LifecycleStage stage : LifecycleStage.values()) {
      for (String stageName : names(stage.name(), "customer.stage.", "customers.stage.")) {
        for (CustomerKind kind : CustomerKind.values()) {
          String kindNames =
              String.join("\u0000", names(kind.name(), "customer.kind.", "customers.kind."));
          String[] kinds = kindNames.split("\u0000");
          String kindName = kinds[n % kinds.length];
          String name = "语言" + run + "-" + n;
          expected.put(name, new String[] {kind.name(), stage.name()});
          csv.append(name)
              .append(',')
              .append(quoted(kindName))
              .append(',')
              .append(quoted(stageName))
              .append(',')
              .append(quoted(sectorNames.get(n % sectorNames.size())))
              .append("\r\n");
          n++;
        }
      }
    }
    int withSector = n;
    // every kind name is used at least once as well
    for (CustomerKind kind : CustomerKind.values()) {
      for (String kindName : names(kind.name(), "customer.kind.", "customers.kind.")) {
        String name = "语言" + run + "-" + n++;
        expected.put(name, new String[] {kind.name(), LifecycleStage.PROSPECT.name()});
        csv.append(name).append(',').append(quoted(kindName)).append(",潜在,\r\n");
      }
    }

    JsonNode done =
        awaitFinished(
            admin,
            upload("zh-CN", "stages.csv", utf8Bom(csv.toString())).json().get("id").asString());

    assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("COMPLETED");
    assertThat(done.get("errors").asInt()).as(done.toString()).isZero();
    assertThat(done.get("created").asInt()).isEqualTo(expected.size());
    UUID sectorId = sectors.getByCode(sectorCode).id();
    for (Map.Entry<String, String[]> row : expected.entrySet()) {
      Map<String, Object> stored =
          jdbc.sql("select kind, stage, sector_id from customer_customer where name = ?")
              .param(row.getKey())
              .query()
              .singleRow();
      assertThat(stored.get("kind")).as(row.getKey()).isEqualTo(row.getValue()[0]);
      assertThat(stored.get("stage")).as(row.getKey()).isEqualTo(row.getValue()[1]);
      if (stored.get("sector_id") != null) {
        assertThat(stored.get("sector_id")).isEqualTo(sectorId);
      }
    }
    // each row of the stage loop names the sector by its code or a name, in either language
    assertThat(
            jdbc.sql("select count(*) from customer_customer where sector_id = ?")
                .param(sectorId)
                .query(Integer.class)
                .single())
        .isEqualTo(withSector);
  }

  /** The stage names as a message lists them: the form's, in the page's order. */
  private String stageNames(Locale locale, String separator) {
    List<String> names = new ArrayList<>();
    for (LifecycleStage stage : LifecycleStage.values()) {
      names.add(messages.getMessage("customer.stage." + stage.name(), null, locale));
    }
    return String.join(separator, names);
  }

  @Test
  void everyFieldsLabelOnTheMappingPageIsAcceptedAsAHeaderInEitherLanguage() {
    for (String entity : List.of("customers", "contacts")) {
      List<String> fields =
          entity.equals("contacts") ? ImportTargets.CONTACT_FIELDS : ImportTargets.CUSTOMER_FIELDS;
      for (String field : fields) {
        for (Locale locale : LANGUAGES) {
          String label = messages.getMessage("imports.target." + field, null, locale);
          for (String header : List.of(label, " " + label.toUpperCase(Locale.ROOT) + "\u3000")) {
            assertThat(
                    ImportTargets.suggest(
                        entity,
                        List.of(header),
                        customers.customFields(),
                        words.fieldLabels(entity),
                        words::isReasonColumn))
                .as(entity + " " + locale + " " + header)
                .containsExactly(Map.entry(header, field));
          }
        }
      }
    }
    // the reason column of a file of rejected rows is never mapped, in either language
    for (Locale locale : LANGUAGES) {
      String reason = messages.getMessage("imports.rejected.reason-column", null, locale);
      assertThat(words.isReasonColumn(reason)).isTrue();
      assertThat(
              ImportTargets.suggest(
                  "customers",
                  List.of("Name", reason),
                  customers.customFields(),
                  words.fieldLabels("customers"),
                  words::isReasonColumn))
          .containsOnlyKeys("Name");
    }
  }

  @Test
  void aBadStageIsExplainedInTheImportersLanguageAndTheRejectedRowComesBackAsUploaded() {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String phone = mobile();
    String row = "Stage Test " + run + ";" + phone + ";Promising;Hangzhou";
    String csv = "Name;Mobile;Stage;City\r\n" + row + "\r\n";

    JsonNode english =
        awaitFinished(admin, upload("en", "stages.csv", utf8Bom(csv)).json().get("id").asString());
    assertThat(english.get("errors").asInt()).isEqualTo(1);
    JsonNode error = english.get("firstErrors").get(0);
    assertThat(error.get("column").asString()).isEqualTo("Stage");
    assertThat(error.get("message").asString())
        .isEqualTo(
            "\"Promising\" is not a stage: use one of " + stageNames(Locale.ENGLISH, ", ") + ".");

    ApiClient.Response rejected =
        get("en", "/api/v1/imports/" + english.get("id").asString() + "/rejected.csv");
    assertThat(rejected.status()).isEqualTo(200);
    assertThat(rejected.body()).startsWith("\uFEFF");
    List<String> lines = rejected.body().substring(1).lines().toList();
    assertThat(lines).hasSize(2);
    // same header and delimiter, the original row, then the reason in English
    assertThat(lines.get(0)).isEqualTo("Name;Mobile;Stage;City;Why not imported");
    assertThat(lines.get(1))
        .isEqualTo(
            row
                + ";\"Stage: \"\"Promising\"\" is not a stage: use one of "
                + stageNames(Locale.ENGLISH, ", ")
                + ".\"");

    JsonNode chinese =
        awaitFinished(
            admin, upload("zh-CN", "stages.csv", utf8Bom(csv)).json().get("id").asString());
    assertThat(chinese.get("firstErrors").get(0).get("message").asString())
        .isEqualTo("“Promising”不是已知的阶段：请填写 " + stageNames(Locale.SIMPLIFIED_CHINESE, "、") + " 之一。");
    String zhFile =
        get("zh-CN", "/api/v1/imports/" + chinese.get("id").asString() + "/rejected.csv").body();
    List<CSVRecord> records = parse(zhFile, ';');
    assertThat(records.get(0).toList()).containsExactly("Name", "Mobile", "Stage", "City", "未导入原因");
    assertThat(records.get(1).toList().subList(0, 4))
        .containsExactly("Stage Test " + run, phone, "Promising", "Hangzhou");
    assertThat(records.get(1).get(4)).startsWith("Stage: “Promising”不是已知的阶段");

    // fixed in the file as it came, and imported again: the reason column is left out
    String fixed = zhFile.replace(";Promising;", ";活跃;");
    JsonNode again =
        awaitFinished(
            admin,
            upload("zh-CN", "stages-rejected.csv", fixed.getBytes(StandardCharsets.UTF_8))
                .json()
                .get("id")
                .asString());
    assertThat(again.get("status").asString()).isEqualTo("COMPLETED");
    assertThat(again.get("errors").asInt()).as(again.toString()).isZero();
    assertThat(again.get("created").asInt()).isEqualTo(1);
    Map<String, Object> stored =
        jdbc.sql("select stage, city, background from customer_customer where name = ?")
            .param("Stage Test " + run)
            .query()
            .singleRow();
    assertThat(stored.get("stage")).isEqualTo("ACTIVE");
    assertThat(stored.get("city")).isEqualTo("Hangzhou");
    assertThat(stored.get("background")).isNull();
  }

  @Test
  void aRowMatchedToAStoredCustomerSaysWhichOneInTheDryRunAndTheResult() {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String phone = mobile();
    ApiClient.Response created =
        admin.post(
            "/api/v1/customers",
            Map.of(
                "kind", "PERSON", "name", "王芳" + run, "phones", List.of(Map.of("number", phone))));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String code = created.json().get("code").asString();

    String csv = "姓名,手机,城市\r\n王芳" + run + "," + phone + ",苏州\r\n";
    ApiClient.Response dry = upload("zh-CN", "match.csv", utf8Bom(csv), "dryRun", "true");
    String id = dry.json().get("id").asString();
    JsonNode checked = awaitFinished(admin, id);
    assertThat(checked.get("status").asString()).isEqualTo("VALIDATED");
    JsonNode row = admin.get("/api/v1/imports/" + id + "/rows").json().get(0);
    assertThat(row.get("action").asString()).isEqualTo("UPDATE");
    assertThat(row.get("matchedCode").asString()).isEqualTo(code);
    assertThat(row.get("matchedName").asString()).isEqualTo("王芳" + run);
    assertThat(row.get("matchedBy").asString()).isEqualTo("phone");

    PageClient pages = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    Document page = pages.get("/imports/" + id + "/dry-run").document();
    assertThat(page.select("#row-2 .row-matched").text())
        .isEqualTo("Matches " + code + " 王芳" + run + " (by phone)");

    admin.post("/api/v1/imports/" + id + "/commit", Map.of());
    awaitFinished(admin, id);
    JsonNode result = admin.get("/api/v1/imports/" + id + "/rows").json().get(0);
    assertThat(result.get("action").asString()).isEqualTo("UPDATE");
    assertThat(result.get("matchedCode").asString()).isEqualTo(code);
    Document done = pages.get("/imports/" + id + "/dry-run").document();
    assertThat(done.select("h1").text()).isEqualTo("Import result");
    assertThat(done.select("#row-2 .row-matched").text()).contains(code, "王芳" + run);
  }

  @Test
  void aPhoneRepeatedInTheFileIsReportedOnThePhoneColumnNamingBothRows() {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String phone = mobile();
    String csv =
        "客户名称,联系电话,阶段\r\n甲" + run + "," + phone + ",潜在\r\n乙" + run + ",+86 " + phone + ",活跃\r\n";
    JsonNode done =
        awaitFinished(
            admin, upload("zh-CN", "repeat.csv", utf8Bom(csv)).json().get("id").asString());
    assertThat(done.get("created").asInt()).isEqualTo(1);
    assertThat(done.get("errors").asInt()).isEqualTo(1);
    JsonNode error = done.get("firstErrors").get(0);
    assertThat(error.get("row").asInt()).isEqualTo(3);
    assertThat(error.get("column").asString()).isEqualTo("联系电话");
    assertThat(error.get("field").asString()).isEqualTo("phone");
    assertThat(error.get("message").asString())
        .isEqualTo("第 3 行“联系电话”列的电话与第 2 行相同：+86" + phone + "。");

    JsonNode english =
        awaitFinished(admin, upload("en", "repeat.csv", utf8Bom(csv)).json().get("id").asString());
    // now both rows match the customer the first import created: the second is reported on the
    // phone column as naming the same customer as the first
    JsonNode again = english.get("firstErrors").get(0);
    assertThat(again.get("row").asInt()).isEqualTo(3);
    assertThat(again.get("column").asString()).isEqualTo("联系电话");
    assertThat(again.get("message").asString())
        .startsWith("Row 3 names the same customer as row 2 by column \"联系电话\": ");
  }

  @Test
  void theProgressPageShowsNeitherAShareNorCountsBeforeTheImportHasRun() {
    UUID adminId =
        jdbc.sql("select id from identity_user where username = 'admin'")
            .query(UUID.class)
            .single();
    PageClient pages = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);

    // a dry run done: its counts are the dry run's, nothing was imported
    UUID validated = job(adminId, ImportJob.VALIDATED, true, 200, 200, 150);
    Document notRun = pages.get("/imports/" + validated + "/progress").document();
    assertThat(notRun.select("#import-state").attr("data-state")).isEqualTo("not-run");
    assertThat(notRun.select("#import-bar")).isEmpty();
    assertThat(notRun.select("#import-counts")).isEmpty();
    assertThat(notRun.text()).doesNotContain("100%");

    // queued for the import: the dry run's counts are cleared, the page says it waits
    assertThat(jobs.queue(validated, "{}", ImportJob.GOOD_ROWS, false)).isTrue();
    ImportJob queued = jobs.find(validated).orElseThrow();
    assertThat(queued.processedRows()).isZero();
    assertThat(queued.createdCount()).isZero();
    assertThat(queued.percent()).isZero();
    Document waiting = pages.get("/imports/" + validated + "/progress").document();
    assertThat(waiting.select("#import-state").text()).isEqualTo("Waiting to start…");
    assertThat(waiting.select("#import-bar")).isEmpty();
    assertThat(waiting.select("#import-counts")).isEmpty();
    assertThat(admin.get("/api/v1/imports/" + validated).json().get("progress").asInt()).isZero();

    // started, no chunk done yet
    UUID starting = job(adminId, ImportJob.RUNNING, false, 200, 0, 0);
    Document start = pages.get("/imports/" + starting + "/progress").document();
    assertThat(start.select("#import-state").text()).isEqualTo("Starting: no rows done yet…");
    assertThat(start.select("#import-bar")).isEmpty();

    // a quarter of the rows done: the share is the real one
    UUID running = job(adminId, ImportJob.RUNNING, false, 200, 50, 40);
    Document quarter = pages.get("/imports/" + running + "/progress").document();
    assertThat(quarter.select("#import-bar").text()).isEqualTo("25%");
    assertThat(quarter.select("#count-rows").text()).isEqualTo("50 / 200");
    assertThat(quarter.select("#count-created").text()).isEqualTo("40");
    assertThat(quarter.select("#import-state")).isEmpty();
  }

  private UUID job(UUID owner, String status, boolean dryRun, int total, int done, int created) {
    UUID id = UUID.randomUUID();
    jobs.insert(
        new ImportJob(
            id,
            owner,
            "admin",
            "customers",
            "states.csv",
            "csv",
            "/nonexistent/" + id + ".csv",
            "[\"Name\"]",
            "{\"Name\":\"name\"}",
            ImportJob.GOOD_ROWS,
            dryRun,
            status,
            total,
            done,
            created,
            0,
            0,
            0,
            0,
            null,
            Instant.now(),
            null));
    return id;
  }

  private ApiClient.Response upload(
      String language, String fileName, byte[] content, String... fields) {
    String boundary = "----pyra" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (int i = 0; i + 1 < fields.length; i += 2) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + fields[i]
                  + "\"\r\n\r\n"
                  + fields[i + 1]
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    ApiClient.Response response =
        admin.send(
            admin
                .builder("/api/v1/imports")
                .header("Accept-Language", language)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    assertThat(response.status()).as(response.body()).isEqualTo(202);
    return response;
  }

  private ApiClient.Response get(String language, String path) {
    return admin.send(admin.builder(path).header("Accept-Language", language).GET());
  }

  private static List<CSVRecord> parse(String text, char delimiter) {
    try {
      return CSVFormat.EXCEL
          .builder()
          .setDelimiter(delimiter)
          .get()
          .parse(new java.io.StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text))
          .getRecords();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String quoted(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }
}
