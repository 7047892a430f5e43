package io.pyra.integration;

import static io.pyra.integration.ImportFixtures.awaitFinished;
import static io.pyra.integration.ImportFixtures.email;
import static io.pyra.integration.ImportFixtures.mobile;
import static io.pyra.integration.ImportFixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A phone or an e-mail repeated in a later chunk of the file (chunks of three rows here) is
 * reported as one repeated within a chunk is: on the later row, under that column's header, naming
 * the first row, in the dry run and in the import alike; the earlier row's customer is left as that
 * row made it.
 */
@PyraIntegrationTest
@TestPropertySource(properties = "pyra.import.chunk-size=3")
class ImportRepeatedAcrossChunksTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void aPhoneAndAnEmailRepeatedInLaterChunksAreReportedOnTheirColumnsNamingTheFirstRow() {
    ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    String run = UUID.randomUUID().toString().substring(0, 6);
    String phone = mobile();
    String repeatedEmail = email("repeated");
    List<String[]> rows = new ArrayList<>();
    // chunk 1: rows 2-4; chunk 2: rows 5-7; chunk 3: rows 8-10
    rows.add(row("First " + run, phone, email("first"), "Hangzhou"));
    rows.add(row("Filler A " + run, mobile(), email("filler"), "Hangzhou"));
    rows.add(row("Filler B " + run, mobile(), email("filler"), "Hangzhou"));
    rows.add(row("Again " + run, "+86 " + phone, email("again"), "Shenzhen"));
    rows.add(row("Mailer " + run, mobile(), repeatedEmail, "Hangzhou"));
    rows.add(row("Filler C " + run, mobile(), email("filler"), "Hangzhou"));
    rows.add(row("Mailer again " + run, mobile(), repeatedEmail.toUpperCase(), "Shenzhen"));
    rows.add(row("Filler D " + run, mobile(), email("filler"), "Hangzhou"));
    StringBuilder csv = new StringBuilder("Name,Mobile,E-mail address,City\n");
    rows.forEach(r -> csv.append(String.join(",", r)).append('\n'));
    byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
    String phoneError = "Row 5 has the same phone in column \"Mobile\" as row 2: +86" + phone + ".";
    String emailError =
        "Row 8 has the same email in column \"E-mail address\" as row 6: " + repeatedEmail + ".";

    String id = upload(admin, "repeated.csv", file, "dryRun", "true").json().get("id").asString();
    JsonNode checked = awaitFinished(admin, id);
    assertThat(checked.get("status").asString()).as(checked.toString()).isEqualTo("VALIDATED");
    assertThat(actions(admin, id))
        .containsExactly(
            "2:CREATE",
            "3:CREATE",
            "4:CREATE",
            "5:ERROR",
            "6:CREATE",
            "7:CREATE",
            "8:ERROR",
            "9:CREATE");
    assertErrors(checked, phoneError, emailError);

    admin.post("/api/v1/imports/" + id + "/commit", Map.of());
    JsonNode done = awaitFinished(admin, id);
    assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("COMPLETED");
    assertThat(done.get("created").asInt()).isEqualTo(6);
    assertThat(done.get("updated").asInt()).isZero();
    assertThat(done.get("errors").asInt()).isEqualTo(2);
    assertThat(actions(admin, id))
        .containsExactly(
            "2:CREATE",
            "3:CREATE",
            "4:CREATE",
            "5:ERROR",
            "6:CREATE",
            "7:CREATE",
            "8:ERROR",
            "9:CREATE");
    assertErrors(done, phoneError, emailError);

