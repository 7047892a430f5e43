package io.pyra.sales;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.BrowserTest;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The consultant's flow of issue 13 as three people walk it in the browser: the consultant records
 * an opportunity, drags it through the kanban board to the won stage and writes the contract that
 * the won stage asks for; the enrolment specialist signs it off; finance records the payment; the
 * consultant's known-caller card then shows the customer's revenue. Every figure the pages show is
 * the test's own arithmetic: 2 × 4,800.00 with 10 % off = 8,640.00, paid in full.
 */
@BrowserTest
class ConsultantFlowBrowserTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  @Test
  void anOpportunityDraggedToWonBecomesASignedPaidContractThatTheCardCounts(Page page) {
    SalesStaff staff = new SalesStaff(orgUnits, users, roles, jdbc, port);
    OrgUnit branch = staff.unit();
    UserAccount consultant = staff.user(branch, "COURSE_CONSULTANT");
    UserAccount specialist = staff.user(branch, "ENROLMENT_SPECIALIST");
    UserAccount finance = staff.user(branch, "FINANCE");
    String phone = "139" + String.format("%08d", (long) (Math.random() * 100_000_000L));
    String customerName = SalesStaff.unique("Flow customer");
    UUID customerId = staff.customer(customerName, consultant, branch, phone);
    String customerCode =
        jdbc.sql("select code from customer_card_view where id = :id")
            .param("id", customerId)
            .query(String.class)
            .single();
    String title = SalesStaff.unique("IELTS course");

    signIn(page, consultant);
    page.navigate(url("/opportunities/new?pipeline=TRAINING"));
    page.locator("#title").fill(title);
    page.locator("#customerCode").fill(customerCode);
    page.locator("#amount").fill("8640");
    page.locator("#currency").fill("CNY");
    page.locator("#save").click();
    page.waitForLoadState(LoadState.LOAD);

    page.navigate(url("/opportunities/board?pipeline=TRAINING"));
    Locator card = page.locator("[data-board-card]", new Page.LocatorOptions().setHasText(title));
    assertThat(
            page.locator("#column-INQUIRY")
                .locator("[data-board-card]")
                .filter(new Locator.FilterOptions().setHasText(title)))
        .hasCount(1);
    for (String stage : new String[] {"VISIT", "CONSULTATION", "PROPOSAL"}) {
      card.dragTo(page.locator("#column-" + stage + " .card-body").first());
      assertThat(
              page.locator("#column-" + stage)
                  .locator("[data-board-card]")
                  .filter(new Locator.FilterOptions().setHasText(title)))
          .hasCount(1);
      card = page.locator("[data-board-card]", new Page.LocatorOptions().setHasText(title));
    }
    card.dragTo(page.locator("#column-CONTRACT .card-body").first());
    page.waitForURL(Pattern.compile(".*/orders/new\\?opportunity=.*"));

    // the contract the won stage asks for: the customer comes from the opportunity
    page.locator("#kind").selectOption("CONTRACT");
    assertThat(page.locator("#customerCode")).hasValue(customerCode);
    page.locator("[name='lines[0].description']").fill("IELTS preparation, 40 hours");
    page.locator("[name='lines[0].quantity']").fill("2");
    page.locator("[name='lines[0].unitPrice']").fill("4800");
    page.locator("[name='lines[0].discountPercent']").fill("10");
    page.locator("[name='lines[0].unitCost']").fill("1500");
    page.locator("#save").click();
    assertThat(page.locator("#order-status")).hasText("Draft");
    assertThat(page.locator("#order-net")).hasText("8,640.00 CNY");
    assertThat(page.locator("#order-cost")).hasText("3,000.00 CNY");
    assertThat(page.locator("#order-margin")).hasText("5,640.00 CNY");
    assertThat(page.locator("#sign-order")).hasCount(0);
    String orderUrl = page.url();

    signOutAndIn(page, specialist);
    page.navigate(orderUrl);
    page.locator("#sign-order").click();
    assertThat(page.locator("#order-status")).hasText("Signed");

    signOutAndIn(page, finance);
    page.navigate(orderUrl);
    Locator payments = page.locator("#order-payments");
    assertThat(payments.locator("#payments-outstanding")).hasText("8,640.00 CNY");
    payments.locator("#payment-amount").fill("8640");
    payments.locator("#payment-submit").click();
    assertThat(page.locator("#payments-paid")).hasText("8,640.00 CNY");
    assertThat(page.locator("#payments-outstanding")).hasText("0.00 CNY");

    signOutAndIn(page, consultant);
    page.navigate(url("/lookup"));
    page.locator("#lookup-phone").fill(phone);
    page.keyboard().press("Enter");
    Locator found = page.locator("#lookup-cards .customer-card");
    assertThat(found).hasCount(1);
    assertThat(found.locator(".card-revenue")).hasText("8,640.00");
    assertThat(
            jdbc.sql(
                    "select count(*) from sales_order where opportunity_id is not null and customer_id = :c")
                .param("c", customerId)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  private void signOutAndIn(Page page, UserAccount user) {
    page.context().clearCookies();
    signIn(page, user);
  }

  private void signIn(Page page, UserAccount user) {
    page.setViewportSize(1400, 900);
    page.navigate(url("/login"));
    page.locator("#username").fill(user.username());
    page.locator("#password").fill(SalesStaff.PASSWORD);
    page.locator("#sign-in").click();
    try {
      assertThat(page.locator("#welcome")).isVisible();
    } catch (AssertionError e) {
      // what the person saw instead of their home page (the sign-in was lost inside the full suite
      // a few times, never alone): the address and the start of the page's text
      String text = page.locator("body").innerText();
      throw new AssertionError(
          "signed in as "
              + user.username()
              + ", the browser shows "
              + page.url()
              + ": "
              + text.substring(0, Math.min(600, text.length())),
          e);
    }
    page.waitForLoadState(LoadState.LOAD);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
