package io.pyra.integration;

import static io.pyra.integration.ImportFixtures.awaitFinished;
import static io.pyra.integration.ImportFixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Customer value on real data: a slice of the Online Retail file (December 2010) imported through
 * the API, then the pyramid as of 2010-12-31 by rank shares 1 / 4 / 15 / 80 % over 12 months, live
 * and from its snapshot, against the pyramid this test works out from the same CSV lines with plain
 * Java: invoices with a negative unit price left out whole, credit notes (C…) subtracted, anonymous
 * sales left out, each order's amount at the import's rate to six decimals.
 */
@PyraIntegrationTest
class OnlineRetailPyramidTests {

  private static final Path FILE =
      Path.of("../shared/data/online-retail/online_retail_2010_2011.csv.gz");
  private static final int SLICE = 6000;
  private static final int SKIP = 5000;
  private static final String AS_OF = "2010-12-31";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void thePyramidOfARealSliceIsTheOneWorkedOutFromItsLines() throws IOException {
    assumeTrue(Files.exists(FILE), "the Online Retail files are in ../shared/data");
    ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    String csv = slice(SLICE);
    ApiClient.Response started =
        upload(admin, "retail.csv", csv.getBytes(StandardCharsets.UTF_8), "entity", "orders");
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    assertThat(awaitFinished(admin, started.json().get("id").asString()).get("status").asString())
        .isEqualTo("COMPLETED");
    assertThat(admin.post("/api/v1/analytics/figures/rebuild", Map.of()).status()).isEqualTo(200);
    String scheme = "OR" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    ApiClient.Response defined =
        admin.post(
            "/api/v1/analytics/pyramid-schemes",
            Map.of(
                "code",
                scheme,
                "name",
                "Online Retail " + scheme,
                "basis",
                "NET_REVENUE",
                "method",
                "RANK_SHARES",
                "shares",
                Map.of("TOP", "1", "HIGH", "4", "MIDDLE", "15", "LOW", "80")));
    assertThat(defined.status()).as(defined.body()).isEqualTo(201);

    // the expected pyramid, from the CSV lines
    Map<String, List<String[]>> invoices = new LinkedHashMap<>();
    String[] lines = csv.split("\n");
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
      invoices.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(cells);
    }
    BigDecimal rate =
        jdbc.sql("select exchange_rate from sales_order where number = ?")
            .param(invoices.keySet().iterator().next())
            .query(BigDecimal.class)
            .single();
    Map<String, BigDecimal> net = new HashMap<>();
    Map<String, Integer> sales = new HashMap<>();
    for (Map.Entry<String, List<String[]>> invoice : invoices.entrySet()) {
      List<String[]> rows = invoice.getValue();
      String customer = rows.getFirst()[6].strip();
      if (customer.isEmpty() || rows.stream().anyMatch(r -> new BigDecimal(r[5]).signum() < 0)) {
        continue;
      }
      BigDecimal amount = BigDecimal.ZERO;
      for (String[] r : rows) {
        amount = amount.add(new BigDecimal(r[3]).multiply(new BigDecimal(r[5])));
      }
      net.merge(
          customer, amount.multiply(rate).setScale(6, RoundingMode.HALF_EVEN), BigDecimal::add);
      sales.merge(customer, invoice.getKey().startsWith("C") ? 0 : 1, Integer::sum);
    }
    List<String> ranked =
        net.keySet().stream()
            .filter(c -> sales.get(c) > 0)
            .sorted(
                (x, y) -> {
                  int byNet = net.get(y).compareTo(net.get(x));
                  return byNet != 0 ? byNet : x.compareTo(y);
                })
            .toList();
    int n = ranked.size();
    assertThat(n).as("active customers in the slice").isGreaterThan(100);
    // ⌈1 % × n⌉, ⌈5 % × n⌉, ⌈20 % × n⌉ in whole numbers
    int top = (n + 99) / 100;
    int high = (5 * n + 99) / 100;
    int middle = (20 * n + 99) / 100;
    Map<String, List<String>> tiers = new LinkedHashMap<>();
    tiers.put("TOP", ranked.subList(0, top));
    tiers.put("HIGH", ranked.subList(top, high));
    tiers.put("MIDDLE", ranked.subList(high, middle));
    tiers.put("LOW", ranked.subList(middle, n));

    String path = "/api/v1/analytics/pyramid?scheme=" + scheme + "&asOf=" + AS_OF;
    JsonNode live = admin.get(path).json();
    assertThat(live.get("activeCustomers").asInt()).isEqualTo(n);
    for (JsonNode tier : live.get("tiers")) {
      List<String> members = tiers.get(tier.get("tier").asString());
      if (members == null) {
        continue;
      }
      assertThat(tier.get("customers").asInt()).as(tier.toString()).isEqualTo(members.size());
      assertThat(tier.get("revenue").asString())
          .as(tier.get("tier").asString())
          .isEqualTo(
              members.stream()
                  .map(net::get)
                  .reduce(BigDecimal.ZERO, BigDecimal::add)
                  .setScale(2, RoundingMode.HALF_EVEN)
                  .toPlainString());
    }
    JsonNode topCustomers =
        admin
            .get(
                "/api/v1/analytics/pyramid/customers?scheme="
                    + scheme
                    + "&asOf="
                    + AS_OF
                    + "&tier=HIGH&limit=500")
            .json();
    List<String> codes = new ArrayList<>();
    topCustomers.get("items").forEach(i -> codes.add(i.get("code").asString()));
    assertThat(codes).containsExactlyElementsOf(tiers.get("HIGH"));

    // the month end snapshotted: the same pyramid, now read from the snapshot
    ApiClient.Response taken =
        admin.post("/api/v1/analytics/snapshots", Map.of("scheme", scheme, "to", "2010-12"));
    assertThat(taken.status()).as(taken.body()).isEqualTo(200);
    assertThat(admin.get(path).json()).isEqualTo(live);
  }

  /**
   * The header and {@code lines} data lines of the gzipped CSV from the first invoice that starts
   * after line {@link #SKIP}: the first lines are SalesImportTests' slice, whose invoices this one
   * leaves alone.
   */
  private static String slice(int lines) throws IOException {
    StringBuilder text = new StringBuilder();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(FILE)), StandardCharsets.UTF_8))) {
      text.append(in.readLine()).append('\n');
      String previous = null;
      String line = null;
      for (int i = 0; i < SKIP; i++) {
        line = in.readLine();
        previous = line.substring(0, line.indexOf(','));
      }
      while ((line = in.readLine()) != null && line.startsWith(previous + ",")) {
        // the rest of an invoice that began before the slice
      }
      for (int i = 0; i < lines && line != null; i++, line = in.readLine()) {
        text.append(line).append('\n');
      }
    }
    return text.toString();
  }
}
