package io.pyra.interaction;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.BrowserTest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An agent logs a call straight from the known-caller card; a course consultant is refused a third
 * return visit in a week with the policy named, and their centre principal overrides the policy by
 * typing their own username and password and a reason on the consultant's screen.
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
    page.locator("#contactId")
        .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Chen Jing"));
    page.locator("#save-record").click();

    assertThat(page.locator("#flash-success")).isVisible();
    assertThat(page.locator("#record-subject")).hasText(subject);
    assertThat(page.locator("#record-type")).hasText("Price inquiry");
    assertThat(page.locator("#record-contact")).hasText("Chen Jing");
    assertThat(page.locator("#create-follow-up-task"))
        .hasAttribute(
            "href",
            java.util.regex.Pattern.compile(
                "/tasks/new\\?customerId=" + customerId + "&recordId=.+"));

    page.navigate(url("/lookup?phone=" + phone));
    assertThat(card.locator(".contact-record")).containsText(subject);
  }

  @Test
  void aConsultantIsRefusedTheThirdReturnVisitAndTheirPrincipalOverridesItOnTheConsultantsScreen(
      Page page) {
    UserAccount consultant = staff.user(branch.id(), "COURSE_CONSULTANT");
    UserAccount principal = staff.user(branch.id(), "CENTRE_PRINCIPAL");
    String customerId = staff.customer(consultant, null).get("id").asString();
    signIn(page, consultant);
    LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));

    logReturnVisit(page, customerId, "First call this week", now.minusDays(2));
    assertThat(page.locator("#flash-success")).isVisible();
    logReturnVisit(page, customerId, "Second call this week", now.minusDays(1));
    assertThat(page.locator("#flash-success")).isVisible();
    logReturnVisit(page, customerId, "Call after the exam results", now.minusMinutes(5));

    Locator refusal = page.locator("#record-form .alert-danger");
    assertThat(refusal).containsText("Course consultant");
    assertThat(refusal).containsText("at most 2 return visit");
    assertThat(refusal).containsText("in 7 day");
    assertThat(page.locator("#override-box")).hasCount(0);
    Locator box = page.locator("#supervisor-override");
    assertThat(box).isVisible();
    assertThat(box.locator("legend")).hasText("Supervisor override");
    assertThat(page.locator("#subject")).hasValue("Call after the exam results");

    page.locator("#supervisorUsername").fill(principal.username());
    page.locator("#supervisorPassword").fill(InteractionStaff.PASSWORD);
    page.locator("#overrideReason").fill("Parents asked for a call after the exam results");
    page.locator("#save-record").click();

    assertThat(page.locator("#flash-success")).isVisible();
    assertThat(page.locator("#record-subject")).hasText("Call after the exam results");
    assertThat(page.locator("#record-author")).hasText("Staff " + consultant.username());
    assertThat(page.locator("#record-override")).containsText("Staff " + principal.username());
    assertThat(page.locator("#record-override"))
        .containsText("Parents asked for a call after the exam results");
    assertThat(page.locator("#nav-account")).hasText("Staff " + consultant.username());
  }

  private void logReturnVisit(Page page, String customerId, String subject, LocalDateTime at) {
    page.navigate(url("/customers/" + customerId));
    page.locator("#contacts-log a.log-contact").click();
    page.locator("#type").selectOption("RETURN_VISIT");
    page.locator("#channel").selectOption("PHONE");
    page.locator("#direction").selectOption("OUTBOUND");
    page.locator("#subject").fill(subject);
    page.locator("#occurredAt").fill(at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
    page.locator("#save-record").click();
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
