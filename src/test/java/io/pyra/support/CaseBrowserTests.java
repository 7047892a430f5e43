package io.pyra.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.pyra.support.CaseStaff.unique;

import com.microsoft.playwright.Page;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.BrowserTest;
import io.pyra.testing.PyraIntegrationTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An agent opens a case from the customer page, works it (in progress, waiting on the customer, in
 * progress again) and resolves it with the resolution; the page then shows the SLA state and the
 * whole history.
 */
@BrowserTest
class CaseBrowserTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  @Test
  void anAgentOpensACaseFromTheCustomerPageWorksItAndResolvesIt(Page page) {
    CaseStaff staff = new CaseStaff(orgUnits, users, roles, jdbc, port);
    OrgUnit branch = staff.branch();
    UserAccount agent = staff.user(branch, "CALL_CENTRE_AGENT");
    String customerName = unique("Sun Li");
    UUID customer = staff.customer(customerName, agent, branch);
    staff.contact(customer, "Sun Hao");
    // a published article the case form should offer for the subject the agent types
    String word = "Makeupclass" + UUID.randomUUID().toString().substring(0, 6);
    ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    Map<String, Object> article = new HashMap<>();
    article.put("title", "Cancelled classes: the " + word + " rule");
    article.put("body", "Offer a make-up class within a week.");
    article.put("language", "en");
    article.put("audience", "INTERNAL");
    ApiClient.Response written = admin.post("/api/v1/knowledge/articles", article);
    org.assertj.core.api.Assertions.assertThat(written.status()).as(written.body()).isEqualTo(201);
    admin.post(
        "/api/v1/knowledge/articles/" + written.json().get("id").asString() + "/publication",
        Map.of());

    page.navigate(url("/login"));
    page.locator("#username").fill(agent.username());
    page.locator("#password").fill(CaseStaff.PASSWORD);
    page.locator("#sign-in").click();
    assertThat(page.locator("#welcome")).containsText(agent.displayName());

    page.navigate(url("/customers/" + customer));
    page.locator("#new-customer-case").click();

    assertThat(page.locator("#case-customer")).containsText(customerName);
    page.locator("#contactId")
        .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Sun Hao"));
    page.locator("#type").selectOption("COMPLAINT");
    page.locator("#severity").selectOption("SERIOUS");
    page.locator("#subject").fill("Class cancelled without notice");
    page.locator("#subject").press("End");
    page.locator("#subject").pressSequentially(" " + word);
    assertThat(page.locator("#case-suggestions .suggested-article a"))
        .containsText("Cancelled classes: the " + word + " rule");
    page.locator("#subject").fill("Class cancelled without notice");
    page.locator("#description").fill("The Saturday class did not take place.");
    page.locator("#save").click();

    assertThat(page.locator("#flash-success")).containsText("Class cancelled without notice");
    assertThat(page.locator("#case-status .case-status")).hasAttribute("data-status", "NEW");
    assertThat(page.locator("#case-contact")).hasText("Sun Hao");

    page.locator("#move-IN_PROGRESS").click();
    assertThat(page.locator("#case-status .case-status")).hasText("In progress");
    page.locator("#move-WAITING_ON_CUSTOMER").click();
    assertThat(page.locator("#case-status .case-status")).hasText("Waiting on customer");
    assertThat(page.locator("#case-sla .sla-state")).hasAttribute("data-sla", "PAUSED");
    page.locator("#move-IN_PROGRESS").click();
    assertThat(page.locator("#case-status .case-status")).hasText("In progress");

    page.locator("#open-resolve").click();
    page.locator("#resolution").fill("Offered a make-up class on Sunday.");
    page.locator("#move-RESOLVED").click();

    assertThat(page.locator("#case-status .case-status")).hasText("Resolved");
    assertThat(page.locator("#case-sla .sla-state"))
        .hasAttribute("data-sla", Pattern.compile("MET|ON_TRACK"));
    assertThat(page.locator("#case-resolution")).hasText("Offered a make-up class on Sunday.");
    assertThat(page.locator("#case-history .history-what").first()).hasText("Case opened");
    assertThat(page.locator("#case-history tr[data-kind=STATUS]")).hasCount(4);
    assertThat(page.locator("#case-history tr[data-kind=STATUS]").last())
        .containsText("In progress → Resolved");

    page.locator("#case-customer").click();
    assertThat(page.locator("#cases-panel .case-row")).hasCount(1);
    assertThat(page.locator("#cases-panel .case-row")).containsText("Resolved");
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
