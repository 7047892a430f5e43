package io.pyra.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pyra.analytics.figures.CustomerDays;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Analytics' figures per customer and day follow what the customer bought: orders, credit notes,
 * refunds and cancellations made through the API reach them after each sales event, and orders
 * written without events (as an import writes them) after a rebuild, in the base currency. Every
 * expected row is worked out here from the test's own orders.
 */
@PyraIntegrationTest
class CustomerFiguresTests {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired CustomerDays days;

  ApiClient admin;
  UUID customer;

  @BeforeEach
  void setUp() {
    admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "PERSON");
    body.put("name", "Figures " + UUID.randomUUID().toString().substring(0, 8));
    ApiClient.Response created = admin.post("/api/v1/customers", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    customer = UUID.fromString(created.json().get("id").asString());
  }

  @Test
  void ordersCreditNotesRefundsAndCancellationsReachTheCustomersDaysAfterTheirEvents() {
    // a signed order on 2 November: 2 × 4,800 less 10 % + 120.50 = 8,760.50, cost 2 × 1,500 + 40
    String sale =
        create(
            "ORDER",
            "SIGNED",
            "2026-11-02T10:00:00+08:00",
            null,
            line("English course", "2", "4800", "10", "1500"),
            line("Course book", "1", "120.50", null, "40"));
    // a draft does not count
    create(
        "ORDER", "DRAFT", "2026-11-03T10:00:00+08:00", null, line("Trial", "1", "99", null, "0"));
    // a credit note for the book on 20 November: −120.50, cost −40
    create(
        "CREDIT_NOTE",
        "SIGNED",
        "2026-11-20T10:00:00+08:00",
        sale,
        line("Course book", "1", "120.50", null, "40"));
    // a signed order cancelled again: it no longer counts
    String cancelled =
        create(
            "ORDER",
            "SIGNED",
            "2026-11-10T10:00:00+08:00",
            null,
            line("Extra", "1", "500", null, "100"));
    ApiClient.Response read = admin.get("/api/v1/orders/" + cancelled);
    ApiClient.Response cancel =
        admin.send(
            admin
                .builder("/api/v1/orders/" + cancelled + "/cancel")
                .header("If-Match", read.header("ETag"))
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(cancel.status()).as(cancel.body()).isEqualTo(200);
    // 8,000 paid, 300 of it refunded on 1 December
    assertThat(
            admin
                .post(
                    "/api/v1/orders/" + sale + "/payments",
                    Map.of("amount", "8000", "paidAt", "2026-11-05", "method", "TRANSFER"))
                .status())
        .isEqualTo(201);
    ApiClient.Response refund =
        admin.post(
            "/api/v1/orders/" + sale + "/refunds",
            Map.of("amount", "300", "reason", "One lesson missed", "refundedAt", "2026-12-01"));
    assertThat(refund.status()).as(refund.body()).isEqualTo(201);

    Map<LocalDate, String> expected = new TreeMap<>();
    BigDecimal course =
        new BigDecimal("2").multiply(new BigDecimal("4800")).multiply(new BigDecimal("0.9"));
    BigDecimal book = new BigDecimal("120.50");
    expected.put(
        LocalDate.of(2026, 11, 2),
        row(1, course.add(book), new BigDecimal("3000").add(new BigDecimal("40"))));
    expected.put(LocalDate.of(2026, 11, 20), row(0, book.negate(), new BigDecimal("-40")));
    expected.put(LocalDate.of(2026, 12, 1), row(0, new BigDecimal("-300"), BigDecimal.ZERO));

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(days(customer)).isEqualTo(expected));
  }

