package io.pyra.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An override holds until the end of its last day in the company's time zone (pyra.time-zone,
 * Asia/Shanghai here) in the published value view, at any hour: from midnight in Shanghai to
 * midnight UTC the database's own day is the day before.
 */
@PyraIntegrationTest
class CompanyDayTests {

  static final ZoneId COMPANY = ZoneId.of("Asia/Shanghai");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void anOverrideHoldsThroughItsLastDayInTheCompanysZoneAndNotAfter() {
    ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "PERSON");
    body.put("name", "Day " + UUID.randomUUID().toString().substring(0, 6));
    body.put("stage", "ACTIVE");
    ApiClient.Response created = admin.post("/api/v1/customers", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    UUID customer = UUID.fromString(created.json().get("id").asString());
    ApiClient.Response set =
        admin.put(
            "/api/v1/customers/" + customer + "/grade-override",
            Map.of("grade", "A", "reason", "test"));
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    LocalDate today = LocalDate.now(COMPANY);

    expires(customer, today);
    assertThat(grades(customer)).as("on its last day").containsExactly("A");

    expires(customer, today.minusDays(1));
    assertThat(grades(customer)).as("the day after its last day").doesNotContain("A");
  }

  void expires(UUID customer, LocalDate day) {
    jdbc.sql("update analytics_grade_override set expires_on = ? where customer_id = ?")
        .params(day, customer)
        .update();
  }

  List<String> grades(UUID customer) {
    return jdbc.sql("select grade from analytics_customer_value_view where customer_id = ?")
        .params(customer)
        .query(String.class)
        .list();
  }
}
