package io.pyra.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One Chromium for the whole test run, a fresh browser context (cookies, storage) per test. The
 * browser is the system's ({@code -Dpyra.test.browser=/usr/bin/chromium}); with {@code skip} the
 * browser tests are skipped on purpose, and a missing browser fails them with the fix.
 *
 * <p>Tests wait for what the user waits for: an action waits for its element, a navigation for its
 * page, and {@code assertThat(locator)} retries until the page shows what it expects. How long they
 * may wait is set once, here, for actions, navigations and assertions alike, and is generous: it
 * bounds a wait on a machine under load (two cores running several builds), it does not time
 * anything. A test never sleeps.
 */
public class BrowserExtension implements ParameterResolver, AfterEachCallback {

  /** The longest an action, navigation or assertion waits for the page before the test fails. */
  static final double WAIT_MILLIS = 60_000;

  static {
    // the assertions' own default (5 s) is not the context's: without this, a page that takes
    // six seconds to answer under load fails an assertion the user would have waited for
    PlaywrightAssertions.setDefaultAssertionTimeout(WAIT_MILLIS);
  }

  private static Playwright playwright;
  private static Browser browser;

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Page.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    BrowserContext browserContext =
        browser().newContext(new Browser.NewContextOptions().setLocale("en-GB"));
    browserContext.setDefaultTimeout(WAIT_MILLIS);
    browserContext.setDefaultNavigationTimeout(WAIT_MILLIS);
    context.getStore(ExtensionContext.Namespace.GLOBAL).put("pyra.browserContext", browserContext);
    return browserContext.newPage();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    BrowserContext browserContext =
        context
            .getStore(ExtensionContext.Namespace.GLOBAL)
            .remove("pyra.browserContext", BrowserContext.class);
    if (browserContext != null) {
      browserContext.close();
    }
  }

  private static synchronized Browser browser() {
    if (browser == null) {
      String setting = System.getProperty("pyra.test.browser", "auto");
      Assumptions.assumeFalse(
          "skip".equals(setting), "browser tests skipped on purpose (pyra.test.browser=skip)");
      Path executable =
          Path.of("auto".equals(setting) || setting.isBlank() ? "/usr/bin/chromium" : setting);
      if (!Files.isExecutable(executable)) {
        throw new IllegalStateException(
            "the browser tests need Chromium at "
                + executable
                + ": install it ('apt-get install chromium') or run with PYRA_TEST_SKIP_BROWSER=1 to skip them on purpose");
      }
      playwright =
          Playwright.create(
              new Playwright.CreateOptions()
                  .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
      browser =
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(executable)
                      .setHeadless(true)
                      .setArgs(
                          List.of(
                              "--no-sandbox",
                              "--disable-gpu",
                              "--disable-dev-shm-usage",
                              "--no-first-run",
                              "--disable-background-networking",
                              "--disable-component-update",
                              "--disable-sync",
                              "--disable-quic")));
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    browser.close();
                    playwright.close();
                  }));
    }
    return browser;
  }
}
