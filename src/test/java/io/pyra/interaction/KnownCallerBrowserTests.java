package io.pyra.interaction;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.LoadState;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.interaction.type.InteractionTypeService;
import io.pyra.interaction.type.TypeNode;
import io.pyra.testing.BrowserTest;
import io.pyra.testing.OrgFixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;

/**
 * The known caller as an agent uses it, at 1,280 and 390 px, in English and Chinese: the number
 * field has the focus, Enter finds the card, the call is logged on the card in at most three
 * actions (here two: the subject typed, Enter) with the agent's default type, the follow-up task is
 * one click more; an agent of another branch learns only which branch owns the caller, and "Request
 * access" reaches the owner. Nothing is wider than the screen; buttons take a thumb. Screenshots go
 * to {@code target/screenshots/}.
 */
@BrowserTest
class KnownCallerBrowserTests {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /** A thumb's target: Apple's and Google's guidelines ask for 44 to 48 px. */
  private static final double THUMB = 44;

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired InteractionTypeService types;
  @Autowired MessageSource messages;

  @ParameterizedTest(name = "{0} px, {1}")
  @CsvSource({"1280, en", "1280, zh-CN", "390, en", "390, zh-CN"})
  void anAgentLogsTheCallOnTheCardAndItsFollowUpInOneClickMore(
      int width, String language, Page page) {
    InteractionStaff staff = new InteractionStaff(orgUnits, users, roles, port);
    OrgUnit branch = staff.branch();
    UserAccount agent = staff.userSpeaking(language, branch.id(), "CALL_CENTRE_AGENT");
    String phone = InteractionStaff.mobile();
    JsonNode customer = staff.customer(agent, phone);
    String customerId = customer.get("id").asString();
    Locale locale = Locale.forLanguageTag(language);
    TypeNode usual = types.tree().stream().filter(TypeNode::usable).findFirst().orElseThrow();
    String typeName = usual.type().name(locale);
    signIn(page, width, agent.username());

    page.navigate(url("/lookup"));
    Locator number = page.locator("#lookup-phone");
    assertThat(number).isFocused();
    int actions = 0;
    page.keyboard().type(phone);
    actions++;
    page.keyboard().press("Enter");
    actions++;
    Locator card = page.locator("#lookup-cards .customer-card");
    assertThat(card).hasCount(1);
    assertThat(card.locator(".card-title")).containsText(customer.get("name").asString());
    assertThat(card.locator(".card-open-cases")).hasText("—");
    Locator subject = card.locator("input.call-subject");
    assertThat(subject).isFocused();
    assertThat(card.locator("select.call-type")).hasValue(usual.type().code());
    assertFits(page, "the card with its form");
    assertThumbSized(card.locator("button.call-save"));
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(SCREENSHOTS.resolve("known-caller-" + width + "-" + language + ".png"))
            .setFullPage(true));

    // the call: subject typed, Enter (the type is already the agent's usual one)
    int callActions = 0;
    String said = InteractionStaff.unique(language.startsWith("zh") ? "询问秋季课程" : "Autumn term");
    page.keyboard().type(said);
    callActions++;
    page.keyboard().press("Enter");
    callActions++;
    assertThat(card.locator(".call-logged-subject")).hasText(said);
    assertThat(card.locator(".call-logged-type")).hasText(typeName);
    assertThat(callActions).as("actions to log the call").isLessThanOrEqualTo(3);
    assertThat(actions + callActions).as("actions from the number to the logged call").isEqualTo(4);
    // the card's contact records show it, without the page changing
    Locator logged =
        page.locator("#contacts-log-" + customerId + " .contact-record").filter(hasText(said));
    assertThat(logged).hasCount(1);
    assertThat(logged).containsText(typeName);
    assertThat(page).hasURL(url("/lookup?phone=" + phone));
    assertFits(page, "the logged call");

