package io.pyra.integration;

import static io.pyra.integration.ImportFixtures.email;
import static io.pyra.integration.ImportFixtures.mobile;
import static io.pyra.integration.ImportFixtures.utf8Bom;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PyraIntegrationTest
class ImportPageTests {

  private static final Map<String, String> HTMX = Map.of("HX-Request", "true");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private PageClient pages;

  @BeforeEach
  void signIn() {
    pages = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  @Test
  void uploadSuggestsTheMappingFromChineseHeadersAndShowsTheFirstValues() {
    String phone = mobile();
    String id = upload("客户名称,手机,备注栏\r\n李雷," + phone + ",老客户\r\n", "customers", "ALL_OR_NOTHING");

    Document mapping = pages.get("/imports/" + id + "/mapping?mode=ALL_OR_NOTHING").document();
    assertThat(mapping.select("#target-0 option[selected]").attr("value")).isEqualTo("name");
    assertThat(mapping.select("#target-1 option[selected]").attr("value")).isEqualTo("phone");
    assertThat(mapping.select("#target-2 option[selected]").attr("value")).isEmpty();
    assertThat(mapping.select("#mapping-table").text()).contains("李雷", phone, "老客户");
    assertThat(mapping.select("#mode option[selected]").attr("value")).isEqualTo("ALL_OR_NOTHING");
    assertThat(mapping.select("#row-count").text()).isEqualTo("1");
  }

  @Test
  void dryRunListsEachRowsActionAndErrorsThenTheImportShowsProgressCountsAndAnErrorsCsv() {
    String good = email("good");
    String csv =
        "Name,Email,Town\nGood Person," + good + ",Wuhan\nBroken Person,not-an-email,Wuhan\n";
    String id = upload(csv, "customers", "GOOD_ROWS");
    pages.get("/imports/" + id + "/mapping");

    PageClient.Page started =
        pages.post(
            "/imports/" + id + "/mapping",
            Map.of(
                "targets[0]",
                "name",
                "targets[1]",
                "email",
                "targets[2]",
                "city",
                "mode",
                "GOOD_ROWS",
                "run",
                "dry-run"));
    assertThat(started.status()).isEqualTo(302);
    assertThat(started.location()).endsWith("/imports/" + id + "/dry-run");

    Document outcome = awaitEnd("/imports/" + id + "/dry-run", "#dry-run-outcome");
    assertThat(outcome.select("#count-create").text()).isEqualTo("1");
    assertThat(outcome.select("#count-error").text()).isEqualTo("1");
    assertThat(outcome.select("#row-2 .row-action").text()).isEqualTo("Create");
    assertThat(outcome.select("#row-3 .row-action").text()).isEqualTo("Error");
    assertThat(outcome.select("#row-3 .row-errors").text()).contains("Email");
    assertThat(
            jdbc.sql("select count(*) from customer_email where address = ?")
                .param(good)
                .query(Integer.class)
                .single())
        .isZero();

    Document dryRunPage = pages.get("/imports/" + id + "/dry-run?action=ERROR").document();
    assertThat(dryRunPage.select("#dry-run-rows tbody tr")).hasSize(1);
    assertThat(dryRunPage.select("#dry-run-rows tbody tr").attr("data-action")).isEqualTo("ERROR");

    PageClient.Page committed =
        pages.post("/imports/" + id + "/commit", Map.of("mode", "GOOD_ROWS"));
    assertThat(committed.location()).endsWith("/imports/" + id + "/progress");
    Document progress = awaitEnd("/imports/" + id + "/progress", "#import-progress");
    assertThat(progress.select("#import-status").text()).isEqualTo("Completed");
    assertThat(progress.select("#import-bar").text()).isEqualTo("100%");
    assertThat(progress.select("#import-bar").hasClass("progress-w-100")).isTrue();
    assertThat(progress.select("#count-created").text()).isEqualTo("1");
    assertThat(progress.select("#count-errors").text()).isEqualTo("1");
    assertThat(
            jdbc.sql("select count(*) from customer_email where address = ?")
                .param(good)
                .query(Integer.class)
                .single())
        .isEqualTo(1);

    PageClient.Page errors = pages.get(progress.select("#errors-csv").attr("href"));
    assertThat(errors.status()).isEqualTo(200);
    assertThat(errors.header("Content-Type")).startsWith("text/csv");
    assertThat(errors.body()).contains("row,column,field,rule,reason").contains("3,Email");

    Document list = pages.get("/imports").document();
    assertThat(list.select("#import-" + id).text()).contains("Completed");
    assertThat(pages.get("/imports/" + id).location()).endsWith("/imports/" + id + "/progress");
  }

  @Test
  void theProgressFragmentPollsEverySecondOnlyWhileTheImportRuns() {
    String id = upload("Name\nPolled " + UUID.randomUUID() + "\n", "customers", "GOOD_ROWS");
    pages.get("/imports/" + id + "/mapping");
    pages.post(
        "/imports/" + id + "/mapping",
        Map.of("targets[0]", "name", "mode", "GOOD_ROWS", "run", "import"));
    Document done = awaitEnd("/imports/" + id + "/progress", "#import-progress");
    assertThat(done.select("#import-progress").attr("hx-trigger")).isEmpty();
    assertThat(done.select("#import-progress").attr("hx-get")).isEmpty();
    assertThat(done.select("#count-created").text()).isEqualTo("1");
  }

  @Test
  void aSavedMappingIsOfferedAndAppliedToTheNextFile() {
    String name = "Shop export " + UUID.randomUUID().toString().substring(0, 6);
    String first = upload("Kunde,Telefon\nAlpha GmbH," + mobile() + "\n", "customers", "GOOD_ROWS");
    pages.get("/imports/" + first + "/mapping");
    pages.post(
        "/imports/" + first + "/mapping",
        Map.of(
            "targets[0]",
            "name",
            "targets[1]",
            "phone",
            "mode",
            "GOOD_ROWS",
            "saveAs",
            name,
            "run",
            "dry-run"));

    String second = upload("Kunde,Telefon\nBeta GmbH," + mobile() + "\n", "customers", "GOOD_ROWS");
    Document page = pages.get("/imports/" + second + "/mapping").document();
    assertThat(page.select("#target-0 option[selected]").attr("value")).isEmpty();
    String savedId =
        page.select("#saved option").stream()
            .filter(o -> o.text().equals(name))
            .findFirst()
            .orElseThrow()
            .attr("value");
    Document applied = pages.get("/imports/" + second + "/mapping?saved=" + savedId).document();
    assertThat(applied.select("#target-0 option[selected]").attr("value")).isEqualTo("name");
    assertThat(applied.select("#target-1 option[selected]").attr("value")).isEqualTo("phone");
  }

  @Test
  void aMappingWithoutNameOrCodeIsRefusedOnTheMappingPage() {
    String id = upload("Name,Email\nNobody," + email("nobody") + "\n", "customers", "GOOD_ROWS");
    pages.get("/imports/" + id + "/mapping");
    PageClient.Page refused =
        pages.post(
            "/imports/" + id + "/mapping",
            Map.of("targets[1]", "email", "mode", "GOOD_ROWS", "run", "dry-run"));
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.document().select("#flash-error").text())
        .isEqualTo("Map a column to the name or the code.");
    assertThat(
            jdbc.sql("select status from integration_import where id = ?")
                .param(UUID.fromString(id))
                .query(String.class)
                .single())
        .isEqualTo("READY");
  }

