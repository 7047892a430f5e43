package io.pyra.integration;

import static io.pyra.integration.ImportFixtures.awaitFinished;
import static io.pyra.integration.ImportFixtures.email;
import static io.pyra.integration.ImportFixtures.mobile;
import static io.pyra.integration.ImportFixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * An import decides the next chunk while the current one is written; with chunks of three rows,
 * rows about one customer in consecutive chunks must still be applied as if one after the other.
 */
@PyraIntegrationTest
@TestPropertySource(properties = "pyra.import.chunk-size=3")
class ImportChunkOrderTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired DataSource dataSource;

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
    // per three customers: a chunk creating them (name, e-mail, city), a chunk adding a phone and a
    // tag
    // by e-mail (no name: a row that found no customer would be an error), a chunk changing the
    // city
    // found by that phone alone
    StringBuilder csv = new StringBuilder("Name,Email,Phone,City,Tags\n");
    for (int g = 0; g < customers; g += 3) {
      for (int k = g; k < g + 3; k++) {
        csv.append("Order ").append(k).append(',').append(emails.get(k)).append(",,Hangzhou,\n");
      }
      for (int k = g; k < g + 3; k++) {
        csv.append(',')
            .append(emails.get(k))
            .append(',')
            .append(phones.get(k))
            .append(",,")
            .append(tag)
            .append('\n');
      }
      for (int k = g; k < g + 3; k++) {
        csv.append(",,").append(phones.get(k)).append(",Shenzhen,\n");
      }
    }
    JsonNode done =
        awaitFinished(
            admin,
            upload(admin, "order.csv", csv.toString().getBytes(StandardCharsets.UTF_8))
                .json()
                .get("id")
                .asString());

    assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("COMPLETED");
    assertThat(done.get("errors").asInt()).as(done.toString()).isZero();
    assertThat(done.get("created").asInt()).isEqualTo(customers);
    assertThat(done.get("updated").asInt()).isEqualTo(2 * customers);
    for (int k = 0; k < customers; k++) {
      List<String> found =
          jdbc.sql(
                  """
              select c.name || '|' || c.city || '|' || p.number || '|' || t.tag
                from customer_customer c
                join customer_email e on e.customer_id = c.id
                join customer_phone p on p.customer_id = c.id
                join customer_tag t on t.customer_id = c.id
               where e.address = ?""")
              .param(emails.get(k))
              .query(String.class)
              .list();
      assertThat(found)
          .as("customer " + k)
          .containsExactly("Order " + k + "|Shenzhen|+86" + phones.get(k) + "|" + tag);
    }
  }

  @Test
  void anImportStoppedMidwayIsResumedByTheSameCommandToExactlyTheFilesResult() {
    ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    String tag = "resume" + System.nanoTime();
    String known = tag + ".known@example.com";
    ApiClient.Response created =
        admin.post(
            "/api/v1/customers",
            Map.of(
                "kind",
                "PERSON",
                "name",
                "Known Customer",
                "emails",
                List.of(Map.of("address", known)),
                "address",
                Map.of("city", "Hangzhou")));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    UUID knownId = UUID.fromString(created.json().get("id").asString());
    int rows = 3000;
    StringBuilder csv = new StringBuilder("Name,Email,City,Tags\n");
    for (int i = 0; i < rows; i++) {
      String email = i == rows / 2 ? known : tag + "." + i + "@example.com";
      csv.append("Resumed ")
          .append(i)
          .append(',')
          .append(email)
          .append(",Shenzhen,")
          .append(tag)
          .append('\n');
    }

    // the import stops midway: the customer the middle row changes is locked by someone else, the
    // chunk
    // holding that row cannot be written and the import fails there
    TransactionTemplate someoneElse = new TransactionTemplate(transactions);
    JsonNode stopped =
        someoneElse.execute(
            status -> {
              jdbc.sql("select name from customer_customer where id = ? for update")
                  .param(knownId)
                  .query(String.class)
                  .single();
              String id =
                  upload(admin, "resume.csv", csv.toString().getBytes(StandardCharsets.UTF_8))
                      .json()
                      .get("id")
                      .asString();
              return awaitStopped(admin, id);
            });
    String id = stopped.get("id").asString();
    assertThat(stopped.get("status").asString()).as(stopped.toString()).isEqualTo("FAILED");
    int committed = stopped.get("lastCommittedRow").asInt();
    assertThat(committed).isBetween(rows / 2 - 3, rows / 2 + 1);
    assertThat(countTagged(tag)).isEqualTo(committed - 1);

    ApiClient.Response resumed = admin.post("/api/v1/imports/" + id + "/commit", Map.of());
    assertThat(resumed.status()).as(resumed.body()).isEqualTo(202);
    JsonNode done = awaitFinished(admin, id);
    assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("COMPLETED");
    assertThat(done.get("created").asInt()).isEqualTo(rows - 1);
    assertThat(done.get("updated").asInt()).isEqualTo(1);
    assertThat(done.get("processedRows").asInt()).isEqualTo(rows);
    assertThat(done.get("errors").asInt()).isZero();
    assertThat(countTagged(tag)).isEqualTo(rows);
    assertThat(
            jdbc.sql(
                    "select count(distinct e.address) from customer_email e join customer_tag t "
                        + "on t.customer_id = e.customer_id where t.tag = ?")
                .param(tag)
                .query(Integer.class)
                .single())
        .isEqualTo(rows);
    assertThat(
            jdbc.sql("select name || '|' || city from customer_customer where id = ?")
                .param(knownId)
                .query(String.class)
                .single())
        .isEqualTo("Resumed " + rows / 2 + "|Shenzhen");
  }

  private int countTagged(String tag) {
    return jdbc.sql("select count(*) from customer_tag where tag = ?")
        .param(tag)
        .query(Integer.class)
        .single();
  }

  /**
   * Waits for the import to fail on the locked customer: H2 gives up waiting for the lock by
   * itself; PostgreSQL waits, so the waiting connection is ended as a crash of its server process
   * would end it.
   */
  private JsonNode awaitStopped(ApiClient admin, String id) {
    boolean postgres = postgres();
    for (int i = 0; i < 600; i++) {
      JsonNode job = admin.get("/api/v1/imports/" + id).json();
      if (!List.of("QUEUED", "RUNNING").contains(job.get("status").asString())) {
        return job;
      }
      if (postgres) {
        endWaitingUpdates();
      }
      pause(100);
    }
    throw new AssertionError("the import did not stop");
  }

  /**
   * On a connection of its own: the caller's transaction would see the server's activity as it
   * first read it.
   */
  private void endWaitingUpdates() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          """
          select pg_terminate_backend(pid) from pg_stat_activity
           where datname = current_database() and wait_event_type = 'Lock'
             and query like 'update customer_customer%'""");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private boolean postgres() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
