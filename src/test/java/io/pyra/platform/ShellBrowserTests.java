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
import io.pyra.identity.user.UserService;
import io.pyra.platform.web.MenuEntry;
import io.pyra.platform.web.MenuGroup;
import io.pyra.platform.web.Sidebar;
import io.pyra.testing.BrowserTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
          "nav-contact-analysis",
          "nav-supervision",
          "nav-users",
          "nav-roles",
          "nav-org-units",
          "nav-sectors",
          "nav-customer-fields",
          "nav-interaction-types",
          "nav-follow-up-policies",
          "nav-audit");

  // front desk: customers (read, create, update) in its unit, contact records, tasks, colleagues
  private static final List<String> FRONT_DESK_ENTRIES =
      List.of(
          "nav-my-day",
          "nav-tasks",
          "nav-notification-list",
          "nav-customers",
          "nav-lookup",
          "nav-interactions",
          "nav-jobs",
          "nav-users");

  /** What sticks out of the screen on the right, to name it when a page is too wide. */
  private static final String WIDER =
      """
      () => Array.from(document.querySelectorAll('body *'))
          .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
          .slice(0, 8)
          .map(e => e.tagName + '#' + e.id + '.' + e.className + ' '
              + Math.round(e.getBoundingClientRect().right))""";

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
        List.of("menu-group-myWork", "menu-group-customers", "menu-group-administration"),
        FRONT_DESK_ENTRIES);
    assertThat(page.locator("#menu-group-reports")).hasCount(0);
    visitEveryPageOfTheSidebar(page, "front-desk-" + width + "-" + language);
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
    for (String href : hrefs) {
      page.navigate(url(href));
      assertThat(page.locator("#content main")).isVisible();
      assertThat(page.locator("#sign-out")).isVisible();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(
                  SCREENSHOTS.resolve(
                      "shell-" + name + href.replace('/', '-').replaceAll("-+$", "") + ".png")));
      Object scrollWidth = page.evaluate("document.scrollingElement.scrollWidth");
      Object innerWidth = page.evaluate("window.innerWidth");
      assertThat(((Number) scrollWidth).intValue())
          .as("page width of " + href + " (" + name + "), wider: " + page.evaluate(WIDER))
          .isLessThanOrEqualTo(((Number) innerWidth).intValue());
      assertTopBarInView(page, href);
      // scrolled to the end of the page, the top bar is still there
      page.evaluate("window.scrollTo(0, document.scrollingElement.scrollHeight)");
      assertTopBarInView(page, href + " scrolled down");
      assertNoLabelWraps(page);
    }
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
    // every option of the language switch fits the box ("English", "简体中文", never "Engl")
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
    String username = "shell" + UUID.randomUUID().toString().substring(0, 8);
    users.create(
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
    return username;
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
