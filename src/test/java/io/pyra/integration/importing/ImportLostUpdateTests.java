package io.pyra.integration.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyra.customer.CustomerImportApi;
import io.pyra.identity.Scope;
import io.pyra.identity.security.PyraPrincipal;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A chunk is decided on a read made before it is written; a customer someone saves in between must
 * keep what they saved: the chunk's write is refused and the chunk decided again on the saved
 * values.
 */
@PyraIntegrationTest
@TestPropertySource(properties = "pyra.import.chunk-size=3")
class ImportLostUpdateTests {

  private static final UUID ADMINISTRATOR = UUID.fromString("00000000-0000-7000-8000-000000000001");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired CustomerChunk chunks;
  @Autowired CustomerImportApi customers;
  @Autowired PlatformTransactionManager transactions;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void aCustomerSavedAfterTheChunkWasReadKeepsWhatWasSavedAndGetsTheFilesChange() {
    ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    String email = "lost-update." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    ApiClient.Response created =
        admin.post(
            "/api/v1/customers",
            Map.of(
                "kind",
                "PERSON",
                "name",
                "Wang Fang",
                "stage",
                "PROSPECT",
                "emails",
                List.of(Map.of("address", email)),
                "address",
                Map.of("city", "Hangzhou")));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").asString();

    signInAsAdministrator();
    ColumnPlan plan =
        ColumnPlan.of(
            List.of("Name", "Email", "City"),
            Map.of("Name", "name", "Email", "email", "City", "city"),
            "customers",
            customers.customFields());
    CustomerChunk.Context context =
        new CustomerChunk.Context(
            ADMINISTRATOR, "admin", UUID.randomUUID(), Locale.ENGLISH, customers.customFields());
    PreparedChunk chunk =
        chunks.prepare(
            List.of(new SourceRow(2, List.of("", email, "Shenzhen"), List.of())), plan, context);
    TransactionTemplate tx = new TransactionTemplate(transactions);
    ChunkDecision early = tx.execute(status -> chunk.decide());
    assertThat(early.outcomes()).extracting(RowOutcome::action).containsExactly(RowOutcome.UPDATE);

    // someone saves the customer after the import read it
    ApiClient.Response saved =
        admin.patch("/api/v1/customers/" + id, Map.of("stage", "ACTIVE"), created.header("ETag"));
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);

    assertThatThrownBy(() -> tx.execute(status -> early.write()))
        .isInstanceOf(CustomerImportApi.ChangedMeanwhile.class);
    assertThat(admin.get("/api/v1/customers/" + id).json().get("address").get("city").asString())
        .isEqualTo("Hangzhou");

    tx.execute(status -> chunk.decide().write());
    var customer = admin.get("/api/v1/customers/" + id).json();
    assertThat(customer.get("stage").asString()).isEqualTo("ACTIVE");
    assertThat(customer.get("address").get("city").asString()).isEqualTo("Shenzhen");
  }

  private static void signInAsAdministrator() {
    PyraPrincipal principal =
        new PyraPrincipal(
            ADMINISTRATOR,
            "admin",
            "Administrator",
            null,
            "/",
            "en",
            true,
            Map.of(
                "customer.create",
                Scope.ALL,
                "customer.update",
                Scope.ALL,
                "customer.read",
                Scope.ALL),
            null);
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
    SecurityContextHolder.setContext(context);
  }
}
