package io.pyra.integration;

import static io.pyra.integration.ImportFixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.testing.ApiClient;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * An import names what it imports: customers or contacts; any other word is refused, naming the
 * ones that exist.
 */
@PyraIntegrationTest
class ImportEntityTests {

  private static final byte[] FILE =
      "Name,Email\nAlice,alice@example.com\n".getBytes(StandardCharsets.UTF_8);

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  ApiClient admin;

  @BeforeEach
  void signIn() {
    admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  @Test
  void theApiRefusesAnUnknownEntityNamingTheEntitiesThatExist() {
    int before = imports();

    for (String entity : new String[] {"invoices", "customer", "anything"}) {
      ApiClient.Response refused = upload(admin, "orders.csv", FILE, "entity", entity);

      assertThat(refused.status()).as(entity + " " + refused.body()).isEqualTo(422);
      assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
      JsonNode error = refused.json().get("errors").get(0);
      assertThat(error.get("field").asString()).isEqualTo("entity");
      assertThat(error.get("rule").asString()).isEqualTo("unknown");
      assertThat(refused.json().get("detail").asString())
          .contains(entity)
          .contains("customers, contacts, orders, payments, products");
    }
    assertThat(imports()).as("nothing stored or run").isEqualTo(before);
    ApiClient.Response named =
        upload(admin, "people.csv", FILE, "entity", " Customers ", "dryRun", "true");
    assertThat(named.status()).as(named.body()).isEqualTo(202);
    assertThat(named.json().get("entity").asString()).isEqualTo("customers");
  }

  @Test
  void theUploadPageRefusesAnUnknownEntityInTheUsersLanguage() {
    int before = imports();
    PageClient pages = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    pages.get("/imports/new");

    PageClient.Page refused =
        pages.postMultipart("/imports", Map.of("entity", "invoices"), "orders.csv", FILE);

    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.document().select("#flash-error").text())
        .isEqualTo(
            "\"invoices\" cannot be imported: the entities that can be imported are customers, contacts, orders, payments, products, opportunities, cases.");
    PageClient chinese = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    chinese.get("/imports/new?lang=zh-CN");
    assertThat(
            chinese
                .postMultipart("/imports", Map.of("entity", "invoices"), "orders.csv", FILE)
                .document()
                .select("#flash-error")
                .text())
        .isEqualTo(
            "无法导入“invoices”：可导入的对象为 customers, contacts, orders, payments, products, opportunities, cases。");
    assertThat(imports()).isEqualTo(before);
  }

  @Test
  void theApiDocumentsTheEntitiesThatExist() {
    JsonNode upload =
        new ApiClient(port)
            .get("/v3/api-docs")
            .json()
            .get("paths")
            .get("/api/v1/imports")
            .get("post");

    assertThat(upload.toString())
        .contains(
            "[\"customers\",\"contacts\",\"orders\",\"payments\",\"products\",\"opportunities\",\"cases\"]");
  }

  private int imports() {
    return jdbc.sql("select count(*) from integration_import").query(Integer.class).single();
  }
}
