package io.pyra.sales;

import static io.pyra.sales.OrderApiTests.fields;
import static io.pyra.sales.OrderStaff.line;
import static io.pyra.sales.OrderStaff.order;
import static io.pyra.sales.OrderStaff.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every bad order the issue names gets a 422 naming the field and the rule, and changes nothing.
 */
@PyraIntegrationTest
class OrderBadInputTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  OrderStaff staff;
  OrgUnit branch;
  UserAccount consultant;
  UUID customer;

  @BeforeEach
  void setUp() {
    staff = new OrderStaff(orgUnits, users, roles, jdbc, port);
    branch = staff.branch();
    consultant = staff.user(branch, "COURSE_CONSULTANT");
    customer = staff.customer(unique("Wang Fang"), consultant, branch);
  }

  @Test
  void aCustomerNotVisibleAndAnUnknownOneGetTheSameAnswer() {
    UserAccount colleague = staff.user(branch, "COURSE_CONSULTANT");
    UUID theirs = staff.customer(unique("Not mine"), colleague, branch);

    ApiClient.Response hidden = refused(order(theirs), "customerId", "not-found");
    ApiClient.Response unknown = refused(order(UUID.randomUUID()), "customerId", "not-found");

    assertThat(hidden.json().get("errors")).isEqualTo(unknown.json().get("errors"));
    Map<String, Object> byCode = order(null);
    byCode.remove("customerId");
    byCode.put("customerCode", "C-999999999");
    refused(byCode, "customerCode", "not-found");
  }

  @Test
  void anUnknownProductCode() {
    Map<String, Object> line = line(null, "1", "100", null, null);
    line.put("productCode", "NO-SUCH-" + UUID.randomUUID().toString().substring(0, 6));
    refused(order(customer, line), "lines[0].productCode", "not-found");
  }

  @Test
  void aZeroOrNonNumericQuantity() {
    refused(
        order(customer, line("Course", "0", "100", null, null)), "lines[0].quantity", "not-zero");
    refused(
        order(customer, line("Course", "two", "100", null, null)), "lines[0].quantity", "number");
    refused(
        order(customer, line("Course", "-1", "100", null, null)), "lines[0].quantity", "positive");
  }

  @Test
  void aNegativePriceOnASale() {
    refused(
        order(customer, line("Course", "1", "-100", null, null)),
        "lines[0].unitPrice",
        "not-negative");
  }

  @Test
  void aDiscountOverAHundredPercent() {
    refused(
        order(customer, line("Course", "1", "100", "100.5", null)),
        "lines[0].discountPercent",
        "range");
  }

  @Test
  void aCurrencyThatIsNotIsoOrHasNoRate() {
    Map<String, Object> notIso = order(customer);
    notIso.put("currency", "XYZ");
    refused(notIso, "currency", "iso-4217");
    Map<String, Object> noRate = order(customer);
    noRate.put("currency", currencyWithoutRate());
    refused(noRate, "currency", "no-rate");
  }

  @Test
  void tooManyLinesAndTooLongTexts() {
    Map<String, Object> many = order(customer);
    many.put("lines", OrderStaff.lines(501));
    refused(many, "lines", "max-items");
    Map<String, Object> notes = order(customer);
    notes.put("notes", "n".repeat(2001));
    refused(notes, "notes", "max-length");
    refused(
        order(customer, line("d".repeat(301), "1", "1", null, null)),
        "lines[0].description",
        "size");
    Map<String, Object> number = order(customer);
    number.put("number", "N".repeat(41));
    refused(number, "number", "max-length");
  }

  @Test
  void aNumberAlreadyTaken() {
    Map<String, Object> body = order(customer);
    body.put("number", "SO-T-" + UUID.randomUUID().toString().substring(0, 8));
    assertThat(staff.api(consultant).post("/api/v1/orders", body).status()).isEqualTo(201);
    refused(body, "number", "unique");
  }

  @Test
  void writingAnOrderAlreadySignedNeedsTheSignPermission() {
    Map<String, Object> body = order(customer);
    body.put("status", "SIGNED");
    long before = staff.orderCount();
    assertThat(staff.api(consultant).post("/api/v1/orders", body).status()).isEqualTo(403);
    assertThat(staff.orderCount()).isEqualTo(before);
    ApiClient.Response created = staff.admin().post("/api/v1/orders", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().get("status").asString()).isEqualTo("SIGNED");
  }

  private ApiClient.Response refused(Map<String, Object> body, String field, String rule) {
    long before = staff.orderCount();
    ApiClient.Response response = staff.api(consultant).post("/api/v1/orders", body);
    assertThat(response.status()).as(response.body()).isEqualTo(422);
    assertThat(fields(response)).as(response.body()).containsEntry(field, rule);
    assertThat(staff.orderCount()).isEqualTo(before);
    return response;
  }

  /**
   * An ISO 4217 currency that no test has given a rate (the tests share one database, and others
   * add rates for the currencies they use).
   */
  private String currencyWithoutRate() {
    java.util.Set<String> rated =
        new java.util.HashSet<>(
            jdbc.sql("select distinct currency from sales_exchange_rate")
                .query(String.class)
                .list());
    return java.util.Currency.getAvailableCurrencies().stream()
        .map(java.util.Currency::getCurrencyCode)
        .filter(code -> !rated.contains(code) && !code.equals("CNY"))
        .sorted()
        .findFirst()
        .orElseThrow();
  }
}
