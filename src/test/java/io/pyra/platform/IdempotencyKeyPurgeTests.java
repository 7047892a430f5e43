package io.pyra.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.platform.idempotency.IdempotencyKeyPurge;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Idempotency keys are kept for retries for a day, then forgotten by the hourly purge. */
@PyraIntegrationTest
class IdempotencyKeyPurgeTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired IdempotencyKeyPurge purge;

  @Test
  void aKeyOlderThanADayIsForgottenAndAFreshOneStillReplays() {
    ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    String oldKey = "old-" + UUID.randomUUID();
    String freshKey = "fresh-" + UUID.randomUUID();
    String oldName = "Purge Old " + UUID.randomUUID();
    String freshName = "Purge Fresh " + UUID.randomUUID();
    assertThat(create(admin, oldKey, oldName).status()).isEqualTo(201);
    assertThat(create(admin, freshKey, freshName).status()).isEqualTo(201);
    jdbc.sql(
            "update platform_idempotency_key set created_at = created_at - interval '2' day where idempotency_key = ?")
        .param(oldKey)
        .update();

    assertThat(purge.purge()).isPositive();

    assertThat(keys(oldKey)).isZero();
    assertThat(keys(freshKey)).isOne();
    // the fresh key still replays the first answer; the forgotten one is a new request
    assertThat(create(admin, freshKey, freshName).status()).isEqualTo(201);
    assertThat(named(freshName)).isOne();
    assertThat(create(admin, oldKey, oldName).status()).isEqualTo(201);
    assertThat(named(oldName)).isEqualTo(2);
  }

  private ApiClient.Response create(ApiClient client, String key, String name) {
    return client.send(
        client
            .builder("/api/v1/customers")
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"kind\":\"PERSON\",\"name\":\"" + name + "\"}")));
  }

  private long keys(String key) {
    return jdbc.sql("select count(*) from platform_idempotency_key where idempotency_key = ?")
        .param(key)
        .query(Long.class)
        .single();
  }

  private long named(String name) {
    return jdbc.sql("select count(*) from customer_customer where name = ?")
        .param(name)
        .query(Long.class)
        .single();
  }
}
