package io.pyra.integration;

import static io.pyra.integration.ImportFixtures.awaitFinished;
import static io.pyra.integration.ImportFixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A vCard card with a NUL character (U+0000) is reported as that row's error; the others import. (A
 * CSV file with one is refused on upload as not being UTF-8 or GBK text.)
 */
@PyraIntegrationTest
class ImportNulRowTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  ApiClient admin;

  @BeforeEach
  void signIn() {
    admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  @Test
  void aCardWithANulCharacterIsReportedAndTheOthersImport() {
    String suffix = String.valueOf(System.nanoTime() % 10_000_000);
    String cards =
        card("Ann Before " + suffix, "ann" + suffix + "@example.com")
            + card("Nul\u0000Name " + suffix, "nul" + suffix + "@example.com")
            + card("Cy After " + suffix, "cy" + suffix + "@example.com");

    assertOneRowRefused(upload(admin, "cards.vcf", cards.getBytes(StandardCharsets.UTF_8)), suffix);
  }

  private void assertOneRowRefused(ApiClient.Response response, String suffix) {
    assertThat(response.status()).as(response.body()).isEqualTo(202);
    JsonNode done = awaitFinished(admin, response.json().get("id").asString());
    assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("COMPLETED");
    assertThat(done.get("created").asInt()).isEqualTo(2);
    assertThat(done.get("errors").asInt()).isEqualTo(1);
    JsonNode error = done.get("firstErrors").get(0);
    assertThat(error.get("row").asInt()).isEqualTo(3);
    assertThat(error.get("message").asString()).contains("Name").contains("NUL");
    assertThat(
            jdbc.sql("select count(*) from customer_customer where name in (?, ?)")
                .params("Ann Before " + suffix, "Cy After " + suffix)
                .query(Integer.class)
                .single())
        .isEqualTo(2);
    assertThat(
            jdbc.sql("select count(*) from customer_customer where name like ?")
                .param("Nul%Name " + suffix)
                .query(Integer.class)
                .single())
        .isZero();
  }

  private static String card(String name, String email) {
    return "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + name + "\r\nEMAIL:" + email + "\r\nEND:VCARD\r\n";
  }
}
