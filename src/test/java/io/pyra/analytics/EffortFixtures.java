package io.pyra.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.user.UserAccount;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PyraIntegrationTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Effort logged through interaction's API as staff log it (contact records, tasks done), the
 * administrator's rates and a pyramid scheme by limits on net revenue, so that each customer's tier
 * depends on its own revenue only, for the accounting and allocation tests.
 */
final class EffortFixtures {

  private final int port;
  private final ApiClient admin;

  EffortFixtures(int port) {
    this.port = port;
    this.admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  ApiClient admin() {
    return admin;
  }

  ApiClient as(UserAccount user) {
    return as(user.username());
  }

  ApiClient as(String username) {
    return new ApiClient(port).signIn(username, OrgFixtures.PASSWORD);
  }

  /**
   * A scheme by limits on net revenue over 12 months: TOP above 10,000, HIGH above 5,000, MIDDLE
   * above 1,000, LOW the rest; its code.
   */
  String scheme() {
    String code = "AC" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Map<String, Object> scheme = new HashMap<>();
    scheme.put("code", code);
    scheme.put("name", "Accounting limits");
    scheme.put("basis", "NET_REVENUE");
    scheme.put("method", "THRESHOLDS");
    scheme.put("thresholds", Map.of("TOP", "10000", "HIGH", "5000", "MIDDLE", "1000"));
    scheme.put("windowMonths", 12);
    ApiClient.Response created = admin.post("/api/v1/analytics/pyramid-schemes", scheme);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return code;
  }

  /** The rates set by the administrator. */
  void rates(Map<String, String> channels, Map<String, String> roles, int taskMinutes) {
    Map<String, Object> body = new HashMap<>();
    body.put("channels", channels);
    body.put("roles", roles);
    body.put("taskMinutes", taskMinutes);
    ApiClient.Response set = admin.put("/api/v1/analytics/cost-rates", body, null);
    assertThat(set.status()).as(set.body()).isEqualTo(200);
  }

  /** The plan of effort set by the administrator, in percent. */
  void plan(int topHighMiddle, int low, int prospect) {
    ApiClient.Response set =
        admin.put(
            "/api/v1/analytics/allocation-plan",
            Map.of(
                "shares",
                Map.of("TOP_HIGH_MIDDLE", topHighMiddle, "LOW", low, "PROSPECT", prospect)),
            null);
    assertThat(set.status()).as(set.body()).isEqualTo(200);
  }

  /** A contact record {@code by} logs on {@code customer} an hour ago, lasting {@code minutes}. */
  void record(UserAccount by, UUID customer, String channel, int minutes) {
    Map<String, Object> body = new HashMap<>();
    body.put("customerId", customer.toString());
    body.put("type", "COURSE_INQUIRY");
    body.put("channel", channel);
    body.put("direction", "OUTBOUND");
    body.put("subject", "Effort " + UUID.randomUUID().toString().substring(0, 6));
    body.put("durationMinutes", minutes);
    body.put(
        "occurredAt", Instant.now().minusSeconds(3600).truncatedTo(ChronoUnit.MILLIS).toString());
    ApiClient.Response logged = as(by).post("/api/v1/interactions", body);
    assertThat(logged.status()).as(logged.body()).isEqualTo(201);
  }

  /** A task on {@code customer} that {@code by} creates and marks done. */
  void taskDone(UserAccount by, UUID customer) {
    ApiClient api = as(by);
    Map<String, Object> body = new HashMap<>();
    body.put("title", "Send the brochure");
    body.put("type", "CALL_BACK");
    body.put("dueAt", Instant.now().plusSeconds(3600).truncatedTo(ChronoUnit.SECONDS).toString());
    body.put("customerId", customer.toString());
    ApiClient.Response created = api.post("/api/v1/tasks", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    ApiClient.Response done =
        api.patch(
            "/api/v1/tasks/" + created.json().get("id").asString(),
            Map.of("status", "DONE"),
            created.header("ETag"));
    assertThat(done.status()).as(done.body()).isEqualTo(200);
  }

  static String cents(BigDecimal value) {
    return value.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
  }
}
