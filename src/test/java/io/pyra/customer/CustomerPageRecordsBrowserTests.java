package io.pyra.customer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.pyra.customer.CustomerStaff.mobile;
import static io.pyra.customer.CustomerStaff.person;
import static io.pyra.customer.CustomerStaff.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.BrowserTest;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PyraIntegrationTest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The customer's page lists each contact record once (in the timeline); the contact-records section
 * keeps "Log contact" and the link to all of the customer's records.
 */
@BrowserTest
class CustomerPageRecordsBrowserTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;

  @Test
  void eachContactRecordIsListedOnceWithALinkToTheRecordsList(Page page) {
    ApiClient api = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    ApiClient.Response created = api.post("/api/v1/customers", person(unique("Once"), mobile()));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String customerId = created.json().get("id").asString();
    List<String> subjects = List.of(unique("First call"), unique("Second call"));
    for (String subject : subjects) {
      ApiClient.Response logged = api.post("/api/v1/interactions", record(customerId, subject));
      assertThat(logged.status()).as(logged.body()).isEqualTo(201);
    }

    page.setViewportSize(1280, 800);
    page.navigate(url("/login"));
    page.locator("#username").fill("admin");
    page.locator("#password").fill(PyraIntegrationTest.ADMIN_PASSWORD);
    page.locator("#sign-in").click();
    assertThat(page.locator("#welcome")).isVisible();
    page.navigate(url("/customers/" + customerId));

    assertThat(page.locator("#timeline .timeline-entry")).hasCount(subjects.size());
    assertThat(page.locator("#contacts-log a.log-contact")).isVisible();
    assertThat(page.locator("#contacts-log a.all-contacts"))
        .hasAttribute("href", "/interactions?customer=" + customerId);
    for (String subject : subjects) {
      assertThat(page.getByText(subject, new Page.GetByTextOptions().setExact(true))).hasCount(1);
    }
    assertThat(page.locator("#contacts-log .contact-record")).hasCount(0);
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Path.of("target", "screenshots", "customer-page-records-once.png"))
            .setFullPage(true));
  }

  @Test
  void inChineseOnAPhoneCodesAndActionsKeepToOneLine(Page page) {
    UserAccount admin =
        new OrgFixtures(orgUnits, users, roles)
            .member(orgUnits.tree().get(0).id())
            .roles("ADMINISTRATOR")
            .speaking("zh-CN")
            .create();
    ApiClient api = new ApiClient(port).signIn(admin.username(), OrgFixtures.PASSWORD);
    Map<String, Object> body = person(unique("王小明 Wang Xiaoming"), mobile());
    body.put("consents", List.of(Map.of("channel", "EMAIL", "granted", false)));
    ApiClient.Response created = api.post("/api/v1/customers", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String customerId = created.json().get("id").asString();
    ApiClient.Response contact =
        api.post(
            "/api/v1/customers/" + customerId + "/contacts",
            Map.of("name", "李娜 Li Na, mother of the pupil", "title", "家长", "phone", mobile()));
    assertThat(contact.status()).as(contact.body()).isEqualTo(201);

    page.setViewportSize(390, 844);
    page.navigate(url("/login"));
    page.locator("#username").fill(admin.username());
    page.locator("#password").fill(OrgFixtures.PASSWORD);
    page.locator("#sign-in").click();
    page.waitForURL(java.util.regex.Pattern.compile("^(?!.*/login).*$"));
    page.navigate(url("/customers/" + customerId));
    assertThat(page.locator("#contacts a.edit-contact")).isVisible();
    assertThat(page.locator("#consent-EMAIL")).containsText("电子邮件：自 ");
    assertThat(page.locator("#consent-EMAIL")).containsText(" 起不允许");

    for (String selector :
        List.of(
            "#customer-code",
            "#edit-customer",
            "#delete-customer",
            "#contacts a.edit-contact",
            "#contacts .contact-actions button")) {
      Object lines =
          page.locator(selector)
              .first()
              .evaluate(
                  "e => e.getBoundingClientRect().height"
                      + " / parseFloat(getComputedStyle(e).lineHeight)");
      assertThat(((Number) lines).doubleValue()).as(selector + " in lines").isLessThan(2);
    }
    Object scrollWidth = page.evaluate("document.scrollingElement.scrollWidth");
    assertThat(((Number) scrollWidth).intValue()).isLessThanOrEqualTo(390);
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Path.of("target", "screenshots", "customer-page-390-zh-CN.png"))
            .setFullPage(true));
  }

  private static Map<String, Object> record(String customerId, String subject) {
    Map<String, Object> body = new HashMap<>();
    body.put("customerId", customerId);
    body.put("type", "INQUIRY");
    body.put("channel", "PHONE");
    body.put("direction", "OUTBOUND");
    body.put("subject", subject);
    body.put("occurredAt", Instant.now().minusSeconds(3600).toString());
    return body;
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
