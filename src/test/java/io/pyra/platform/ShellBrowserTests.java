package io.pyra.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.LoadState;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.SaveUser;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.platform.web.MenuEntry;
import io.pyra.platform.web.MenuGroup;
import io.pyra.platform.web.Sidebar;
import io.pyra.testing.ApiClient;
import io.pyra.testing.BrowserTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * The shell around every page: the sidebar grouped by area shows what the role allows, the top bar
 * (search, language, notifications, account, sign-out) stays on screen, and no page reachable from
 * the sidebar is wider than the screen, at 1,280 and 390 px, in English and Chinese. Screenshots go
 * to {@code target/screenshots/}.
 */
@BrowserTest
class ShellBrowserTests {

  private static final String PASSWORD = "Quiet-Harbour-77";
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static final List<String> ADMINISTRATOR_ENTRIES =
      List.of(
          "nav-dashboard",
          "nav-my-day",
          "nav-tasks",
          "nav-notification-list",
          "nav-customers",
          "nav-lookup",
          "nav-interactions",
          "nav-jobs",
          "nav-imports",
          "nav-transfer",
          "nav-opportunity-board",
          "nav-opportunities",
          "nav-orders",
          "nav-products",
          "nav-product-categories",
          "nav-sales-analysis",
          "nav-cases",
          "nav-triage",
          "nav-knowledge",
          "nav-knowledge-categories",
          "nav-business-calendars",
          "nav-quarantine",
          "nav-campaigns",
          "nav-leads",
          "nav-appointments",
          "nav-front-desk",
          "nav-mailings",
          "nav-funnel",
          "nav-calendar",
          "nav-bookings",
          "nav-resources",
          "nav-sessions",
          "nav-setup",
          "nav-scheduling-reports",
          "nav-handoff",
          "nav-calendar-imports",
          "nav-calendar-feeds",
          "nav-pyramid",
          "nav-migration",
          "nav-grades",
          "nav-accounting",
          "nav-allocation",
          "nav-cost-rates",
          "nav-follow-up-rules",
          "nav-contact-analysis",
          "nav-supervision",
          "nav-support-reports",
          "nav-users",
          "nav-roles",
          "nav-org-units",
          "nav-sectors",
          "nav-customer-fields",
          "nav-interaction-types",
          "nav-pipelines",
          "nav-lost-reasons",
          "nav-sales-sources",
          "nav-follow-up-policies",
          "nav-sales-settings",
          "nav-audit",
          "nav-sla-policies",
          "nav-case-categories",
          "nav-root-causes");

  // front desk: customers (read, create, update) in its unit, contact records, tasks, the
  // catalogue (to tell a visitor about the courses), the leads of its centre, colleagues, the
  // appointments and today's visitors, the resources of its centre
  private static final List<String> FRONT_DESK_ENTRIES =
      List.of(
          "nav-my-day",
          "nav-tasks",
          "nav-notification-list",
          "nav-customers",
          "nav-lookup",
          "nav-interactions",
          "nav-jobs",
          "nav-products",
          "nav-product-categories",
          "nav-cases",
          "nav-triage",
          "nav-knowledge",
          "nav-leads",
          "nav-appointments",
          "nav-front-desk",
          "nav-calendar",
          "nav-bookings",
          "nav-resources",
          "nav-sessions",
          "nav-calendar-feeds",
          "nav-support-reports",
          "nav-users");

  /** What sticks out of the screen on the right, to name it when a page is too wide. */
  private static final String WIDER =
      """
      () => Array.from(document.querySelectorAll('body *'))
          .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
          .slice(0, 8)
          .map(e => e.tagName + '#' + e.id + '.' + e.className + ' '
              + Math.round(e.getBoundingClientRect().right))""";

  /** What sticks out of the content area on the right (not counting what scrolls in a wrapper). */
  private static final String WIDER_IN_CONTENT =
      """
      () => { const right = document.getElementById('content').getBoundingClientRect().right;
        return Array.from(document.querySelectorAll('#content *'))
          .filter(e => e.getBoundingClientRect().right > right + 0.5)
          .filter(e => !e.closest('.table-responsive, table'))
          .slice(0, 8)
          .map(e => e.tagName + '#' + e.id + '.' + e.className + ' '
              + Math.round(e.getBoundingClientRect().right)); }""";

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired OrgUnitService orgUnits;
  @Autowired Sidebar sidebar;
  @Autowired MessageSource messages;

