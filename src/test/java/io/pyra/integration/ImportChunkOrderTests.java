package io.pyra.integration;

import static io.pyra.integration.ImportFixtures.awaitFinished;
import static io.pyra.integration.ImportFixtures.email;
import static io.pyra.integration.ImportFixtures.mobile;
import static io.pyra.integration.ImportFixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.support.ApiClient;
import io.pyra.support.PyraIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * An import decides the next chunk while the current one is written; with chunks of three rows, rows
 * about one customer in consecutive chunks must still be applied as if one after the other.
 */
@PyraIntegrationTest
@TestPropertySource(properties = "pyra.import.chunk-size=3")
class ImportChunkOrderTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void rowsAboutOneCustomerInConsecutiveChunksAreAppliedInTheFilesOrder() {
    ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    int customers = 45;
    List<String> emails = new ArrayList<>();
    List<String> phones = new ArrayList<>();
    for (int k = 0; k < customers; k++) {
      emails.add(email("order" + k));
      phones.add(mobile());
    }
    String tag = "order" + System.nanoTime();
    // per three customers: a chunk creating them (name, e-mail, city), a chunk adding a phone and a tag
    // by e-mail (no name: a row that found no customer would be an error), a chunk changing the city
    // found by that phone alone
    StringBuilder csv = new StringBuilder("Name,Email,Phone,City,Tags\n");
    for (int g = 0; g < customers; g += 3) {
      for (int k = g; k < g + 3; k++) {
        csv.append("Order ").append(k).append(',').append(emails.get(k)).append(",,Hangzhou,\n");
      }
      for (int k = g; k < g + 3; k++) {
        csv.append(',').append(emails.get(k)).append(',').append(phones.get(k)).append(",,").append(tag).append('\n');
      }
      for (int k = g; k < g + 3; k++) {
        csv.append(",,").append(phones.get(k)).append(",Shenzhen,\n");
      }
    }
    JsonNode done = awaitFinished(admin, upload(admin, "order.csv", csv.toString().getBytes(StandardCharsets.UTF_8))
        .json().get("id").asString());

    assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("COMPLETED");
    assertThat(done.get("errors").asInt()).as(done.toString()).isZero();
    assertThat(done.get("created").asInt()).isEqualTo(customers);
    assertThat(done.get("updated").asInt()).isEqualTo(2 * customers);
    for (int k = 0; k < customers; k++) {
      List<String> found = jdbc.sql("""
              select c.name || '|' || c.city || '|' || p.number || '|' || t.tag
                from customer_customer c
                join customer_email e on e.customer_id = c.id
                join customer_phone p on p.customer_id = c.id
                join customer_tag t on t.customer_id = c.id
               where e.address = ?""").param(emails.get(k)).query(String.class).list();
      assertThat(found).as("customer " + k).containsExactly("Order " + k + "|Shenzhen|+86" + phones.get(k) + "|" + tag);
    }
  }
}
