package io.pyra.integration;

import static io.pyra.integration.ImportFixtures.awaitFinished;
import static io.pyra.integration.ImportFixtures.email;
import static io.pyra.integration.ImportFixtures.mobile;
import static io.pyra.integration.ImportFixtures.upload;
import static io.pyra.integration.ImportFixtures.utf8Bom;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;
import javax.sql.DataSource;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@PyraIntegrationTest
class ImportApiTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;

  private ApiClient admin;

  @BeforeEach
  void signIn() {
    admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  @Test
  void importsUtf8CsvWithChineseHeadersAndTheSecondImportChangesNothing() {
    String a = mobile();
    String b = mobile();
    String mail = email("li");
    String csv =
        "客户名称,手机,邮箱,城市,标签\r\n"
            + "李雷,\""
            + a.substring(0, 3)
            + " "
            + a.substring(3, 7)
            + " "
            + a.substring(7)
            + "\","
            + mail.toUpperCase()
            + ",杭州,VIP;新客\r\n"
            + "韩梅梅,+86 "
            + b
            + ",,上海,\r\n";
    ApiClient.Response response = upload(admin, "customers.csv", utf8Bom(csv));
    assertThat(response.status()).isEqualTo(202);
    String id = response.json().get("id").asString();
    assertThat(response.header("Location")).endsWith("/api/v1/imports/" + id);

    JsonNode done = awaitFinished(admin, id);
    assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
    assertThat(done.get("created").asInt()).isEqualTo(2);
    assertThat(done.get("progress").asInt()).isEqualTo(100);
    assertThat(
            jdbc.sql(
                    "select c.name from customer_customer c join customer_phone p on p.customer_id = c.id "
                        + "where p.number = ?")
                .param("+86" + a)
                .query(String.class)
                .single())
        .isEqualTo("李雷");
    assertThat(
            jdbc.sql("select count(*) from customer_email where address = ?")
                .param(mail.toLowerCase())
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select count(*) from platform_audit_entry where action = 'IMPORT' and record_id = ?")
                .param(id)
                .query(Integer.class)
                .single())
        .isEqualTo(1);

    JsonNode again =
        awaitFinished(
            admin, upload(admin, "customers.csv", utf8Bom(csv)).json().get("id").asString());
    assertThat(again.get("status").asString()).isEqualTo("COMPLETED");
    assertThat(again.get("created").asInt()).isZero();
    assertThat(again.get("updated").asInt()).isZero();
    assertThat(again.get("skipped").asInt()).isEqualTo(2);
    assertThat(
            jdbc.sql("select count(*) from customer_phone where number = ?")
                .param("+86" + a)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void importsGbkWithSemicolonsAndChineseHeaders() {
    String phone = mobile();
    String csv = "姓名;电话;邮箱\r\n王芳;" + phone + ";\r\n";
    ApiClient.Response response = upload(admin, "gbk.csv", csv.getBytes(Charset.forName("GBK")));
    assertThat(response.status()).isEqualTo(202);
    JsonNode done = awaitFinished(admin, response.json().get("id").asString());
    assertThat(done.get("created").asInt()).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select c.name from customer_customer c join customer_phone p on p.customer_id = c.id "
                        + "where p.number = ?")
                .param("+86" + phone)
                .query(String.class)
                .single())
        .isEqualTo("王芳");
  }

  @Test
  void dryRunShowsCreateUpdateSkipAndEveryErrorAndWritesNothing() {
    String kept = email("kept");
    String changed = email("changed");
    String fresh = email("fresh");
    String first =
        "Name,Email,City\nKept Person,"
            + kept
            + ",Beijing\nChanged Person,"
            + changed
            + ",Beijing\n";
    awaitFinished(
        admin,
        upload(admin, "first.csv", first.getBytes(StandardCharsets.UTF_8))
            .json()
            .get("id")
            .asString());

    String second =
        "Name,Email,City\nKept Person,"
            + kept
            + ",Beijing\nChanged Person,"
            + changed
            + ",Shenzhen\n"
            + "Fresh Person,"
            + fresh
            + ",Wuhan\nBroken Person,not-an-email,Wuhan\n,nobody-"
            + fresh
            + ",\n";
    ApiClient.Response response =
        upload(admin, "second.csv", second.getBytes(StandardCharsets.UTF_8), "dryRun", "true");
    JsonNode done = awaitFinished(admin, response.json().get("id").asString());
    assertThat(done.get("status").asString()).isEqualTo("VALIDATED");
    assertThat(done.get("created").asInt()).isEqualTo(1);
    assertThat(done.get("updated").asInt()).isEqualTo(1);
    assertThat(done.get("skipped").asInt()).isEqualTo(1);
    assertThat(done.get("errors").asInt()).isEqualTo(2);
    List<String> actions = new ArrayList<>();
    admin
        .get("/api/v1/imports/" + done.get("id").asString() + "/rows")
        .json()
        .forEach(r -> actions.add(r.get("rowNumber").asInt() + ":" + r.get("action").asString()));
    assertThat(actions).containsExactly("2:SKIP", "3:UPDATE", "4:CREATE", "5:ERROR", "6:ERROR");
    JsonNode errors = done.get("firstErrors");
    assertThat(errors.get(0).get("row").asInt()).isEqualTo(5);
    assertThat(errors.get(0).get("column").asString()).isEqualTo("Email");
    assertThat(errors.get(0).get("rule").asString()).isEqualTo("email");
    assertThat(errors.get(1).get("row").asInt()).isEqualTo(6);
    assertThat(errors.get(1).get("rule").asString()).isEqualTo("required");
    assertThat(
            jdbc.sql("select count(*) from customer_email where address = ?")
                .param(fresh)
                .query(Integer.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql(
                    "select c.city from customer_customer c join customer_email e on e.customer_id = c.id "
                        + "where e.address = ?")
                .param(changed)
                .query(String.class)
                .single())
        .isEqualTo("Beijing");

    // the dry-run import can then be committed as it is
    ApiClient.Response commit =
        admin.post("/api/v1/imports/" + done.get("id").asString() + "/commit", "");
    assertThat(commit.status()).isEqualTo(202);
    JsonNode committed = awaitFinished(admin, done.get("id").asString());
    assertThat(committed.get("status").asString()).isEqualTo("COMPLETED");
    assertThat(committed.get("created").asInt()).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select c.city from customer_customer c join customer_email e on e.customer_id = c.id "
                        + "where e.address = ?")
                .param(changed)
                .query(String.class)
                .single())
        .isEqualTo("Shenzhen");
  }

  @Test
  void importsTheGoodRowsAndReportsTheBadOnesOrNoneWhenAllOrNothing() {
    String tag = "batch" + System.nanoTime();
    StringBuilder csv = new StringBuilder("Name,Email,Tags\n");
    for (int i = 0; i < 210; i++) {
      csv.append("Person ")
          .append(i)
          .append(',')
          .append(i % 21 == 20 ? "broken-" + i : email("p" + i))
          .append(',')
          .append(tag)
          .append('\n');
    }
    byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
    JsonNode none =
        awaitFinished(
            admin,
            upload(admin, "all.csv", file, "mode", "ALL_OR_NOTHING").json().get("id").asString());
    assertThat(none.get("status").asString()).isEqualTo("FAILED");
    assertThat(none.get("message").asString()).contains("Nothing was imported");
    assertThat(none.get("errors").asInt()).isEqualTo(10);
    assertThat(countTagged(tag)).isZero();

    JsonNode good =
        awaitFinished(admin, upload(admin, "good.csv", file).json().get("id").asString());
    assertThat(good.get("status").asString()).isEqualTo("COMPLETED");
    assertThat(good.get("created").asInt()).isEqualTo(200);
    assertThat(good.get("errors").asInt()).isEqualTo(10);
    assertThat(countTagged(tag)).isEqualTo(200);

    ApiClient.Response errors =
        admin.get("/api/v1/imports/" + good.get("id").asString() + "/errors.csv");
    assertThat(errors.status()).isEqualTo(200);
    assertThat(errors.header("Content-Type")).startsWith("text/csv");
    List<String> lines = errors.body().lines().toList();
    assertThat(lines).hasSize(11);
    assertThat(lines.get(0)).endsWith("row,column,field,rule,reason");
    assertThat(lines.get(1)).startsWith("22,Email,emails[0],email,");
  }

  @Test
  void theErrorListCanBeDownloadedMoreOftenThanThereAreConnectionsAndGivesEachBack() {
    StringBuilder csv = new StringBuilder("Name,Email\n");
    for (int i = 0; i < 5; i++) {
      csv.append("Mistyped ").append(i).append(",not-an-address-").append(i).append('\n');
    }
    JsonNode done =
        awaitFinished(
            admin,
            upload(admin, "typos.csv", csv.toString().getBytes(StandardCharsets.UTF_8))
                .json()
                .get("id")
                .asString());
    int pool = ((HikariDataSource) dataSource).getMaximumPoolSize();

    // each download used to keep its connection: the pool ran dry after as many downloads as it
    // holds
    for (int i = 0; i < pool + 2; i++) {
      ApiClient.Response errors =
          admin.get("/api/v1/imports/" + done.get("id").asString() + "/errors.csv");
      assertThat(errors.status()).as("download %d", i + 1).isEqualTo(200);
      assertThat(errors.body().lines()).hasSize(6);
    }
  }

  @Test
  void importsContactsOfOrganizationsAndTheSecondImportChangesNothing() {
    String company = "Contacts Co " + System.nanoTime();
    ApiClient.Response created =
        admin.post("/api/v1/customers", java.util.Map.of("kind", "ORGANIZATION", "name", company));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String customerId = created.json().get("id").asString();
    String phone = mobile();
    String director = email("director");
    String csv =
        "公司,联系人,职务,手机,邮箱\n"
            + company
            + ",张伟,Director,"
            + phone
            + ","
            + director.toUpperCase()
            + "\n"
            + company
            + ",Li Na,Buyer,,\n"
            + "No such company "
            + System.nanoTime()
            + ",Wang Fang,,,\n"
            + company
            + ",Chen Jing,,12345,\n";
    String mapping =
        "{\"公司\":\"customer\",\"联系人\":\"contactName\",\"职务\":\"title\",\"手机\":\"phone\","
            + "\"邮箱\":\"email\"}";
    byte[] file = csv.getBytes(StandardCharsets.UTF_8);

    JsonNode first =
        awaitFinished(
            admin,
            upload(admin, "contacts.csv", file, "entity", "contacts", "mapping", mapping)
                .json()
                .get("id")
                .asString());
    assertThat(first.get("status").asString()).as(first.toString()).isEqualTo("COMPLETED");
    assertThat(first.get("created").asInt()).isEqualTo(2);
    assertThat(first.get("errors").asInt()).isEqualTo(2);
    assertThat(first.get("firstErrors").get(0).get("field").asString()).isEqualTo("customer");
    assertThat(first.get("firstErrors").get(1).get("field").asString()).isEqualTo("phone");
    assertThat(
            jdbc.sql(
                    "select name || '|' || coalesce(title, '') || '|' || coalesce(phone, '') || '|' || coalesce(email, '')"
                        + " from customer_contact where customer_id = ? order by name")
                .param(java.util.UUID.fromString(customerId))
                .query(String.class)
                .list())
        .containsExactly("Li Na|Buyer||", "张伟|Director|+86" + phone + "|" + director.toLowerCase());

    JsonNode again =
        awaitFinished(
            admin,
            upload(admin, "contacts.csv", file, "entity", "contacts", "mapping", mapping)
                .json()
                .get("id")
                .asString());
    assertThat(again.get("created").asInt()).isZero();
    assertThat(again.get("updated").asInt()).isZero();
    assertThat(again.get("skipped").asInt()).isEqualTo(2);
    assertThat(
            jdbc.sql("select count(*) from customer_contact where customer_id = ?")
                .param(java.util.UUID.fromString(customerId))
                .query(Integer.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void refusesBrokenQuotingNamingTheLine() {
    String csv = "Name,Email\nAlice,alice@example.com\nBob,\"bob\"x@example.com\n";
    ApiClient.Response response = upload(admin, "broken.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json().get("detail").asString()).contains("line 3");
    assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
  }

  @Test
  void refusesAFileInAnUnknownEncoding() {
    ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
    utf16.write(0xFF);
    utf16.write(0xFE);
    utf16.writeBytes("Name,Email\nAlice,alice@example.com\n".getBytes(StandardCharsets.UTF_16LE));
    ApiClient.Response response = upload(admin, "utf16.csv", utf16.toByteArray());
    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json().get("detail").asString()).contains("neither UTF-8 nor GBK/GB18030");
  }

  @Test
  void refusesAMappedColumnTheFileLacksBeforeAnythingRuns() {
    String mail = email("missing");
    String csv = "Name,Email\nAlice," + mail + "\n";
    ApiClient.Response response =
        upload(
            admin,
            "missing.csv",
            csv.getBytes(StandardCharsets.UTF_8),
            "mapping",
            "{\"Name\":\"name\",\"Mobile\":\"phone\"}");
    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json().get("detail").asString()).contains("\"Mobile\"");
    assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("mapping");
    assertThat(
            jdbc.sql("select count(*) from customer_email where address = ?")
                .param(mail)
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void refusesAnXlsxThatIsNotOne() {
    ApiClient.Response response =
        upload(admin, "fake.xlsx", "Name,Email\n".getBytes(StandardCharsets.UTF_8));
    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json().get("detail").asString()).contains("not an XLSX");
  }

  @Test
  void importsAnXlsxWorkbook() throws Exception {
    String phone = mobile();
    String mail = email("xlsx");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      var sheet = workbook.createSheet("Customers");
      var header = sheet.createRow(0);
      header.createCell(0).setCellValue("Company");
      header.createCell(1).setCellValue("Phone");
      header.createCell(2).setCellValue("E-mail");
      header.createCell(3).setCellValue("Type");
      header.createCell(4).setCellValue("Employees");
      var row = sheet.createRow(1);
      row.createCell(0).setCellValue("Xlsx Trading Ltd");
      row.createCell(1).setCellValue(Double.parseDouble(phone));
      row.createCell(2).setCellValue(mail);
      row.createCell(3).setCellValue("企业");
      row.createCell(4).setCellValue(120);
      workbook.write(out);
    }
    JsonNode done =
        awaitFinished(
            admin, upload(admin, "book.xlsx", out.toByteArray()).json().get("id").asString());
    assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
    assertThat(done.get("created").asInt()).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select c.kind || ' ' || c.name || ' ' || c.employee_count from customer_customer c "
                        + "join customer_phone p on p.customer_id = c.id where p.number = ?")
                .param("+86" + phone)
                .query(String.class)
                .single())
        .isEqualTo("ORGANIZATION Xlsx Trading Ltd 120");
  }

  @Test
  void refusesATwoGigabyteUploadEarlyNamingTheLimit() {
    long twoGb = 2L * 1024 * 1024 * 1024;
    Flow.Publisher<ByteBuffer> endless =
        subscriber ->
            subscriber.onSubscribe(
                new Flow.Subscription() {
                  private long sent;

                  @Override
                  public void request(long n) {
                    for (long i = 0; i < n && sent < twoGb; i++) {
                      sent += 65536;
                      subscriber.onNext(ByteBuffer.allocate(65536));
                    }
                    if (sent >= twoGb) {
                      subscriber.onComplete();
                    }
                  }

                  @Override
                  public void cancel() {
                    sent = twoGb;
                  }
                });
    ApiClient.Response response =
        admin.send(
            admin
                .builder("/api/v1/imports")
                .expectContinue(true)
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.fromPublisher(endless, twoGb)));
    assertThat(response.status()).isEqualTo(413);
    assertThat(response.json().get("detail").asString()).contains("100 MB");
    assertThat(response.json().get("limit").asString()).isEqualTo("100 MB");
  }

  private int countTagged(String tag) {
    return jdbc.sql("select count(*) from customer_tag where tag = ?")
        .param(tag)
        .query(Integer.class)
        .single();
  }
}
