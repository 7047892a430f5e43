package io.pyra.integration;

import static io.pyra.integration.ImportFixtures.awaitFinished;
import static io.pyra.integration.ImportFixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * An order import in chunks of three rows: each order's lines stay together whether the file keeps
 * them together (cut between orders as it is read), scatters a few orders (whose last rows the
 * upload noted) or scatters more than the upload keeps (cut after a first pass finds each order's
 * last row); a customer or product that rows of several chunks name is created once, though the
 * next chunk is decided while the one before is written.
 */
@PyraIntegrationTest
@TestPropertySource(properties = {"pyra.import.chunk-size=3", "pyra.import.scattered-orders-max=5"})
class OrderImportChunkTests {

  private static final String HEADER =
      "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  /** One line of the file, and what it adds to its order. */
  private record Line(String number, String product, int quantity, String price, String customer) {

    String csv() {
      return number
          + ","
          + product
          + ",MUG "
          + product
          + ","
          + quantity
          + ",2024-05-01 10:00:00,"
          + price
          + ","
          + customer
          + ",United Kingdom\n";
    }
  }

  @Test
  void aFileKeepingEachOrdersLinesTogetherIsCutBetweenOrdersWithoutAFirstPass() {
    String tag = tag();
    List<Line> lines = new ArrayList<>();
    // orders of one, two, three and four lines; every order names the same new customer and two
    // new products, so consecutive chunks all want to create them
    int[] sizes = {2, 1, 4, 3, 2, 1, 3, 4, 1, 2};
    for (int o = 0; o < sizes.length; o++) {
      for (int l = 0; l < sizes[o]; l++) {
        lines.add(new Line("G" + tag + o, "P" + tag + (l % 2), l + 1, (o + 1) + ".25", "K" + tag));
      }
    }
    JsonNode done = importLines(lines);

    assertThat(done.get("created").asInt()).isEqualTo(lines.size());
    assertThat(orderRows(done).get("order_column")).isEqualTo(0);
    assertThat(orderRows(done).get("scattered_orders")).isEqualTo("{}");
    assertOrdersAsWritten(lines, tag);
  }

  @Test
  void aFewOrdersWhoseLinesAreScatteredKeepThemInOneOrder() {
    String tag = tag();
    List<Line> lines = scattered(tag, 4);
    lines.add(0, new Line("F" + tag, "Q" + tag + "0", 2, "3.10", "M" + tag));
    lines.add(new Line("E" + tag, "Q" + tag + "1", 1, "4.20", "M" + tag));
    lines.add(new Line("E" + tag, "Q" + tag + "2", 3, "4.20", "M" + tag));
    JsonNode done = importLines(lines);

    assertThat(done.get("created").asInt()).isEqualTo(lines.size());
    Map<String, Object> found = orderRows(done);
    assertThat(found.get("order_column")).isEqualTo(0);
    // the four orders that take turns, each with its last row (the file's rows 15 to 18)
    assertThat((String) found.get("scattered_orders"))
        .contains("\"S" + tag + "0\":15", "\"S" + tag + "3\":18")
        .doesNotContain("F" + tag, "E" + tag);
    assertOrdersAsWritten(lines, tag);
  }

  @Test
  void moreScatteredOrdersThanTheUploadKeepsAreFoundByAFirstPass() {
    String tag = tag();
    List<Line> lines = scattered(tag, 8);
    JsonNode done = importLines(lines);

    assertThat(done.get("created").asInt()).isEqualTo(lines.size());
    assertThat(orderRows(done).get("scattered_orders")).isNull();
    assertOrdersAsWritten(lines, tag);
  }

  /** Orders whose lines take turns: no chunk of three rows holds one whole by chance. */
  private static List<Line> scattered(String tag, int orders) {
    List<Line> lines = new ArrayList<>();
    for (int l = 0; l < 4; l++) {
      for (int o = 0; o < orders; o++) {
        lines.add(
            new Line("S" + tag + o, "Q" + tag + (o + l) % 3, o + l + 1, "0.5" + l, "M" + tag));
      }
    }
    return lines;
  }

  private JsonNode importLines(List<Line> lines) {
    StringBuilder csv = new StringBuilder(HEADER);
    lines.forEach(l -> csv.append(l.csv()));
    ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    ApiClient.Response response =
        upload(
            admin,
            "orders.csv",
            csv.toString().getBytes(StandardCharsets.UTF_8),
            "entity",
            "orders",
            "timeZone",
            "Europe/London");
    assertThat(response.status()).as(response.body()).isEqualTo(202);
    JsonNode done = awaitFinished(admin, response.json().get("id").asString());
    assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("COMPLETED");
    assertThat(done.get("errors").asInt()).isZero();
    return done;
  }

  /** Every order with all its lines and its amount, each customer and product written once. */
  private void assertOrdersAsWritten(List<Line> lines, String tag) {
    Map<String, BigDecimal> amounts = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Line l : lines) {
      amounts.merge(
          l.number(),
          new BigDecimal(l.price()).multiply(BigDecimal.valueOf(l.quantity())),
          BigDecimal::add);
      counts.merge(l.number(), 1, Integer::sum);
    }
    for (String number : amounts.keySet()) {
      Map<String, Object> order =
          jdbc.sql(
                  "select o.amount, o.line_count, (select count(*) from sales_order_line l"
                      + " where l.order_id = o.id) as stored_lines from sales_order o where o.number = ?")
              .param(number)
              .query()
              .singleRow();
      assertThat((BigDecimal) order.get("amount"))
          .as(number)
          .isEqualByComparingTo(amounts.get(number));
      assertThat(((Number) order.get("line_count")).intValue())
          .as(number)
          .isEqualTo(counts.get(number));
      assertThat(((Number) order.get("stored_lines")).intValue())
          .as(number)
          .isEqualTo(counts.get(number));
    }
    long customers = lines.stream().map(Line::customer).distinct().count();
    assertThat(
            jdbc.sql("select count(*) from customer_customer where code like ?")
                .param("%" + tag)
                .query(Long.class)
                .single())
        .isEqualTo(customers);
    long products = lines.stream().map(Line::product).distinct().count();
    assertThat(
            jdbc.sql("select count(*) from sales_product where code like ?")
                .param("%" + tag + "%")
                .query(Long.class)
                .single())
        .isEqualTo(products);
  }

  private Map<String, Object> orderRows(JsonNode done) {
    return jdbc.sql("select order_column, scattered_orders from integration_import where id = ?")
        .param(UUID.fromString(done.get("id").asString()))
        .query()
        .singleRow();
  }

  private static String tag() {
    return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  }
}
