package io.pyra.integration;

import static io.pyra.integration.ImportFixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.testing.ApiClient;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Uploads and exports that cannot be read are refused with a 4xx naming what is wrong, and keep
 * nothing: an over-long header row, a broken multipart body, a malformed list of ids.
 */
@PyraIntegrationTest
class ImportBadInputTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private ApiClient admin;

  @BeforeEach
  void signIn() {
    admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  @Test
  void aCsvWhoseHeaderRowExceedsEightThousandCharactersIsRefusedNamingTheRule() {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String header =
        IntStream.range(0, 900)
            .mapToObj(i -> "column " + marker + " " + i)
            .collect(Collectors.joining(","));
    assertThat(header.length()).isGreaterThan(8000);
    long before = imports();

    ApiClient.Response response =
        upload(
            admin,
            "wide-" + marker + ".csv",
            (header + "\r\nvalue\r\n").getBytes(StandardCharsets.UTF_8));

    assertThat(response.status()).as(response.body()).isEqualTo(422);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    JsonNode error = response.json().get("errors").get(0);
    assertThat(error.get("field").asString()).isEqualTo("file");
    assertThat(error.get("rule").asString()).isEqualTo("header-too-long");
    assertThat(response.json().get("detail").asString()).contains("8000");
    assertThat(imports()).isEqualTo(before);
  }

  @Test
  void aMalformedMultipartBodyIsABadRequestNotAServerError() {
    long before = imports();
    for (String body :
        List.of(
            "--bnd\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.vcf\"\r\n\r\nBEGIN:VCARD\r\n",
            "--bnd\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\nname,phone\r\n--bnd--\r\n")) {
      ApiClient.Response response =
          admin.send(
              admin
                  .builder("/api/v1/imports")
                  .header("Content-Type", "multipart/form-data; boundary=bnd")
                  .POST(HttpRequest.BodyPublishers.ofString(body)));

      assertThat(response.status()).as(response.body()).isEqualTo(400);
      assertThat(response.header("Content-Type")).startsWith("application/problem+json");
      assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
      assertThat(response.json().get("errors").get(0).get("rule").asString())
          .isEqualTo("multipart");
    }
    ApiClient.Response noFile =
        admin.send(
            admin
                .builder("/api/v1/imports")
                .header("Content-Type", "multipart/form-data; boundary=bnd")
                .POST(HttpRequest.BodyPublishers.ofString("this is not a multipart body")));
    assertThat(noFile.status()).as(noFile.body()).isEqualTo(400);
    assertThat(noFile.header("Content-Type")).startsWith("application/problem+json");
    assertThat(noFile.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
    assertThat(imports()).isEqualTo(before);
  }

  @Test
  void aMalformedListOfIdsForTheVCardExportNamesTheParameter() {
    for (String ids : List.of(",", "", ",,", UUID.randomUUID() + ",")) {
      ApiClient.Response response = admin.get("/api/v1/customers/export.vcf?ids=" + ids);

      assertThat(response.status()).as("ids=" + ids + ": " + response.body()).isEqualTo(400);
      assertThat(response.header("Content-Type")).startsWith("application/problem+json");
      assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("ids");
    }
  }

  @Test
  void theKnownCallerPageSaysNoMatchForAnEmailNoOneHas() {
    PageClient page = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    String email = "nobody." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

    PageClient.Page lookup = page.get("/lookup?email=" + email);

    assertThat(lookup.status()).isEqualTo(200);
    assertThat(lookup.document().select("#lookup-none").text())
        .contains("No customer has " + email);
    assertThat(lookup.document().select("#lookup-cards .customer-card")).isEmpty();
  }

  private long imports() {
    return jdbc.sql("SELECT COUNT(*) FROM integration_import").query(Long.class).single();
  }
}
