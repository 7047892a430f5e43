package io.pyra.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pool keeps its connections (it does not renew them every 30 minutes), and writes pass the
 * tables' CHECK constraints however long the server has run: H2 2.4 evaluates a CHECK ... IN (...)
 * with the session that created it (the migrations' pooled connection) and refused every such write
 * once the pool had closed that connection, 30 minutes after start.
 */
@PyraIntegrationTest
class ConnectionRenewalTests {

  @LocalServerPort int port;
  @Autowired DataSource dataSource;

  @Test
  void thePoolKeepsItsConnectionsAndWritesPassTheirChecks() throws Exception {
    HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
    assertThat(pool.getMaxLifetime()).as("connections are never retired for their age").isZero();

    ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    Map<String, Object> customer = new HashMap<>();
    customer.put("kind", "PERSON");
    customer.put("name", "Renewal " + UUID.randomUUID().toString().substring(0, 8));
    customer.put("stage", "ACTIVE");
    ApiClient.Response made = admin.post("/api/v1/customers", customer);
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    Map<String, Object> kase = new HashMap<>();
    kase.put("customerId", made.json().get("id").asString());
    kase.put("type", "INQUIRY");
    kase.put("severity", "MINOR");
    kase.put("channel", "PHONE");
    kase.put("subject", "A write that meets CHECK constraints");
    ApiClient.Response opened = admin.post("/api/v1/cases", kase);
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
  }
}