  @ParameterizedTest(name = "{0} px, {1}")
  @CsvSource({"1280, en", "1280, zh-CN", "390, en", "390, zh-CN"})
  void anAdministratorSeesEveryAreaAndEveryPageFitsTheScreen(
      int width, String language, Page page) {
    signIn(page, width, user("ADMINISTRATOR", language));

    assertSidebar(
        page,
        "administrator-" + width + "-" + language,
        width,
        List.of(
            "menu-group-myWork",
            "menu-group-customers",
            "menu-group-sales",
            "menu-group-service",
            "menu-group-marketing",
            "menu-group-scheduling",
            "menu-group-value",
            "menu-group-reports",
            "menu-group-administration"),
        ADMINISTRATOR_ENTRIES);
    visitEveryPageOfTheSidebar(page, "administrator-" + width + "-" + language);
  }

  @ParameterizedTest(name = "{0} px, {1}")
  @CsvSource({"1280, en", "1280, zh-CN", "390, en", "390, zh-CN"})
  void theFrontDeskSeesOnlyWhatItsRoleAllows(int width, String language, Page page) {
    signIn(page, width, user("FRONT_DESK", language));

    assertSidebar(
        page,
        "front-desk-" + width + "-" + language,
        width,
        List.of(
            "menu-group-myWork",
            "menu-group-customers",
            "menu-group-sales",
            "menu-group-service",
            "menu-group-marketing",
            "menu-group-scheduling",
            "menu-group-reports",
            "menu-group-administration"),
        FRONT_DESK_ENTRIES);
    // the front desk's only report is the service reports over the cases given to it
    assertThat(page.locator("#menu-group-reports a[id^=nav-]")).hasCount(1);
    visitEveryPageOfTheSidebar(page, "front-desk-" + width + "-" + language);
  }