    // the earlier rows' customers are as those rows made them; the later rows created nothing
    assertThat(
            jdbc.sql(
                    "select c.name || '|' || c.city from customer_customer c"
                        + " join customer_phone p on p.customer_id = c.id where p.number = ?")
                .param("+86" + phone)
                .query(String.class)
                .list())
        .containsExactly("First " + run + "|Hangzhou");
    assertThat(
            jdbc.sql(
                    "select c.name || '|' || c.city from customer_customer c"
                        + " join customer_email e on e.customer_id = c.id where e.address = ?")
                .param(repeatedEmail)
                .query(String.class)
                .list())
        .containsExactly("Mailer " + run + "|Hangzhou");
    assertThat(
            jdbc.sql("select count(*) from customer_customer where name in (?, ?)")
                .params("Again " + run, "Mailer again " + run)
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void anImportResumedAfterTheChunkOfTheFirstRowStillReportsTheRepeatedPhoneAndEmail() {
    ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    String run = UUID.randomUUID().toString().substring(0, 6);
    String phone = mobile();
    String repeatedEmail = email("resumed");
    String header = "Name,Mobile,E-mail address,City\n";
    StringBuilder firstChunk = new StringBuilder();
    // chunk 1: rows 2-4, the phone and the e-mail both first given there; chunk 2: rows 5-7
    firstChunk.append(line("First " + run, phone, email("first"), "Hangzhou"));
    firstChunk.append(line("Mailer " + run, mobile(), repeatedEmail, "Hangzhou"));
    firstChunk.append(line("Filler " + run, mobile(), email("filler"), "Hangzhou"));
    String rest =
        line("Again " + run, phone, email("again"), "Shenzhen")
            + line("Other " + run, mobile(), email("other"), "Shenzhen")
            + line("Mailer again " + run, mobile(), repeatedEmail, "Shenzhen");

    String id =
        upload(
                admin,
                "resumed.csv",
                (header + firstChunk + rest).getBytes(StandardCharsets.UTF_8),
                "dryRun",
                "true")
            .json()
            .get("id")
            .asString();
    assertThat(awaitFinished(admin, id).get("status").asString()).isEqualTo("VALIDATED");

    // the import stopped after its first chunk: that chunk's customers are stored (written here by
    // an import of those rows alone), the job says it committed up to row 4, and it is run again
    JsonNode before =
        awaitFinished(
            admin,
            upload(admin, "first.csv", (header + firstChunk).getBytes(StandardCharsets.UTF_8))
                .json()
                .get("id")
                .asString());
    assertThat(before.get("created").asInt()).as(before.toString()).isEqualTo(3);
    jdbc.sql(
            """
            update integration_import set status = 'INTERRUPTED', last_committed_row = 4,
                   processed_rows = 3, created_count = 3, updated_count = 0, skipped_count = 0,
                   error_count = 0
             where id = ?""")
        .param(UUID.fromString(id))
        .update();
    jdbc.sql("delete from integration_import_row where import_id = ? and row_number > 4")
        .param(UUID.fromString(id))
        .update();
    jdbc.sql("delete from integration_import_error where import_id = ?")
        .param(UUID.fromString(id))
        .update();

    ApiClient.Response resumed = admin.post("/api/v1/imports/" + id + "/commit", Map.of());
    assertThat(resumed.status()).as(resumed.body()).isEqualTo(202);
    JsonNode done = awaitFinished(admin, id);
    assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("COMPLETED");
    assertThat(done.get("created").asInt()).isEqualTo(4);
    assertThat(done.get("updated").asInt()).isZero();
    assertThat(done.get("errors").asInt()).isEqualTo(2);
    assertThat(actions(admin, id))
        .containsExactly("2:CREATE", "3:CREATE", "4:CREATE", "5:ERROR", "6:CREATE", "7:ERROR");
    JsonNode errors = done.get("firstErrors");
    assertThat(errors.get(0).get("column").asString()).isEqualTo("Mobile");
    assertThat(errors.get(0).get("message").asString())
        .isEqualTo("Row 5 has the same phone in column \"Mobile\" as row 2: +86" + phone + ".");
    assertThat(errors.get(1).get("column").asString()).isEqualTo("E-mail address");
    assertThat(errors.get(1).get("message").asString())
        .isEqualTo(
            "Row 7 has the same email in column \"E-mail address\" as row 3: "
                + repeatedEmail
                + ".");
    assertThat(
            jdbc.sql(
                    "select c.name || '|' || c.city from customer_customer c"
                        + " join customer_phone p on p.customer_id = c.id where p.number = ?")
                .param("+86" + phone)
                .query(String.class)
                .list())
        .containsExactly("First " + run + "|Hangzhou");
    assertThat(
            jdbc.sql(
                    "select c.name || '|' || c.city from customer_customer c"
                        + " join customer_email e on e.customer_id = c.id where e.address = ?")
                .param(repeatedEmail)
                .query(String.class)
                .list())
        .containsExactly("Mailer " + run + "|Hangzhou");
  }

  private static String line(String name, String phone, String email, String city) {
    return String.join(",", name, phone, email, city) + "\n";
  }

  private static String[] row(String name, String phone, String email, String city) {
    return new String[] {name, phone, email, city};
  }

  private static List<String> actions(ApiClient admin, String id) {
    List<String> actions = new ArrayList<>();
    admin
        .get("/api/v1/imports/" + id + "/rows")
        .json()
        .forEach(r -> actions.add(r.get("rowNumber").asInt() + ":" + r.get("action").asString()));
    return actions;
  }

  private static void assertErrors(JsonNode job, String phoneError, String emailError) {
    JsonNode errors = job.get("firstErrors");
    assertThat(errors.size()).as(job.toString()).isEqualTo(2);
    assertThat(errors.get(0).get("row").asInt()).isEqualTo(5);
    assertThat(errors.get(0).get("column").asString()).isEqualTo("Mobile");
    assertThat(errors.get(0).get("field").asString()).isEqualTo("phone");
    assertThat(errors.get(0).get("message").asString()).isEqualTo(phoneError);
    assertThat(errors.get(1).get("row").asInt()).isEqualTo(8);
    assertThat(errors.get(1).get("column").asString()).isEqualTo("E-mail address");
    assertThat(errors.get(1).get("field").asString()).isEqualTo("email");
    assertThat(errors.get(1).get("message").asString()).isEqualTo(emailError);
  }
}
