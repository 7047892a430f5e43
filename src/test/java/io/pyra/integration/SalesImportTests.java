package io.pyra.integration;

import static io.pyra.integration.ImportFixtures.awaitFinished;
import static io.pyra.integration.ImportFixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pyra.identity.UserId;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.sales.SalesImportApi;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PyraIntegrationTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Imports of order lines, products and payments through the API (issue 13 point 7): slices of the
 * real Online Retail files recognised without a mapping, their totals checked against a sum this
 * test computes itself from the same lines, a second import that changes nothing, and each bad
 * input answered in the errors file while the rest imports.
 */
@PyraIntegrationTest
class SalesImportTests {

  private static final Path DATA = Path.of("../shared/data/online-retail");
  private static final int SLICE = 3000;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired SalesImportApi salesImport;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;

  private ApiClient admin;

  @BeforeEach
  void signIn() {
    admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  @Test
  void onlineRetailSlicesImportWithTotalsToTheCentAndTheSecondImportChangesNothing()
      throws IOException {
    for (String name :
        List.of("online_retail_2010_2011.csv.gz", "online_retail_ii_2009_2010.csv.gz")) {
      Path file = DATA.resolve(name);
      assumeTrue(Files.exists(file), "the Online Retail files are in ../shared/data");
      String csv = slice(file, SLICE);
      Expected expected = expected(csv);

      JsonNode done = importFile("orders", "retail.csv", csv);
      assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
      assertThat(done.get("errors").asInt()).isEqualTo(expected.refusedLines());
      assertThat(done.get("created").asInt()).isEqualTo(SLICE - 1 - expected.refusedLines());
      Totals first = totals(expected.numbers());
      assertThat(first.orders()).isEqualTo(expected.orders());
      assertThat(first.creditNotes()).isEqualTo(expected.creditNotes());
      assertThat(first.sales()).isEqualByComparingTo(expected.sales());
      assertThat(first.returns()).isEqualByComparingTo(expected.returns());
      assertThat(first.anonymous()).isEqualTo(expected.anonymous());
      assertThat(first.lines()).isEqualTo(SLICE - 1 - expected.refusedLines());
      // every customer code of the slice is a customer now, named after its code
      String someCustomer = expected.customers().getFirst();
      assertThat(
              jdbc.sql("select name from customer_customer where code = ?")
                  .param(someCustomer)
                  .query(String.class)
                  .single())
          .isEqualTo("Customer " + someCustomer);

      JsonNode again = importFile("orders", "retail.csv", csv);
      assertThat(again.get("status").asString()).isEqualTo("COMPLETED");
      assertThat(again.get("skipped").asInt()).isEqualTo(SLICE - 1 - expected.refusedLines());
      assertThat(again.get("created").asInt()).isZero();
      assertThat(again.get("updated").asInt()).isZero();
      assertThat(totals(expected.numbers())).isEqualTo(first);
    }
  }

  @Test
  void badRowsRefuseTheirOrderOnlyAndTheRestImports() {
    String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String csv =
        "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
            // a good order of a customer not yet known, in GB, two lines
            + "G"
            + tag
            + ",P"
            + tag
            + "1,RED MUG,3,2024-03-01 10:00:00,2.50,K"
            + tag
            + ",United Kingdom\n"
            + "G"
            + tag
            + ",P"
            + tag
            + "2,BLUE MUG,2,2024-03-01 10:00:00,1.25,K"
            + tag
            + ",United Kingdom\n"
            // a negative price: the whole order is refused
            + "N"
            + tag
            + ",P"
            + tag
            + "1,RED MUG,1,2024-03-01 11:00:00,-4.00,K"
            + tag
            + ",United Kingdom\n"
            + "N"
            + tag
            + ",P"
            + tag
            + "2,BLUE MUG,1,2024-03-01 11:00:00,4.00,K"
            + tag
            + ",United Kingdom\n"
            // two customers in one order: refused
            + "D"
            + tag
            + ",P"
            + tag
            + "1,RED MUG,1,2024-03-02 09:00:00,2.50,K"
            + tag
            + ",United Kingdom\n"
            + "D"
            + tag
            + ",P"
            + tag
            + "2,BLUE MUG,1,2024-03-02 09:00:00,1.25,L"
            + tag
            + ",France\n"
            // zero quantity and no number
            + "Z"
            + tag
            + ",P"
            + tag
            + "1,RED MUG,0,2024-03-02 09:00:00,2.50,,United Kingdom\n"
            + "Q"
            + tag
            + ",P"
            + tag
            + "1,RED MUG,many,2024-03-02 09:00:00,2.50,,United Kingdom\n"
            // an anonymous sale and a credit note
            + "A"
            + tag
            + ",P"
            + tag
            + "1,RED MUG,1,2024-03-03 23:30:00,2.50,,United Kingdom\n"
            + "C"
            + tag
            + ",P"
            + tag
            + "1,RED MUG,-1,2024-03-04 10:00:00,2.50,K"
            + tag
            + ",United Kingdom\n";
    JsonNode done = importFile("orders", "bad.csv", csv, "timeZone", "Europe/London");
    assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
    assertThat(done.get("created").asInt()).isEqualTo(4);
    assertThat(done.get("errors").asInt()).isEqualTo(6);
    String errors =
        admin.get("/api/v1/imports/" + done.get("id").asString() + "/errors.csv").body();
    assertThat(errors).contains("negative-price", "order-refused", "customers-differ", "quantity");
    // the outcomes: the two lines of the good order as one run of rows, every refused row alone
    List<String> outcomes = new ArrayList<>();
    admin
        .get("/api/v1/imports/" + done.get("id").asString() + "/rows")
        .json()
        .forEach(
            r ->
                outcomes.add(
                    r.get("rowNumber").asInt()
                        + "-"
                        + r.get("lastRow").asInt()
                        + " "
                        + r.get("action").asString()
                        + " "
                        + r.get("label").asString()));
    assertThat(outcomes)
        .containsExactly(
            "2-3 CREATE G" + tag,
            "4-4 ERROR N" + tag,
            "5-5 ERROR N" + tag,
            "6-6 ERROR D" + tag,
            "7-7 ERROR D" + tag,
            "8-8 ERROR Z" + tag,
            "9-9 ERROR Q" + tag,
            "10-10 CREATE A" + tag,
            "11-11 CREATE C" + tag);

    Map<String, Object> good =
        jdbc.sql(
                "select o.kind, o.amount, o.line_count, o.order_day, o.status, c.name, c.country"
                    + " from sales_order o join customer_customer c on c.id = o.customer_id"
                    + " where o.number = ?")
            .param("G" + tag)
            .query()
            .singleRow();
    assertThat(good.get("kind")).isEqualTo("ORDER");
    assertThat((BigDecimal) good.get("amount")).isEqualByComparingTo("10.00");
    assertThat(((Number) good.get("line_count")).intValue()).isEqualTo(2);
    assertThat(good.get("status")).isEqualTo("COMPLETED");
    assertThat(good.get("name")).isEqualTo("Customer K" + tag);
    assertThat(good.get("country")).isEqualTo("GB");
    assertThat(
            jdbc.sql("select name from sales_product where code = ?")
                .param("P" + tag + "1")
                .query(String.class)
                .single())
        .isEqualTo("RED MUG");
    for (String refused : List.of("N", "D", "Z", "Q")) {
      assertThat(
              jdbc.sql("select count(*) from sales_order where number = ?")
                  .param(refused + tag)
                  .query(Integer.class)
                  .single())
          .isZero();
    }
    // 23:30 in London is the next morning in the company's time zone (Asia/Shanghai)
    Map<String, Object> anonymous =
        jdbc.sql("select customer_id, order_day, owner_id from sales_order where number = ?")
            .param("A" + tag)
            .query()
            .singleRow();
    assertThat(anonymous.get("customer_id")).isNull();
    assertThat(anonymous.get("owner_id")).isNotNull();
    assertThat(day(anonymous.get("order_day"))).isEqualTo(LocalDate.of(2024, 3, 4));
    Map<String, Object> credit =
        jdbc.sql("select kind, amount from sales_order where number = ?")
            .param("C" + tag)
            .query()
            .singleRow();
    assertThat(credit.get("kind")).isEqualTo("CREDIT_NOTE");
    assertThat((BigDecimal) credit.get("amount")).isEqualByComparingTo("-2.50");

    // the same number again with other lines: the order is replaced, keeping its id
    UUID id =
        jdbc.sql("select id from sales_order where number = ?")
            .param("G" + tag)
            .query(UUID.class)
            .single();
    String changed =
        "Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country\n"
            + "G"
            + tag
            + ",P"
            + tag
            + "1,RED MUG,5,2024-03-01 10:00:00,2.50,K"
            + tag
            + ",United Kingdom\n";
    JsonNode replaced = importFile("orders", "changed.csv", changed, "timeZone", "Europe/London");
    assertThat(replaced.get("updated").asInt()).isEqualTo(1);
    Map<String, Object> after =
        jdbc.sql("select id, amount, line_count from sales_order where number = ?")
            .param("G" + tag)
            .query()
            .singleRow();
    assertThat(after.get("id")).isEqualTo(id);
    assertThat((BigDecimal) after.get("amount")).isEqualByComparingTo("12.50");
    assertThat(((Number) after.get("line_count")).intValue()).isEqualTo(1);

    // payments of that order: an instalment and a payment; again: nothing new; unknown order,
    // more than outstanding: refused
    String payments =
        "Order number,Due date,Paid date,Amount,Method\n"
            + "G"
            + tag
            + ",2024-03-31,2024-03-20,5.00,transfer\n"
            + "G"
            + tag
            + ",2024-04-30,,7.50,\n"
            + "X"
            + tag
            + ",,2024-03-20,1.00,\n"
            + "G"
            + tag
            + ",,2024-03-21,100.00,cash\n";
    JsonNode paid = importFile("payments", "payments.csv", payments);
    assertThat(paid.get("created").asInt()).isEqualTo(2);
    assertThat(paid.get("errors").asInt()).isEqualTo(2);
    assertThat(
            jdbc.sql("select paid from sales_order where id = ?")
                .param(id)
                .query(BigDecimal.class)
                .single())
        .isEqualByComparingTo("5.00");
    assertThat(
            jdbc.sql("select count(*) from sales_instalment where order_id = ?")
                .param(id)
                .query(Integer.class)
                .single())
        .isEqualTo(2);
    JsonNode paidAgain = importFile("payments", "payments.csv", payments);
    assertThat(paidAgain.get("created").asInt()).isZero();
    assertThat(paidAgain.get("skipped").asInt()).isEqualTo(2);
    assertThat(
            jdbc.sql("select count(*) from sales_payment where order_id = ?")
                .param(id)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void anImportedNumberOfTheGeneratedFormIsNeverGeneratedAfterwards() {
    String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String header =
        "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";
    JsonNode first =
        importFile(
            "orders",
            "first.csv",
            header
                + "F"
                + tag
                + ",P"
                + tag
                + "1,RED MUG,1,2024-03-01 10:00:00,2.50,K"
                + tag
                + ",United Kingdom\n",
            "timeZone",
            "Europe/London");
    assertThat(first.get("created").asInt()).isEqualTo(1);
    UUID customer =
        jdbc.sql("select customer_id from sales_order where number = ?")
            .param("F" + tag)
            .query(UUID.class)
            .single();
    long generated = generatedValue(customer);
    String imported = String.format("SO-%06d", generated + 5);

    JsonNode second =
        importFile(
            "orders",
            "second.csv",
            header
                + imported
                + ",P"
                + tag
                + "1,RED MUG,2,2024-03-02 10:00:00,2.50,K"
                + tag
                + ",United Kingdom\n",
            "timeZone",
            "Europe/London");

    assertThat(second.get("created").asInt()).as(second.toString()).isEqualTo(1);
    assertThat(generatedValue(customer)).isGreaterThan(generated + 5);
  }

  /** The sequence value behind the number of an order written through the API (SO-000042: 42). */
  private long generatedValue(UUID customer) {
    ApiClient.Response created =
        admin.post(
            "/api/v1/orders",
            Map.of(
                "customerId",
                customer,
                "currency",
                "CNY",
                "lines",
                List.of(Map.of("description", "Course", "quantity", "1", "unitPrice", "10"))));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String number = created.json().get("number").asString();
    assertThat(number).matches("SO-\\d{6,}");
    return Long.parseLong(number.substring(3));
  }

  @Test
  void aPaymentsImportFindsOnlyTheOrdersItsImporterMaySee() {
    String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String csv =
        "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
            + "V"
            + tag
            + ",P"
            + tag
            + ",RED MUG,2,2024-03-01 10:00:00,2.50,V"
            + tag
            + ",United Kingdom\n";
    assertThat(importFile("orders", "retail.csv", csv).get("created").asInt()).isEqualTo(1);
    OrgFixtures org = new OrgFixtures(orgUnits, users, roles);
    UserAccount elsewhere = org.user(org.branch(), "FINANCE");
    UserAccount administrator =
        users.byUsername("admin").orElseThrow(); // order.read over every org unit

    assertThat(salesImport.ordersSeenBy(List.of("V" + tag), new UserId(elsewhere.id())))
        .as("finance of another branch finds no order of the root's customer")
        .isEmpty();
    assertThat(salesImport.ordersSeenBy(List.of("V" + tag), new UserId(administrator.id())))
        .containsOnlyKeys("V" + tag);
  }

  @Test
  void productsAreCreatedChangedAndLeftAsTheyAre() {
    String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String csv =
        "Code,Name,Unit,List price,Unit cost,Currency,Active,Valid from,Valid to\n"
            + "E"
            + tag
            + ",Excel course,course,1200.00,300,CNY,yes,2024-01-01,2024-12-31\n"
            + "F"
            + tag
            + ",Fee,hour,80,,,no,,\n"
            + "B"
            + tag
            + ",Bad,gallon,1,,,,,\n";
    JsonNode done = importFile("products", "products.csv", csv);
    assertThat(done.get("created").asInt()).isEqualTo(2);
    assertThat(done.get("errors").asInt()).isEqualTo(1);
    JsonNode again = importFile("products", "products.csv", csv);
    assertThat(again.get("skipped").asInt()).isEqualTo(2);
    JsonNode changed =
        importFile(
            "products",
            "products.csv",
            "Code,Name,Unit,List price\nE" + tag + ",Excel course II,course,1300\n");
    assertThat(changed.get("updated").asInt()).isEqualTo(1);
    Map<String, Object> product =
        jdbc.sql("select name, list_price, unit, active from sales_product where code = ?")
            .param("E" + tag)
            .query()
            .singleRow();
    assertThat(product.get("name")).isEqualTo("Excel course II");
    assertThat((BigDecimal) product.get("list_price")).isEqualByComparingTo("1300");
    assertThat(product.get("unit")).isEqualTo("COURSE");
  }

  @Test
  void anXlsxFileOfOrdersImportsAsACsvDoes() throws IOException {
    String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    double customer =
        9_000_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000);
    byte[] xlsx;
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook =
            new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("Orders");
      org.apache.poi.ss.usermodel.CellStyle when = workbook.createCellStyle();
      when.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
      String[] header = {
        "InvoiceNo",
        "StockCode",
        "Description",
        "Quantity",
        "InvoiceDate",
        "UnitPrice",
        "CustomerID",
        "Country"
      };
      org.apache.poi.ss.usermodel.Row top = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        top.createCell(i).setCellValue(header[i]);
      }
      // as a spreadsheet keeps them: numbers as numbers (the customer's too), the time as a date
      Object[][] rows = {
        {"X" + tag, "P" + tag + "1", "RED MUG", 3.0, 2.5, customer},
        {"X" + tag, "P" + tag + "2", "BLUE MUG", 2.0, 1.25, customer},
        {"Y" + tag, "P" + tag + "1", "RED MUG", 1.0, 2.5, null}
      };
      for (int r = 0; r < rows.length; r++) {
        org.apache.poi.ss.usermodel.Row row = sheet.createRow(r + 1);
        row.createCell(0).setCellValue((String) rows[r][0]);
        row.createCell(1).setCellValue((String) rows[r][1]);
        row.createCell(2).setCellValue((String) rows[r][2]);
        row.createCell(3).setCellValue((Double) rows[r][3]);
        org.apache.poi.ss.usermodel.Cell time = row.createCell(4);
        time.setCellValue(java.time.LocalDateTime.of(2024, 3, 1, 10, 0));
        time.setCellStyle(when);
        row.createCell(5).setCellValue((Double) rows[r][4]);
        if (rows[r][5] != null) {
          row.createCell(6).setCellValue((Double) rows[r][5]);
        }
        row.createCell(7).setCellValue("United Kingdom");
      }
      workbook.write(out);
      xlsx = out.toByteArray();
    }
    ApiClient.Response response =
        upload(admin, "orders.xlsx", xlsx, "entity", "orders", "timeZone", "Europe/London");
    assertThat(response.status()).as(response.body()).isEqualTo(202);
    JsonNode done = awaitFinished(admin, response.json().get("id").asString());

    assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("COMPLETED");
    assertThat(done.get("created").asInt()).isEqualTo(3);
    assertThat(done.get("errors").asInt()).isZero();
    Map<String, Object> order =
        jdbc.sql(
                "select o.amount, o.line_count, o.ordered_at, c.code from sales_order o"
                    + " join customer_customer c on c.id = o.customer_id where o.number = ?")
            .param("X" + tag)
            .query()
            .singleRow();
    assertThat((BigDecimal) order.get("amount"))
        .isEqualByComparingTo("10.00"); // 3 × 2.50 + 2 × 1.25
    assertThat(((Number) order.get("line_count")).intValue()).isEqualTo(2);
    assertThat(order.get("code")).isEqualTo(String.valueOf((long) customer));
    assertThat(updatedAt(order.get("ordered_at")).toInstant())
        .isEqualTo(java.time.Instant.parse("2024-03-01T10:00:00Z")); // London is on GMT in March
    assertThat(
            jdbc.sql("select customer_id from sales_order where number = ?")
                .param("Y" + tag)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1)))
                .single())
        .isEmpty();
  }

  private JsonNode importFile(String entity, String name, String csv, String... fields) {
    List<String> all = new ArrayList<>(List.of("entity", entity));
    all.addAll(List.of(fields));
    ApiClient.Response response =
        upload(admin, name, csv.getBytes(StandardCharsets.UTF_8), all.toArray(String[]::new));
    assertThat(response.status()).as(response.body()).isEqualTo(202);
    return awaitFinished(admin, response.json().get("id").asString());
  }

  private static LocalDate day(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }

  /** The header and the first {@code lines - 1} data lines of a gzipped CSV. */
  private static String slice(Path file, int lines) throws IOException {
    StringBuilder text = new StringBuilder();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      for (int i = 0; i < lines; i++) {
        String line = in.readLine();
        if (line == null) {
          break;
        }
        text.append(line).append('\n');
      }
    }
    return text.toString();
  }

  private record Expected(
      List<String> numbers,
      int orders,
      int creditNotes,
      BigDecimal sales,
      BigDecimal returns,
      int anonymous,
      int refusedLines,
      List<String> customers) {}

  /**
   * The slice's totals computed here, with plain Java and independently of the import: rows grouped
   * by invoice; an invoice with a negative unit price is left out whole; quantity x price summed
   * per kind (C… = credit note), anonymous sales included.
   */
  private static Expected expected(String csv) {
    Map<String, List<String[]>> invoices = new LinkedHashMap<>();
    String[] lines = csv.split("\n");
    for (int i = 1; i < lines.length; i++) {
      String[] cells = cells(lines[i]);
      invoices.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(cells);
    }
    int orders = 0;
    int credits = 0;
    int anonymous = 0;
    int refused = 0;
    BigDecimal sales = BigDecimal.ZERO;
    BigDecimal returns = BigDecimal.ZERO;
    List<String> numbers = new ArrayList<>();
    List<String> customers = new ArrayList<>();
    for (Map.Entry<String, List<String[]>> invoice : invoices.entrySet()) {
      List<String[]> rows = invoice.getValue();
      if (rows.stream().anyMatch(r -> new BigDecimal(r[5]).signum() < 0)) {
        refused += rows.size();
        continue;
      }
      numbers.add(invoice.getKey());
      BigDecimal sum = BigDecimal.ZERO;
      for (String[] r : rows) {
        sum = sum.add(new BigDecimal(r[3]).multiply(new BigDecimal(r[5])));
      }
      if (rows.getFirst()[6].isEmpty()) {
        anonymous++;
      } else {
        customers.add(rows.getFirst()[6]);
      }
      if (invoice.getKey().startsWith("C")) {
        credits++;
        returns = returns.add(sum);
      } else {
        orders++;
        sales = sales.add(sum);
      }
    }
    return new Expected(numbers, orders, credits, sales, returns, anonymous, refused, customers);
  }

  /** A CSV line's cells (quoted cells with doubled quotes allowed). */
  private static String[] cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells.toArray(String[]::new);
  }

  private record Totals(
      int orders,
      int creditNotes,
      BigDecimal sales,
      BigDecimal returns,
      int anonymous,
      int lines,
      OffsetDateTime lastUpdated) {

    @Override
    public boolean equals(Object other) {
      return other instanceof Totals t
          && orders == t.orders
          && creditNotes == t.creditNotes
          && sales.compareTo(t.sales) == 0
          && returns.compareTo(t.returns) == 0
          && anonymous == t.anonymous
          && lines == t.lines
          && lastUpdated.isEqual(t.lastUpdated);
    }

    @Override
    public int hashCode() {
      return orders;
    }
  }

  private Totals totals(List<String> numbers) {
    int orders = 0;
    int credits = 0;
    int anonymous = 0;
    int lines = 0;
    BigDecimal sales = BigDecimal.ZERO;
    BigDecimal returns = BigDecimal.ZERO;
    OffsetDateTime last = OffsetDateTime.parse("2000-01-01T00:00:00Z");
    for (int i = 0; i < numbers.size(); i += 500) {
      List<String> part = numbers.subList(i, Math.min(numbers.size(), i + 500));
      for (Map<String, Object> row :
          jdbc.sql(
                  "select kind, customer_id, amount, line_count, updated_at from sales_order"
                      + " where number in (:numbers) and status = 'COMPLETED'")
              .param("numbers", part)
              .query()
              .listOfRows()) {
        BigDecimal amount = (BigDecimal) row.get("amount");
        if ("CREDIT_NOTE".equals(row.get("kind"))) {
          credits++;
          returns = returns.add(amount);
        } else {
          orders++;
          sales = sales.add(amount);
        }
        if (row.get("customer_id") == null) {
          anonymous++;
        }
        lines += ((Number) row.get("line_count")).intValue();
        OffsetDateTime updated = updatedAt(row.get("updated_at"));
        if (updated.isAfter(last)) {
          last = updated;
        }
      }
    }
    return new Totals(orders, credits, sales, returns, anonymous, lines, last);
  }

  private static OffsetDateTime updatedAt(Object value) {
    if (value instanceof OffsetDateTime t) {
      return t;
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
    return OffsetDateTime.parse(value.toString());
  }
}