  /**
   * The pages a user reaches from those of the sidebar, with records on them: a customer's page, a
   * task's, a contact record's, a job's, the edit forms of users, roles and org units, the audit
   * log with entries and My day with tasks due.
   */
  @ParameterizedTest(name = "{0} px, {1}")
  @CsvSource({"1280, en", "1280, zh-CN", "390, en", "390, zh-CN"})
  void thePagesOneLevelDownFitTheScreenWithTheirRecords(int width, String language, Page page) {
    UserAccount me = account("ADMINISTRATOR", language);
    ApiClient api = new ApiClient(port).signIn(me.username(), PASSWORD);
    String customerName =
        "zh-CN".equals(language) ? "王晓明 " + UUID.randomUUID().toString().substring(0, 4) : null;
    String customerId = created(api, "/api/v1/customers", customer(me, customerName));
    // due within seconds, so My day lists them (as due today, or as overdue once the time passed)
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String taskId =
        created(
            api,
            "/api/v1/tasks",
            task("Call back about the spring term", customerId, now.plusSeconds(10)));
    created(api, "/api/v1/tasks", task("Send the brochure", customerId, now.plusSeconds(11)));
    created(api, "/api/v1/tasks", task("Prepare the visit", null, now.plusSeconds(12)));
    String recordId = created(api, "/api/v1/interactions", contactRecord(customerId));
    String jobId = created(api, "/api/v1/jobs", job(customerId));
    String name = "administrator-" + width + "-" + language;
    signIn(page, width, me.username());

    List<String> failures = new ArrayList<>();
    for (String path :
        List.of(
            "/my-day",
            "/customers/" + customerId,
            "/customers/" + customerId + "/edit",
            "/customers/" + customerId + "/interactions/new",
            "/tasks/" + taskId,
            "/tasks/" + taskId + "/edit",
            "/tasks/new",
            "/interactions/" + recordId,
            "/interactions/" + recordId + "/edit",
            "/jobs/" + jobId,
            "/admin/users/" + me.id() + "/edit",
            "/admin/users/new",
            "/admin/roles/" + roles.byCode("ADMINISTRATOR").id() + "/edit",
            "/admin/roles/new",
            "/admin/org-units/" + orgUnits.tree().get(0).id() + "/edit",
            "/admin/org-units/new",
            "/admin/audit",
            "/account")) {
      visit(page, name, path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "x"), path, failures);
    }
    assertThat(failures).as("pages that do not fit").isEmpty();
    // My day shows what was created: the tasks as rows (cards on a phone) with their links
    page.navigate(url("/my-day"));
    assertThat(
            page.locator(
                ".task-row a.task-title",
                new Page.LocatorOptions().setHasText("Send the brochure")))
        .isVisible();
    if (width < 768) {
      Locator card =
          page.locator(".task-row", new Page.LocatorOptions().setHasText("Send the brochure"));
      BoundingBox box = card.boundingBox();
      assertThat(box.width).as("a task as a card as wide as the screen").isLessThanOrEqualTo(width);
      assertThat(box.height).as("a card, not a table row").isGreaterThan(100);
    }
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("page-" + name + "-my-day.png")));
  }

  @Test
  void aCollapsedSidebarStaysCollapsedForItsUserOnTheNextPageAndInAnotherBrowser(Page page) {
    String username = user("FRONT_DESK", "en");
    signIn(page, 1280, username);
    Locator toggle = page.locator("#sidebar-toggle");
    assertThat(page.locator("#sidebar")).isVisible();
    assertThat(toggle).hasAttribute("aria-expanded", "true");

    page.waitForResponse(r -> r.url().endsWith("/shell/sidebar"), toggle::click);
    assertThat(page.locator("#sidebar")).isHidden();
    assertThat(toggle).hasAttribute("aria-expanded", "false");
    page.reload();
    assertThat(page.locator("#sidebar")).isHidden();
    page.navigate(url("/tasks"));
    assertThat(page.locator("#sidebar")).isHidden();
    assertThat(page.locator("#sign-out")).isVisible();
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("shell-collapsed.png")));

    // the choice is the user's, not the browser's: it follows them to another one
    try (BrowserContext other = page.context().browser().newContext()) {
      Page elsewhere = other.newPage();
      signIn(elsewhere, 1280, username);
      assertThat(elsewhere.locator("#sidebar")).isHidden();
      assertThat(elsewhere.locator("#sidebar-toggle")).hasAttribute("aria-expanded", "false");
      // and a colleague's sidebar is theirs
      signOut(elsewhere);
      signIn(elsewhere, 1280, user("FRONT_DESK", "en"));
      assertThat(elsewhere.locator("#sidebar")).isVisible();
    }

    page.waitForResponse(r -> r.url().endsWith("/shell/sidebar"), toggle::click);
    assertThat(page.locator("#sidebar")).isVisible();
    page.reload();
    assertThat(page.locator("#sidebar")).isVisible();
    assertThat(page.locator("#nav-tasks")).hasClass(Pattern.compile(".*\\bactive\\b.*"));
  }

  @Test
  void everyMenuEntryAndGroupHasItsWordsInEnglishAndChinese() {
    List<String> keys = new ArrayList<>();
    for (MenuGroup group : MenuGroup.values()) {
      keys.add(group.messageKey());
    }
    sidebar.entries().stream().map(MenuEntry::labelKey).forEach(keys::add);
    for (String key : keys) {
      assertThat(messages.getMessage(key, null, Locale.ENGLISH)).as(key).isNotBlank();
      assertThat(messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE))
          .as(key + " in Chinese")
          .containsPattern("\\p{IsHan}");
    }
    assertThat(sidebar.entries()).extracting(MenuEntry::id).doesNotHaveDuplicates();
  }

  @Test
  void theFaviconNeedsNoSignIn() throws IOException, InterruptedException {
    try (HttpClient http = HttpClient.newHttpClient()) {
      for (String path : List.of("/img/favicon.svg", "/favicon.ico")) {
        HttpResponse<byte[]> response =
            http.send(
                HttpRequest.newBuilder(URI.create(url(path))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
            .as(path)
            .startsWith("image/");
      }
    }
  }

  private void assertSidebar(
      Page page, String name, int width, List<String> groups, List<String> entries) {
    Locator sidebarElement = page.locator("#sidebar");
    if (width < 768) {
      // on a phone the sidebar is a menu behind the top bar's button
      assertThat(sidebarElement).isHidden();
      page.locator("#sidebar-toggle").click();
    }
    assertThat(sidebarElement).isVisible();
    assertThat(page.locator("#sidebar .pyra-menu-group")).hasCount(groups.size());
    assertThat(page.locator("#sidebar .pyra-menu-group").evaluateAll("gs => gs.map(g => g.id)"))
        .isEqualTo(groups);
    assertThat(page.locator("#sidebar a").evaluateAll("as => as.map(a => a.id)"))
        .isEqualTo(entries);
    assertNoLabelWraps(page);
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(SCREENSHOTS.resolve("shell-" + name + "-menu.png"))
            .setFullPage(true));
  }

  private void visitEveryPageOfTheSidebar(Page page, String name) {
    @SuppressWarnings("unchecked")
    List<String> hrefs =
        (List<String>) page.locator("#sidebar a").evaluateAll("as => as.map(a => a.pathname)");
    List<String> failures = new ArrayList<>();
    for (String href : hrefs) {
      visit(page, name, href, href, failures);
    }
    assertThat(failures).as("pages that do not fit").isEmpty();
  }

  /**
   * Opens the page and asserts that it fits the screen: neither the page nor its content area
   * scrolls sideways (a wide table scrolls inside its own wrapper), the top bar stays in view, the
   * labels of the shell and the actions and codes in tables do not wrap. Saves a screenshot.
   */
  private void visit(Page page, String name, String slug, String href, List<String> failures) {
    try {
      visit(page, name, slug, href);
    } catch (AssertionError | RuntimeException e) {
      // every page is visited; the test fails at the end naming all that do not fit
      failures.add(href + ": " + e.getMessage());
    }
  }

  private void visit(Page page, String name, String slug, String href) {
    page.navigate(url(href));
    assertThat(page.locator("#content main")).isVisible();
    assertThat(page.locator("#sign-out")).isVisible();
    assertThat(page.locator("#error-title")).hasCount(0);
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(
                SCREENSHOTS.resolve(
                    "shell-" + name + slug.replace('/', '-').replaceAll("-+$", "") + ".png")));
    Object scrollWidth = page.evaluate("document.scrollingElement.scrollWidth");
    Object innerWidth = page.evaluate("window.innerWidth");
    assertThat(((Number) scrollWidth).intValue())
        .as("page width of " + href + " (" + name + "), wider: " + page.evaluate(WIDER))
        .isLessThanOrEqualTo(((Number) innerWidth).intValue());
    Object contentOverflow =
        page.evaluate(
            "() => { const c = document.getElementById('content');"
                + " return c.scrollWidth - c.clientWidth; }");
    assertThat(((Number) contentOverflow).intValue())
        .as(
            "content of "
                + href
                + " ("
                + name
                + ") scrolls sideways, wider: "
                + page.evaluate(WIDER_IN_CONTENT))
        .isLessThanOrEqualTo(0);
    assertTopBarInView(page, href);
    // scrolled to the end of the page, the top bar is still there
    page.evaluate("window.scrollTo(0, document.scrollingElement.scrollHeight)");
    assertTopBarInView(page, href + " scrolled down");
    assertNoLabelWraps(page);
    assertNoActionOrCodeWraps(page, href + " (" + name + ")");
  }

  /** Edit and delete links and buttons, and codes, stand on one line (in Chinese too). */
  private static void assertNoActionOrCodeWraps(Page page, String where) {
    Object wrapped =
        page.evaluate(
            """
            () => {
              const wrapped = [];
              for (const el of document.querySelectorAll(
                  '#content .btn, #content td a, #content .badge, #content .customer-code, '
                  + '#content .task-due, #content .org-unit-code, #content .role-code, #content .pyra-code, '
                  + '#content .job-code')) {
                if (!el.offsetParent || !el.textContent.trim()) continue;
                if (el.matches('td a') && !el.closest('.pyra-actions')
                    && el.textContent.trim().length > 4) continue;
                const range = document.createRange();
                range.selectNodeContents(el);
                const lines = new Set(Array.from(range.getClientRects())
                    .filter(r => r.width > 0).map(r => Math.round(r.top)));
                if (lines.size > 1) wrapped.push(el.id || el.textContent.trim());
              }
              return wrapped;
            }""");
    assertThat((List<?>) wrapped).as("actions or codes wrapped on " + where).isEmpty();
  }

  private void assertTopBarInView(Page page, String where) {
    var viewport = page.viewportSize();
    for (String id :
        List.of("#global-search", "#locale-switch", "#nav-notifications", "#sign-out")) {
      BoundingBox box = page.locator(id).boundingBox();
      assertThat(box).as(id + " on " + where).isNotNull();
      assertThat(box.x).as(id + " left edge on " + where).isGreaterThanOrEqualTo(0);
      assertThat(box.y).as(id + " top edge on " + where).isGreaterThanOrEqualTo(0);
      assertThat(box.x + box.width)
          .as(id + " right edge on " + where)
          .isLessThanOrEqualTo(viewport.width);
      assertThat(box.y + box.height)
          .as(id + " bottom edge on " + where)
          .isLessThanOrEqualTo(viewport.height);
    }
    // every option of the language switch fits the box ("English", "简体中文", never "Engl"),
    // measured in the font the reader sees: once the page's fonts have loaded, as the box was sized
    page.evaluate("() => document.fonts.ready.then(() => true)");
    Object cut =
        page.locator("#locale-switch")
            .evaluate(
                """
                s => {
                  const style = getComputedStyle(s);
                  const context = document.createElement('canvas').getContext('2d');
                  context.font = style.font;
                  const room = s.clientWidth - parseFloat(style.paddingLeft)
                      - parseFloat(style.paddingRight);
                  return Array.from(s.options)
                      .filter(o => context.measureText(o.text).width > room + 0.5)
                      .map(o => o.text);
                }""");
    assertThat((List<?>) cut).as("language names cut off on " + where).isEmpty();
  }

  /** Labels of the top bar and the sidebar stay on one line (in Chinese: not a letter a line). */
  private static void assertNoLabelWraps(Page page) {
    Object wrapped =
        page.evaluate(
            """
            () => {
              const wrapped = [];
              for (const el of document.querySelectorAll(
                  '#topbar a, #topbar button, #sidebar a, #sidebar h2')) {
                if (!el.offsetParent) continue;
                const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
                for (let text = walker.nextNode(); text; text = walker.nextNode()) {
                  if (!text.textContent.trim()) continue;
                  const range = document.createRange();
                  range.selectNodeContents(text);
                  const lines = new Set(Array.from(range.getClientRects())
                      .filter(r => r.width > 0).map(r => Math.round(r.top)));
                  if (lines.size > 1) wrapped.push(el.id || text.textContent.trim());
                }
              }
              return wrapped;
            }""");
    assertThat((List<?>) wrapped).as("labels wrapped over more than one line").isEmpty();
  }

  private static void signOut(Page page) {
    page.locator("#sign-out").click();
    assertThat(page.locator("#login-signed-out")).isVisible();
  }

  private void signIn(Page page, int width, String username) {
    page.setViewportSize(width, width < 768 ? 844 : 800);
    page.navigate(url("/login"));
    page.locator("#username").fill(username);
    page.locator("#password").fill(PASSWORD);
    page.locator("#sign-in").click();
    assertThat(page.locator("#welcome")).isVisible();
    // the menu button works once the page's script has run, as it does for a person
    page.waitForLoadState(LoadState.LOAD);
  }

  private String user(String roleCode, String language) {
    return account(roleCode, language).username();
  }

  private UserAccount account(String roleCode, String language) {
    String username = "shell" + UUID.randomUUID().toString().substring(0, 8);
    return users.create(
        new SaveUser(
            username,
            "Shell " + username,
            username + "@example.com",
            null,
            orgUnits.tree().get(0).id(),
            null,
            language,
            Set.of(roles.byCode(roleCode).id()),
            true,
            PASSWORD,
            null));
  }

  private static String created(ApiClient api, String path, Map<String, Object> body) {
    ApiClient.Response response = api.post(path, body);
    assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(201);
    return response.json().get("id").asString();
  }

  private Map<String, Object> customer(UserAccount owner, String name) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "PERSON");
    body.put(
        "name",
        name != null ? name : "Ada Fairweather " + UUID.randomUUID().toString().substring(0, 4));
    body.put("ownerId", owner.id());
    body.put("orgUnitId", owner.orgUnitId());
    return body;
  }

  private static Map<String, Object> task(String title, String customerId, Instant dueAt) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    body.put("type", "CALL_BACK");
    body.put("dueAt", dueAt.toString());
    if (customerId != null) {
      body.put("customerId", customerId);
    }
    return body;
  }

  private static Map<String, Object> contactRecord(String customerId) {
    Map<String, Object> body = new HashMap<>();
    body.put("customerId", customerId);
    body.put("type", "CONSULTATION");
    body.put("channel", "PHONE");
    body.put("direction", "INBOUND");
    body.put("subject", "Asked about the spring term's timetable");
    body.put("notes", "Wants the brochure by e-mail; call back on Friday.");
    body.put("outcome", "Brochure sent");
    body.put("durationMinutes", 12);
    body.put(
        "occurredAt", Instant.now().minusSeconds(3600).truncatedTo(ChronoUnit.MILLIS).toString());
    return body;
  }

  private static Map<String, Object> job(String customerId) {
    Map<String, Object> body = new HashMap<>();
    body.put("customerId", customerId);
    body.put("name", "Staff training for the new campus");
    body.put("country", "HK");
    body.put("office", "Central");
    body.put("serviceCategory", "CONSULTING");
    return body;
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