  @Test
  void refusedUploadsShowTheReasonOnTheUploadPageAndKeepNothing() {
    int before = jdbc.sql("select count(*) from integration_import").query(Integer.class).single();
    pages.get("/imports/new");
    PageClient.Page quoting =
        pages.postMultipart(
            "/imports",
            Map.of("entity", "customers"),
            "broken.csv",
            "Name,Email\nAlice,a@example.com\nBob,\"bob\"x@example.com\n"
                .getBytes(StandardCharsets.UTF_8));
    assertThat(quoting.status()).isEqualTo(200);
    assertThat(quoting.document().select("#flash-error").text()).contains("line 3");

    PageClient.Page notXlsx =
        pages.postMultipart(
            "/imports",
            Map.of("entity", "customers"),
            "table.xlsx",
            "Name\nAlice\n".getBytes(StandardCharsets.UTF_8));
    assertThat(notXlsx.document().select("#flash-error").text()).contains("not an XLSX workbook");

    byte[] utf16 =
        ("\uFEFFName,Email\nAlice,alice@example.com\n").getBytes(StandardCharsets.UTF_16LE);
    PageClient.Page encoding =
        pages.postMultipart("/imports", Map.of("entity", "customers"), "utf16.csv", utf16);
    assertThat(encoding.document().select("#flash-error").text())
        .contains("neither UTF-8 nor GBK/GB18030");

    PageClient.Page noFile =
        pages.postMultipart("/imports", Map.of("entity", "customers"), null, null);
    assertThat(noFile.document().select("#flash-error").text())
        .isEqualTo("Choose a file to upload.");

    assertThat(pages.get("/imports/new?too-large").document().select("#flash-error").text())
        .isEqualTo("The file is larger than the upload limit.");
    assertThat(jdbc.sql("select count(*) from integration_import").query(Integer.class).single())
        .isEqualTo(before);
  }

  @Test
  void anUploadWithoutTheCsrfTokenIsRefused() {
    PageClient fresh = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    PageClient.Page refused =
        fresh.postMultipart(
            "/imports",
            Map.of("_csrf", "forged"),
            "a.csv",
            "Name\nA\n".getBytes(StandardCharsets.UTF_8));
    assertThat(refused.status()).isEqualTo(403);
  }

  @Test
  void thePagesSpeakChinese() {
    Document upload = pages.get("/imports/new?lang=zh-CN").document();
    assertThat(upload.select("#upload").text()).isEqualTo("上传并映射列");
    String id = upload("姓名,电话\n王芳," + mobile() + "\n", "customers", "GOOD_ROWS");
    Document mapping = pages.get("/imports/" + id + "/mapping").document();
    assertThat(mapping.select("#target-0 option[selected]").text()).isEqualTo("名称");
    assertThat(mapping.select("#dry-run").text()).isEqualTo("试运行");
  }

  private String upload(String csv, String entity, String mode) {
    pages.get("/imports/new");
    PageClient.Page result =
        pages.postMultipart(
            "/imports", Map.of("entity", entity, "mode", mode), "file.csv", utf8Bom(csv));
    assertThat(result.status()).as(result.body()).isEqualTo(302);
    String location = result.location();
    assertThat(location).contains("/mapping?mode=" + mode);
    return location.replaceAll(".*/imports/([0-9a-f-]+)/mapping.*", "$1");
  }

  /** Polls the fragment as htmx does until it comes back without its trigger. */
  private Document awaitEnd(String path, String selector) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      Document fragment = pages.get(path, HTMX).document();
      assertThat(fragment.select(selector)).as(fragment.html()).hasSize(1);
      if (fragment.select(selector).attr("hx-trigger").isEmpty()) {
        return fragment;
      }
      assertThat(fragment.select(selector).attr("hx-trigger")).isEqualTo("every 1s");
      if (System.nanoTime() > deadline) {
        throw new AssertionError("import did not finish: " + fragment.html());
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
