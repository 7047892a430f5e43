package io.pyra.interaction;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.pyra.interaction.InteractionStaff.record;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.support.BrowserTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An agent logs a call straight from the known-caller card; a consultant is refused a third return
 * visit in a week with the policy named, and a centre principal (who also consults) logs one with an override.
 */
@BrowserTest
class ContactRecordBrowserTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;

  InteractionStaff staff;
  OrgUnit branch;

  @BeforeEach
  void setUp() {
    staff = new InteractionStaff(orgUnits, users, roles, port);
    branch = staff.branch();
  }

  @Test
  void anAgentLogsACallFromTheKnownCallerCard(Page page) {
    UserAccount agent = staff.user(branch.id(), "CALL_CENTRE_AGENT");
    String phone = InteractionStaff.mobile();
    String customerId = staff.customer(agent, phone).get("id").asString();
    staff.contact(customerId, "Chen Jing");
    String subject = "Asked for the group price " + UUID.randomUUID().toString().substring(0, 6);
    signIn(page, agent);

    page.navigate(url("/lookup?phone=" + phone));
    Locator card = page.locator(".customer-card");
    assertThat(card.locator(".no-contacts")).isVisible();
    card.locator("a.log-contact").click();
    page.locator("#type").selectOption("PRICE_INQUIRY");
    page.locator("#channel").selectOption("PHONE");
    page.locator("#direction").selectOption("INBOUND");
    page.locator("#subject").fill(subject);
    page.locator("#notes").fill("Twelve staff, evenings; sends the list of names on Friday.");
    page.locator("#outcome").fill("Quote to be sent");
    page.locator("#durationMinutes").fill("7");
    page.locator("#contactId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Chen Jing"));
    page.locator("#save-record").click();

    assertThat(page.locator("#flash-success")).isVisible();
    assertThat(page.locator("#record-subject")).hasText(subject);
    assertThat(page.locator("#record-type")).hasText("Price inquiry");
    assertThat(page.locator("#record-contact")).hasText("Chen Jing");
    assertThat(page.locator("#create-follow-up-task")).hasAttribute("href",
        java.util.regex.Pattern.compile("/tasks/new\\?customerId=" + customerId + "&recordId=.+"));

    page.navigate(url("/lookup?phone=" + phone));
    assertThat(card.locator(".contact-record")).containsText(subject);
  }

  @Test
  void aConsultantIsRefusedTheThirdReturnVisitAndAPrincipalOverridesThePolicy(Page page) {
    UserAccount consultant = staff.user(branch.id(), "COURSE_CONSULTANT");
    String customerId = staff.customer(consultant, null).get("id").asString();
    twoReturnVisitsThisWeek(consultant, customerId);
    signIn(page, consultant);

    logReturnVisit(page, customerId, "Third call this week");

    Locator refusal = page.locator("#record-form .alert-danger");
    assertThat(refusal).containsText("Course consultant");
    assertThat(refusal).containsText("at most 2 return visit");
    assertThat(refusal).containsText("in 7 day");
    assertThat(page.locator("#override-box")).hasCount(0);
    page.locator("#sign-out").click();

    UserAccount principal = staff.user(branch.id(), "CENTRE_PRINCIPAL", "COURSE_CONSULTANT");
    String theirs = staff.customer(principal, null).get("id").asString();
    twoReturnVisitsThisWeek(principal, theirs);
    signIn(page, principal);
    logReturnVisit(page, theirs, "Call after the exam results");
    assertThat(page.locator("#record-form .alert-danger")).containsText("Course consultant");
    page.locator("#override").check();
    page.locator("#overrideReason").fill("Parents asked for a call after the exam results");
    page.locator("#save-record").click();

    assertThat(page.locator("#flash-success")).isVisible();
    assertThat(page.locator("#record-override")).containsText("Parents asked for a call after the exam results");
    assertThat(page.locator("#record-override")).containsText("Staff " + principal.username());
  }

  private void logReturnVisit(Page page, String customerId, String subject) {
    page.navigate(url("/customers/" + customerId));
    page.locator("#contacts-log a.log-contact").click();
    page.locator("#type").selectOption("RETURN_VISIT");
    page.locator("#channel").selectOption("PHONE");
    page.locator("#direction").selectOption("OUTBOUND");
    page.locator("#subject").fill(subject);
    page.locator("#save-record").click();
  }

  private void twoReturnVisitsThisWeek(UserAccount user, String customerId) {
    for (int days = 3; days >= 2; days--) {
      int status = staff.as(user).post("/api/v1/interactions",
          record(customerId, "RETURN_VISIT", Instant.now().minus(days, ChronoUnit.DAYS))).status();
      org.assertj.core.api.Assertions.assertThat(status).isEqualTo(201);
    }
  }

  private void signIn(Page page, UserAccount user) {
    page.navigate(url("/login"));
    page.locator("#username").fill(user.username());
    page.locator("#password").fill(InteractionStaff.PASSWORD);
    page.locator("#sign-in").click();
    assertThat(page.locator("#nav-account")).isVisible();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