  @Test
  void ordersWrittenWithoutEventsReachTheDaysByARebuildInTheBaseCurrencyAtTheirRate() {
    UUID owner =
        jdbc.sql("select id from identity_user where username = 'admin'")
            .query(UUID.class)
            .single();
    UUID unit =
        jdbc.sql("select org_unit_id from identity_user where username = 'admin'")
            .query(UUID.class)
            .single();
    LocalDate day = LocalDate.of(2025, 3, 14);
    // two sales on one day, one in US dollars at 7.1234; a completed contract on another day
    ValueFixtures value = new ValueFixtures(port, jdbc, days);
    value.insert(customer, owner, unit, "ORDER", "SIGNED", day, "CNY", "1", "1000.00", "400.00");
    value.insert(customer, owner, unit, "ORDER", "ACTIVE", day, "USD", "7.1234", "150.00", "60.00");
    value.insert(
        customer, owner, unit, "CONTRACT", "COMPLETED", day.plusDays(40), "CNY", "1", "0", "0");
    // neither a draft nor a cancelled order counts
    value.insert(customer, owner, unit, "ORDER", "DRAFT", day, "CNY", "1", "99", "0");
    value.insert(
        customer, owner, unit, "ORDER", "CANCELLED", day.plusDays(1), "CNY", "1", "77", "0");

    ApiClient.Response rebuilt = admin.post("/api/v1/analytics/figures/rebuild", Map.of());
    assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
    assertThat(rebuilt.json().get("customerDays").asInt()).isGreaterThanOrEqualTo(2);

    // 150 × 7.1234 = 1,068.51 and 60 × 7.1234 = 427.404 in the base currency
    BigDecimal dollars = new BigDecimal("150.00").multiply(new BigDecimal("7.1234"));
    BigDecimal dollarCost = new BigDecimal("60.00").multiply(new BigDecimal("7.1234"));
    Map<LocalDate, String> expected = new TreeMap<>();
    expected.put(
        day, row(2, new BigDecimal("1000").add(dollars), new BigDecimal("400").add(dollarCost)));
    expected.put(day.plusDays(40), row(1, BigDecimal.ZERO, BigDecimal.ZERO));
    assertThat(days(customer)).isEqualTo(expected);

    // refreshing the customer again (as an event would) leaves the same rows: nothing counted twice
    days.refresh(customer);
    assertThat(days(customer)).isEqualTo(expected);

    // figures that are there are not rebuilt at a start; figures lost (as PostgreSQL empties the
    // unlogged table after a crash) are, with the same rows
    assertThat(days.restoreIfLost()).isFalse();
    jdbc.sql("delete from analytics_customer_day").update();
    assertThat(days(customer)).isEmpty();
    assertThat(days.restoreIfLost()).isTrue();
    assertThat(days(customer)).isEqualTo(expected);
    if (io.pyra.testing.TestDatabase.isPostgres()) {
      assertThat(
              jdbc.sql(
                      "select relpersistence from pg_class where relname = 'analytics_customer_day'")
                  .query(String.class)
                  .single())
          .as("unlogged")
          .isEqualTo("u");
      // the table the rebuild put in place has the migrations' columns, types and key
      assertThat(
              jdbc.sql(
                      """
                      select column_name || ' ' || data_type || ' ' || is_nullable
                             || coalesce(' ' || numeric_precision || ',' || numeric_scale, '')
                        from information_schema.columns
                       where table_name = 'analytics_customer_day' order by ordinal_position""")
                  .query(String.class)
                  .list())
          .containsExactly(
              "customer_id uuid NO",
              "sale_day date NO",
              "sales integer NO 32,0",
              "net_revenue numeric NO 24,6",
              "cost numeric NO 24,6");
      assertThat(
              jdbc.sql(
                      "select constraint_name from information_schema.table_constraints"
                          + " where table_name = 'analytics_customer_day'"
                          + " and constraint_type = 'PRIMARY KEY'")
                  .query(String.class)
                  .list())
          .containsExactly("pk_analytics_customer_day");
    }
  }

  @Test
  void whenTwoCustomersAreMergedTheMergedOnesOrdersAndFiguresGoToTheSurvivor() {
    create(
        "ORDER", "SIGNED", "2026-10-01T10:00:00+08:00", null, line("A", "1", "700", null, "100"));
    UUID survivor = customer;
    setUp(); // a second customer, who buys too and is then merged into the first
    UUID merged = customer;
    String order =
        create(
            "ORDER", "SIGNED", "2026-10-15T10:00:00+08:00", null, line("B", "2", "50", null, "5"));
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(days(merged)).hasSize(1));

    ApiClient.Response merge =
        admin.post("/api/v1/customers/" + survivor + "/merge", Map.of("mergedId", merged));
    assertThat(merge.status()).as(merge.body()).isEqualTo(200);

    Map<LocalDate, String> expected = new TreeMap<>();
    expected.put(LocalDate.of(2026, 10, 1), row(1, new BigDecimal("700"), new BigDecimal("100")));
    expected.put(LocalDate.of(2026, 10, 15), row(1, new BigDecimal("100"), new BigDecimal("10")));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              assertThat(days(survivor)).isEqualTo(expected);
              assertThat(days(merged)).isEmpty();
            });
    assertThat(admin.get("/api/v1/orders/" + order).json().get("customerId").asString())
        .isEqualTo(survivor.toString());
  }

  private String create(
      String kind, String status, String orderedAt, String original, Map<String, Object>... lines) {
    Map<String, Object> body = new HashMap<>();
    body.put("customerId", customer);
    body.put("currency", "CNY");
    body.put("orderedAt", orderedAt);
    body.put("kind", kind);
    body.put("status", status);
    body.put("lines", List.of(lines));
    if (original != null) {
      body.put("originalOrderId", original);
    }
    ApiClient.Response created = admin.post("/api/v1/orders", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asString();
  }

  private static Map<String, Object> line(
      String description, String quantity, String unitPrice, String discount, String unitCost) {
    Map<String, Object> line = new HashMap<>();
    line.put("description", description);
    line.put("quantity", quantity);
    line.put("unitPrice", unitPrice);
    line.put("unitCost", unitCost);
    if (discount != null) {
      line.put("discountPercent", discount);
    }
    return line;
  }

  /** A day's figures as "sales / net revenue / cost", the amounts to the cent. */
  private static String row(int sales, BigDecimal net, BigDecimal cost) {
    return sales
        + " / "
        + net.setScale(2, RoundingMode.HALF_EVEN).toPlainString()
        + " / "
        + cost.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  private Map<LocalDate, String> days(UUID customerId) {
    Map<LocalDate, String> rows = new TreeMap<>();
    jdbc.sql(
            "select sale_day, sales, net_revenue, cost from analytics_customer_day where customer_id = ?")
        .param(customerId)
        .query(
            rs -> {
              rows.put(
                  rs.getObject(1, LocalDate.class),
                  row(rs.getInt(2), rs.getBigDecimal(3), rs.getBigDecimal(4)));
            });
    return rows;
  }
}
