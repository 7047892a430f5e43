package io.pyra.sales;

import static io.pyra.sales.SalesStaff.today;
import static io.pyra.sales.SalesStaff.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The payments section of an order's page: its totals, schedule, payments and refunds; finance's
 * forms record a payment, a refund and a schedule, and a refusal shows its message in the section
 * and changes nothing; in English and Chinese.
 */
@PyraIntegrationTest
class PaymentPageTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  SalesStaff staff;
  OrgUnit unit;
  UserAccount consultant;
  UserAccount finance;
  UUID customer;

  @BeforeEach
  void setUp() {
    staff = new SalesStaff(orgUnits, users, roles, jdbc, port);
    unit = staff.unit();
    consultant = staff.user(unit, "COURSE_CONSULTANT");
    finance = staff.user(unit, "FINANCE");
    customer = staff.customer(unique("Zhou Min"), consultant, unit, null);
  }

  @Test
  void financeRecordsAPaymentARefundAndAScheduleWithTheSectionsForms() {
    UUID order = staff.order(customer, consultant, "SIGNED", today().minusDays(3), "800");
    PageClient pages = staff.pages(finance);
    String section = "/orders/" + order + "/payments";

    Document empty = pages.get(section).document();
    assertThat(empty.select("#payments-outstanding").text()).isEqualTo("800.00 CNY");
    assertThat(empty.select("#payments-overdue").text()).isEqualTo("800.00 CNY");
    assertThat(empty.select("#schedule-defaulted")).hasSize(1);
    assertThat(empty.select("#payment-form input[name=_csrf]")).hasSize(1);

    PageClient.Page saved =
        pages.post(
            section,
            Map.of(
                "amount",
                "300",
                "paidAt",
                today().toString(),
                "method",
                "ALIPAY",
                "reference",
                "A-1"));
    assertThat(saved.status()).isEqualTo(302);
    assertThat(saved.location()).endsWith("/orders/" + order);

    Document paid = pages.get(section).document();
    assertThat(paid.select(".payment-row")).hasSize(1);
    assertThat(paid.select(".payment-row").text())
        .contains("300.00")
        .contains("Alipay")
        .contains("A-1");
    assertThat(paid.select("#payments-outstanding").text()).isEqualTo("500.00 CNY");

    assertThat(
            pages
                .post(
                    "/orders/" + order + "/refunds",
                    Map.of("amount", "20", "reason", "Books not needed"))
                .status())
        .isEqualTo(302);
    pages.get(section);
    String version =
        String.valueOf(
            jdbc.sql("select version from sales_order where id = ?")
                .param(order)
                .query(Long.class)
                .single());
    assertThat(
            pages
                .post(
                    "/orders/" + order + "/instalments",
                    Map.of(
                        "version",
                        version,
                        "dueOn",
                        today().plusDays(30).toString(),
                        "amount",
                        "800"))
                .status())
        .isEqualTo(302);

    Document after = pages.get(section).document();
    assertThat(after.select(".refund-row").text()).contains("20.00").contains("Books not needed");
    assertThat(after.select(".instalment-row")).hasSize(1);
    assertThat(after.select("#payments-overdue").text()).isEqualTo("0.00 CNY");
  }

  @Test
  void aRefusedPaymentShowsItsMessageInTheSectionAndChangesNothing() {
    UUID draft = staff.order(customer, consultant, "DRAFT", today(), "100");
    PageClient pages = staff.pages(finance);
    String section = "/orders/" + draft + "/payments";
    pages.get(section);

    Document refused =
        pages
            .post(section, Map.of("amount", "abc", "method", "CASH", "paidAt", today().toString()))
            .document();
    assertThat(refused.select("#payment-errors").text())
        .contains("The amount must be a number")
        .contains("A draft order takes no payment");
    assertThat(refused.select("#payment-amount").val()).isEqualTo("abc");
    assertThat(staff.state(draft)).isEqualTo("0/0/0");

    PageClient chinese = staff.pages(staff.user(unit, "FINANCE", "zh-CN"));
    chinese.get(section);
    Document zh = chinese.post(section, Map.of("amount", "10", "method", "CASH")).document();
    assertThat(zh.select("#payment-errors").text()).contains("草稿订单不能登记收款");
    assertThat(zh.select("h3").text()).contains("分期收款计划").contains("收款").contains("退款");
  }

  @Test
  void aConsultantSeesTheSectionOfTheirOrderWithoutFormsAndNotAnotherOne() {
    UUID order = staff.order(customer, consultant, "SIGNED", today(), "100");
    PageClient pages = staff.pages(consultant);

    Document section = pages.get("/orders/" + order + "/payments").document();
    assertThat(section.select("#order-payments")).hasSize(1);
    assertThat(section.select("#payment-form")).isEmpty();
    UserAccount other = staff.user(staff.unit(), "COURSE_CONSULTANT");
    assertThat(staff.pages(other).get("/orders/" + order + "/payments").status()).isEqualTo(404);
    assertThat(
            pages
                .post("/orders/" + order + "/payments", Map.of("amount", "1", "method", "CASH"))
                .status())
        .isEqualTo(403);
  }
}
