package io.pyra.sales;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.pyra.sales.OpportunityStaff.unique;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.BrowserTest;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A consultant works the kanban board: drags a deal to Lost, is asked why, picks the reason and the
 * competitor, and finds the card in the Lost column and the reason on the opportunity's page; drags
 * another deal across the stages to the contract stage and lands on the order form.
 */
@BrowserTest
class OpportunityBrowserTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  OpportunityStaff staff;
  OrgUnit unit;
  UserAccount consultant;
  UUID customer;

  @BeforeEach
  void setUp() {
    staff = new OpportunityStaff(orgUnits, users, roles, jdbc, port);
    unit = staff.unit();
    consultant = staff.user(unit, "COURSE_CONSULTANT");
    customer = staff.customer(unique("Liu Yang"), consultant, unit);
  }

  @Test
  void aDealDraggedToLostAsksForTheReasonAndKeepsIt(Page page) {
    String title = unique("IELTS evening class");
    UUID id = staff.record(consultant, title, customer, "TRAINING");
    signIn(page, consultant);
    page.navigate(url("/opportunities/board?pipeline=TRAINING"));
    Locator card = page.locator("#card-" + id);
    assertThat(page.locator("#column-INQUIRY").locator("#card-" + id)).isVisible();

    card.dragTo(page.locator("#column-LOST"));

    assertThat(page.locator("#lost-dialog")).isVisible();
    page.locator("#lost-reason").selectOption("PRICE");
    page.locator("#lost-competitor").fill("Bright English");
    page.locator("#lost-save").click();

    assertThat(page.locator("#column-LOST").locator("#card-" + id)).isVisible();
    assertThat(page.locator("#column-INQUIRY").locator("#card-" + id)).hasCount(0);
    page.locator("#card-" + id + " .card-title-link").click();
    assertThat(page.locator("#opportunity-status")).hasText("Lost");
    assertThat(page.locator("#opportunity-lost-reason")).hasText("Price");
    assertThat(page.locator("#opportunity-competitor")).hasText("Bright English");
    assertThat(page.locator("#history-table tbody tr")).hasCount(2);
  }

  @Test
  void cancellingTheLostDialogLeavesTheCardWhereItWas(Page page) {
    UUID id = staff.record(consultant, unique("Summer camp"), customer, "TRAINING");
    signIn(page, consultant);
    page.navigate(url("/opportunities/board?pipeline=TRAINING"));

    page.locator("#card-" + id).dragTo(page.locator("#column-LOST"));
    assertThat(page.locator("#lost-dialog")).isVisible();
    page.locator("#lost-cancel").click();

    assertThat(page.locator("#lost-dialog")).isHidden();
    page.reload();
    assertThat(page.locator("#column-INQUIRY").locator("#card-" + id)).isVisible();
  }

  @Test
  void aDealDraggedAcrossTheStagesToTheContractLandsOnTheOrderForm(Page page) {
    UUID id = staff.record(consultant, unique("Business English"), customer, "TRAINING");
    signIn(page, consultant);
    page.navigate(url("/opportunities/board?pipeline=TRAINING"));

    for (String stage : new String[] {"VISIT", "CONSULTATION", "PROPOSAL"}) {
      page.locator("#card-" + id).dragTo(page.locator("#column-" + stage));
      assertThat(page.locator("#column-" + stage).locator("#card-" + id)).isVisible();
    }
    assertThat(page.locator("#column-PROPOSAL .column-count")).hasText(Pattern.compile("\\d+"));

    page.locator("#card-" + id).dragTo(page.locator("#column-CONTRACT"));

    page.waitForURL(Pattern.compile(".*/orders/new\\?opportunity=" + id + "$"));
    page.navigate(url("/opportunities/" + id));
    assertThat(page.locator("#opportunity-status")).hasText("Won");
    assertThat(page.locator("#history-table tbody tr")).hasCount(5);
  }

  @Test
  void theMoveToFormOfACardWorksWithTheKeyboard(Page page) {
    UUID id = staff.record(consultant, unique("Math tutoring"), customer, "TRAINING");
    signIn(page, consultant);
    page.navigate(url("/opportunities/board?pipeline=TRAINING"));

    Locator select = page.locator("#move-" + id);
    select.focus();
    select.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Proposal"));
    page.keyboard().press("Tab");
    page.keyboard().press("Enter");

    assertThat(page.locator("#column-PROPOSAL").locator("#card-" + id)).isVisible();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private void signIn(Page page, UserAccount user) {
    page.navigate(url("/login"));
    page.locator("#username").fill(user.username());
    page.locator("#password").fill(OpportunityStaff.PASSWORD);
    page.locator("#sign-in").click();
    assertThat(page.locator("#welcome")).containsText(user.displayName());
  }
}
