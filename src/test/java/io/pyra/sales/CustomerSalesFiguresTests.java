package io.pyra.sales;

import static io.pyra.sales.SalesStaff.today;
import static io.pyra.sales.SalesStaff.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.customer.CustomerId;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A customer's figures from what finance recorded through the API, against the same figures worked
 * out by hand; the known-caller card shows the lifetime revenue to those who may see orders, the
 * customer page's sales panel shows the figures, and the timeline the payments and refunds.
 */
@PyraIntegrationTest
class CustomerSalesFiguresTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired SalesApi sales;

  SalesStaff staff;
  OrgUnit unit;
  UserAccount consultant;
  UserAccount finance;
  ApiClient api;
  String phone;
  UUID customer;
  LocalDate t;

  @BeforeEach
  void setUp() {
    staff = new SalesStaff(orgUnits, users, roles, jdbc, port);
    unit = staff.unit();
    consultant = staff.user(unit, "COURSE_CONSULTANT");
    finance = staff.user(unit, "FINANCE");
    api = staff.api(finance);
    phone = "138" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    customer = staff.customer(unique("Sun Li"), consultant, unit, phone);
    t = today();
  }

  static BigDecimal m(String value) {
    return new BigDecimal(value);
  }

  private void pay(UUID order, String amount, LocalDate on) {
    ApiClient.Response r =
        api.post(
            "/api/v1/orders/" + order + "/payments",
            Map.of("amount", amount, "paidAt", on.toString(), "method", "TRANSFER"));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
  }

  @Test
  void theFiguresAreThoseWorkedOutByHandAndTheCardAndPageShowThem() {
    UUID a =
        staff.order(
            customer, consultant, "ORDER", "SIGNED", t.minusDays(30), "CNY", "1", "1000", "400");
    String schedule = "/api/v1/orders/" + a + "/instalments";
    ApiClient.Response put =
        api.put(
            schedule,
            Map.of(
                "instalments",
                List.of(
                    Map.of("dueOn", t.minusDays(30).toString(), "amount", "500"),
                    Map.of("dueOn", t.minusDays(5).toString(), "amount", "500"))),
            api.get(schedule).header("ETag"));
    assertThat(put.status()).as(put.body()).isEqualTo(200);
    pay(a, "500", t.minusDays(25));
    pay(a, "200", t.minusDays(5));
    assertThat(
            api.post(
                    "/api/v1/orders/" + a + "/refunds",
                    Map.of("amount", "50", "reason", "Discount"))
                .status())
        .isEqualTo(201);
    UUID b =
        staff.order(
            customer,
            consultant,
            "ORDER",
            "COMPLETED",
            t.minusDays(400),
            "USD",
            "7.1",
            "100",
            "30");
    pay(b, "100", t.minusDays(390));
    staff.order(
        customer,
        consultant,
        "CREDIT_NOTE",
        "COMPLETED",
        t.minusDays(10),
        "CNY",
        "1",
        "-80",
        "-20");
    staff.order(customer, consultant, "ORDER", "DRAFT", t.minusDays(1), "CNY", "1", "999", "0");

    CustomerSalesFigures figures = sales.figuresOf(new CustomerId(customer));

    BigDecimal usd = m("7.1");
    BigDecimal lifetime = m("1000").add(m("100").multiply(usd)).subtract(m("80")).subtract(m("50"));
    BigDecimal cost = m("400").add(m("30").multiply(usd)).subtract(m("20"));
    assertThat(figures.lifetimeRevenue()).isEqualByComparingTo(lifetime);
    assertThat(figures.revenue12Months())
        .isEqualByComparingTo(m("1000").subtract(m("80")).subtract(m("50")));
    assertThat(figures.lifetimeCost()).isEqualByComparingTo(cost);
    assertThat(figures.lifetimeMargin()).isEqualByComparingTo(lifetime.subtract(cost));
    assertThat(figures.outstanding()).isEqualByComparingTo(m("1000").subtract(m("700")));
    assertThat(figures.overdue()).isEqualByComparingTo(m("1000").subtract(m("700")));
    BigDecimal late = m("500").add(m("100").multiply(usd));
    BigDecimal allocated = late.add(m("200"));
    BigDecimal days = m("500").multiply(m("5")).add(m("100").multiply(usd).multiply(m("10")));
    assertThat(figures.lateShare()).isEqualTo(late.divide(allocated, 4, RoundingMode.HALF_EVEN));
    assertThat(figures.averageDaysLate()).isEqualTo(days.divide(late, 2, RoundingMode.HALF_EVEN));
    assertThat(figures.orders()).isEqualTo(3);
    assertThat(figures.lastOrderId()).isEqualTo(new OrderId(a));
    assertThat(figures.baseCurrency()).isEqualTo("CNY");

    JsonNode card = api.get("/api/v1/customers/lookup?phone=" + phone).json().get("items").get(0);
    assertThat(card.get("lifetimeRevenue").decimalValue()).isEqualByComparingTo(lifetime);

    PageClient pages = staff.pages(finance);
    String panel = pages.get("/customers/" + customer + "/sales").body();
    assertThat(panel).contains("1,580.00 CNY").contains("/orders?customer=" + customer);
    assertThat(pages.get("/customers/" + customer).body())
        .contains("/customers/" + customer + "/sales");
    assertThat(pages.get("/lookup?phone=" + phone).body()).contains("1,580.00");

    JsonNode timeline =
        api.get("/api/v1/customers/" + customer + "/timeline?kinds=payment,refund&limit=10").json();
    List<String> kinds =
        timeline.get("items").valueStream().map(e -> e.get("kind").asString()).toList();
    assertThat(kinds).containsExactly("refund", "payment", "payment", "payment");
    assertThat(timeline.get("items").get(0).get("title").asString()).isEqualTo("Refund: 50.00 CNY");
  }

  @Test
  void aCustomerThatBoughtNothingHasZeroRevenueOnTheCardForFinanceAndNoneForTheFrontDesk() {
    staff.order(customer, consultant, "ORDER", "CANCELLED", t, "CNY", "1", "500", "0");

    CustomerSalesFigures figures = sales.figuresOf(new CustomerId(customer));
    assertThat(figures.lifetimeRevenue()).isEqualByComparingTo("0");
    assertThat(figures.outstanding()).isEqualByComparingTo("0");
    assertThat(figures.lateShare()).isNull();
    assertThat(figures.averageDaysLate()).isNull();
    assertThat(figures.lastOrderId()).isNull();

    JsonNode card = api.get("/api/v1/customers/lookup?phone=" + phone).json().get("items").get(0);
    assertThat(card.get("lifetimeRevenue").decimalValue()).isEqualByComparingTo("0");

    UserAccount desk = staff.user(unit, "FRONT_DESK");
    JsonNode deskCard =
        staff.api(desk).get("/api/v1/customers/lookup?phone=" + phone).json().get("items").get(0);
    assertThat(deskCard.get("lifetimeRevenue") == null || deskCard.get("lifetimeRevenue").isNull())
        .isTrue();
    assertThat(staff.pages(desk).get("/customers/" + customer + "/sales").status()).isEqualTo(403);
  }
}
