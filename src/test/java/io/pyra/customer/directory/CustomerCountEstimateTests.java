package io.pyra.customer.directory;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.Scope;
import io.pyra.identity.security.PyraPrincipal;
import io.pyra.platform.SqlTime;
import io.pyra.testing.PyraIntegrationTest;
import io.pyra.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Beyond the cap the count is PostgreSQL's estimate of the same statement, or "more than" the cap
 * on H2; within it, exact. The cap is lowered here so that a handful of customers passes it.
 */
@PyraIntegrationTest
class CustomerCountEstimateTests {

  @Autowired CustomerDirectory directory;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void beyondTheCapTheCountIsAnEstimateOrMoreThanTheCap() {
    String family = "Estimate" + UUID.randomUUID().toString().substring(0, 8);
    int customers = 7;
    UUID admin =
        jdbc.sql("select id from identity_user where username = 'admin'")
            .query(UUID.class)
            .single();
    UUID root =
        jdbc.sql("select id from identity_org_unit where parent_id is null")
            .query(UUID.class)
            .single();
    for (int i = 0; i < customers; i++) {
      jdbc.sql(
              """
              insert into customer_customer (id, code, kind, name, name_key, stage, owner_id, org_unit_id,
                                             version, created_at, updated_at)
              values (?, ?, 'PERSON', ?, ?, 'NEW', ?, ?, 0, ?, ?)""")
          .params(
              UUID.randomUUID(),
              "E-" + UUID.randomUUID().toString().substring(0, 8),
              family + " " + i,
              (family + i).toLowerCase(),
              admin,
              root,
              SqlTime.utc(Instant.now()),
              SqlTime.utc(Instant.now()))
          .update();
    }
    signInAsAdministrator(admin);
    CustomerFilter filter = CustomerFilter.text(family);

    assertThat(directory.count(filter)).isEqualTo(CustomerCount.exact(customers));
    assertThat(directory.count(filter, customers)).isEqualTo(CustomerCount.exact(customers));
    CustomerCount capped = directory.count(filter, customers - 2);
    if (TestDatabase.isPostgres()) {
      assertThat(capped.precision()).isEqualTo(CustomerCount.Precision.ABOUT);
      assertThat(capped.value()).isGreaterThan(customers - 2);
    } else {
      assertThat(capped)
          .isEqualTo(new CustomerCount(customers - 2, CustomerCount.Precision.MORE_THAN));
    }
  }

  private static void signInAsAdministrator(UUID id) {
    PyraPrincipal principal =
        new PyraPrincipal(
            id,
            "admin",
            "Administrator",
            null,
            "/",
            "en",
            true,
            Map.of("customer.read", Scope.ALL),
            null);
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
    SecurityContextHolder.setContext(context);
  }
}