    Locator followUp = card.locator("button.call-follow-up");
    assertThumbSized(followUp);
    followUp.click();
    Locator created = card.locator(".call-follow-up-created");
    assertThat(created).containsText(said);
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(SCREENSHOTS.resolve("known-caller-logged-" + width + "-" + language + ".png"))
            .setFullPage(true));

    page.navigate(url("/tasks"));
    assertThat(page.locator("main")).containsText(said);
    page.navigate(url("/interactions?customer=" + customerId));
    Locator row = page.locator(".record-row").filter(hasText(said));
    assertThat(row).hasCount(1);
    assertThat(row).containsText(typeName);
  }

  @ParameterizedTest(name = "{0} px, {1}")
  @CsvSource({"1280, en", "1280, zh-CN", "390, en", "390, zh-CN"})
  void anAgentOfAnotherBranchLearnsOnlyTheOwningBranchAndAsksForAccess(
      int width, String language, Page page) {
    InteractionStaff staff = new InteractionStaff(orgUnits, users, roles, port);
    OrgUnit branch = staff.branch();
    UserAccount owner = staff.userSpeaking(language, branch.id(), "CALL_CENTRE_AGENT");
    String phone = InteractionStaff.mobile();
    JsonNode customer = staff.customer(owner, phone);
    UserAccount stranger = staff.userSpeaking(language, staff.branch().id(), "CALL_CENTRE_AGENT");
    Locale locale = Locale.forLanguageTag(language);
    signIn(page, width, stranger.username());

    page.navigate(url("/lookup?phone=" + phone));

    assertThat(page.locator("#lookup-out-of-scope-text"))
        .hasText(
            messages.getMessage("lookup.outOfScope.one", new Object[] {branch.name()}, locale));
    assertThat(page.locator("#lookup-create")).hasCount(0);
    assertThat(page.locator("#lookup-cards .customer-card")).hasCount(0);
    String html = page.content();
    assertThat(html)
        .doesNotContain(customer.get("name").asString())
        .doesNotContain(customer.get("code").asString())
        .doesNotContain(customer.get("id").asString());
    Locator request = page.locator("#lookup-request-access");
    assertThumbSized(request);
    assertThumbSized(page.locator("#lookup-notify-owner"));
    assertFits(page, "the out-of-scope message");
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(
                SCREENSHOTS.resolve("known-caller-out-of-scope-" + width + "-" + language + ".png"))
            .setFullPage(true));

    request.click();
    assertThat(page.locator("#flash-success"))
        .hasText(messages.getMessage("lookup.access.requested", null, locale));
    assertThat(page.content()).doesNotContain(customer.get("name").asString());

    // the owner finds it in their notifications (delivered from the outbox)
    page.context().clearCookies();
    signIn(page, width, owner.username());
    String told =
        messages.getMessage(
            "notification.kind.ACCESS_REQUESTED",
            new Object[] {stranger.displayName() + " · " + customer.get("name").asString()},
            locale);
    Locator notification = page.locator(".notification").filter(hasText(told));
    // as the owner would: open the notifications again until the request has arrived
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              page.navigate(url("/notifications"));
              return notification.count() > 0;
            });
    assertThat(notification).hasCount(1);
  }

  private static Locator.FilterOptions hasText(String text) {
    return new Locator.FilterOptions().setHasText(text);
  }

  private static void assertFits(Page page, String where) {
    Object overflow =
        page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
    assertThat(((Number) overflow).doubleValue())
        .as(where + " wider than the screen by")
        .isLessThanOrEqualTo(0.5);
  }

  private static void assertThumbSized(Locator button) {
    assertThat(button).isVisible();
    BoundingBox box = button.boundingBox();
    assertThat(box.height).as("height of " + button).isGreaterThanOrEqualTo(THUMB - 0.5);
    assertThat(box.width).as("width of " + button).isGreaterThanOrEqualTo(THUMB - 0.5);
  }

  private void signIn(Page page, int width, String username) {
    page.setViewportSize(width, width < 768 ? 844 : 800);
    page.navigate(url("/login"));
    page.locator("#username").fill(username);
    page.locator("#password").fill(OrgFixtures.PASSWORD);
    page.locator("#sign-in").click();
    assertThat(page.locator("#welcome")).isVisible();
    page.waitForLoadState(LoadState.LOAD);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
