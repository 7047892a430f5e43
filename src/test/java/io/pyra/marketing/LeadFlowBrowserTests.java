package io.pyra.marketing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Page;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.BrowserTest;
import io.pyra.testing.OrgFixtures;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Flow 1 from its start, as people walk it: a visitor leaves their details on a campaign's public
 * form (in Chinese, from the company's site behind a load balancer); a call-centre agent finds the
 * new lead, books its visit from the lead's page on a consultant's free slot (the centre's default
 * hours, 09:00 to 21:00 in hour slots: twelve free on an empty day), and the lead then stands as
 * booked. An agent also finds the visitor from the booking form itself, by typing part of a name.
 */
@BrowserTest
class LeadFlowBrowserTests {

  /** The centre's default hours (pyra.marketing.appointments), in slots of 60 minutes. */
  private static final int FREE_SLOTS_OF_AN_EMPTY_DAY = 21 - 9;

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  @Test
  void aVisitorLeavesALeadAndAnAgentBooksItsVisitOnAFreeSlot(Page page) {
    CampaignStaff staff = new CampaignStaff(orgUnits, users, roles, jdbc, port);
    OrgUnit branch = staff.org().branch();
    UserAccount marketer = staff.user(branch, "MARKETING");
    UserAccount agent = staff.user(branch, "CALL_CENTRE_AGENT");
    UserAccount consultant = staff.user(branch, "COURSE_CONSULTANT");
    String code = CampaignStaff.code();
    activate(staff.api(marketer), code);

    // the visitor
    String name = "访客" + UUID.randomUUID().toString().substring(0, 4);
    page.setExtraHTTPHeaders(
        Map.of("X-Forwarded-For", "10.77.0." + (1 + (int) (Math.random() * 250))));
    page.navigate(url("/forms/leads/" + code + "?language=zh-CN"));
    assertThat(page.locator("label[for=name]")).hasText("您的姓名");
    page.locator("#name").fill(name);
    page.locator("#phone").fill("139 1234 5678");
    page.locator("#centre").selectOption(branch.code());
    page.locator("#contactConsent").check();
    page.locator("#form-submit").click();
    assertThat(page.locator("#form-thanks")).containsText("谢谢");
    page.setExtraHTTPHeaders(Map.of());

    // the agent finds the lead and books its visit on the consultant's first free slot tomorrow
    signIn(page, agent);
    page.navigate(url("/leads?q=" + name));
    page.locator("a", new Page.LocatorOptions().setHasText(name)).first().click();
    assertThat(page.locator("#lead-status")).hasAttribute("data-status", "NEW");
    assertThat(page.locator("#lead-phone")).containsText("+8613912345678");
    String leadPath = page.url().replaceFirst("^https?://[^/]+", "");
    page.locator("#book-visit").click();
    assertThat(page.locator("#centreId")).hasValue(branch.id().toString());
    LocalDate tomorrow = LocalDate.now(ZoneId.of(OrgFixtures.TIME_ZONE)).plusDays(1);
    // the day's change reloads the consultants and their slots, and so does the consultant's: the
    // agent waits for each to be shown, so no reload of the day comes back after the choice
    page.locator("#date").evaluate("(input, day) => input.value = day", tomorrow.toString());
    reloadingTheParts(page, () -> page.locator("#date").dispatchEvent("change"));
    // the consultant may be the one the form chose already: choosing them again changes nothing
    if (!page.locator("#consultantId").inputValue().equals(consultant.id().toString())) {
      reloadingTheParts(
          page, () -> page.locator("#consultantId").selectOption(consultant.id().toString()));
    }
    assertThat(page.locator("#consultantId")).hasValue(consultant.id().toString());
    assertThat(page.locator("#free-slots .free-slot")).hasCount(FREE_SLOTS_OF_AN_EMPTY_DAY);
    assertThat(page.locator("#free-slots .free-slot label").first()).containsText("09:00");
    page.locator("#free-slots .free-slot input").first().check();
    page.locator("#book").click();
    assertThat(page).hasURL(Pattern.compile(".*/appointments/[0-9a-f-]{36}$"));

    // the booking reaches the lead after its transaction: the agent looks again until it shows
    page.navigate(url(leadPath));
    for (int look = 0;
        look < 50
            && !"APPOINTMENT_BOOKED"
                .equals(page.locator("#lead-status").getAttribute("data-status"));
        look++) {
      page.waitForTimeout(200);
      page.reload();
    }
    assertThat(page.locator("#lead-status")).hasAttribute("data-status", "APPOINTMENT_BOOKED");
    assertThat(
            jdbc.sql(
                    "select count(*) from marketing_appointment a join marketing_lead l on l.id = a.lead_id"
                        + " where l.name = ? and a.consultant_id = ? and a.status = 'BOOKED'")
                .params(name, consultant.id())
                .query(Long.class)
                .single())
        .isOne();
  }

  @Test
  void anAgentFindsTheVisitorByTypingOnTheBookingForm(Page page) {
    CampaignStaff staff = new CampaignStaff(orgUnits, users, roles, jdbc, port);
    OrgUnit branch = staff.org().branch();
    UserAccount agent = staff.user(branch, "CALL_CENTRE_AGENT");
    UserAccount consultant = staff.user(branch, "COURSE_CONSULTANT");
    String name = MailingPeople.unique("Typed");
    UUID lead =
        new MailingPeople(staff, jdbc)
            .lead(null, name, null, MailingPeople.phone(), false, false, agent, branch);

    signIn(page, agent);
    page.navigate(url("/appointments/new?centreId=" + branch.id()));
    assertThat(page.locator("#no-visitor")).isVisible();
    page.locator("#visitor-search").pressSequentially(name.substring(0, 12));
    page.locator("#choice-" + lead).click();
    assertThat(page.locator("#chosen-visitor .visitor-name")).hasText(name);
    assertThat(page.locator("#leadId")).hasValue(lead.toString());
    assertThat(page.locator(".visitor-choice")).hasCount(0);

    LocalDate tomorrow = LocalDate.now(ZoneId.of(OrgFixtures.TIME_ZONE)).plusDays(1);
    // the day's change reloads the consultants and their slots, and so does the consultant's: the
    // agent waits for each to be shown, so no reload of the day comes back after the choice
    page.locator("#date").evaluate("(input, day) => input.value = day", tomorrow.toString());
    reloadingTheParts(page, () -> page.locator("#date").dispatchEvent("change"));
    // the consultant may be the one the form chose already: choosing them again changes nothing
    if (!page.locator("#consultantId").inputValue().equals(consultant.id().toString())) {
      reloadingTheParts(
          page, () -> page.locator("#consultantId").selectOption(consultant.id().toString()));
    }
    assertThat(page.locator("#consultantId")).hasValue(consultant.id().toString());
    assertThat(page.locator("#free-slots .free-slot")).hasCount(FREE_SLOTS_OF_AN_EMPTY_DAY);
    page.locator("#free-slots .free-slot input").first().check();
    page.locator("#book").click();
    assertThat(page).hasURL(Pattern.compile(".*/appointments/[0-9a-f-]{36}$"));
    assertThat(page.locator("#appointment-visitor")).containsText(name);
  }

  private static void activate(ApiClient api, String code) {
    Map<String, Object> body = CampaignStaff.campaign(code, "Open day " + code);
    body.put("startsOn", LocalDate.now().minusDays(1).toString());
    body.put("endsOn", LocalDate.now().plusDays(30).toString());
    ApiClient.Response created = api.post("/api/v1/campaigns", body);
    if (created.status() != 201) {
      throw new IllegalStateException("campaign not created: " + created.body());
    }
    String id = created.json().get("id").asString();
    ApiClient.Response moved =
        api.post("/api/v1/campaigns/" + id + "/status", Map.of("status", "ACTIVE"));
    if (moved.status() != 200) {
      throw new IllegalStateException("campaign not activated: " + moved.body());
    }
  }

  private void signIn(Page page, UserAccount user) {
    page.navigate(url("/login"));
    page.locator("#username").fill(user.username());
    page.locator("#password").fill(OrgFixtures.PASSWORD);
    page.locator("#sign-in").click();
    assertThat(page.locator("#welcome")).isVisible();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** Does what reloads the booking form's consultants and slots, and waits until they are shown. */
  private static void reloadingTheParts(Page page, Runnable change) {
    ElementHandle parts = page.locator("#booking-parts").elementHandle();
    change.run();
    page.waitForFunction("parts => !parts.isConnected", parts);
  }
}
