package io.pyra.customer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.testing.BrowserTest;
import io.pyra.testing.PyraIntegrationTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A user types a name into the search and the list filter, sees the customer, and opens it. */
@BrowserTest
class CustomerSearchBrowserTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  @Test
  void typingInTheSearchAndTheListFilterFindsTheCustomerAndOpensIt(Page page) {
    FindFixtures fixtures = new FindFixtures(orgUnits, users, roles, jdbc);
    String name = "张伟明 " + FindFixtures.unique("B");
    var customer = fixtures.customer(name, fixtures.admin(), fixtures.root().id());

    page.navigate("http://localhost:" + port + "/login");
    page.locator("#username").fill("admin");
    page.locator("#password").fill(PyraIntegrationTest.ADMIN_PASSWORD);
    page.locator("#sign-in").click();
    assertThat(page.locator("#welcome")).isVisible();

    page.navigate("http://localhost:" + port + "/customers");
    page.locator("#filter-q").pressSequentially(name.substring(name.indexOf(' ') + 1));
    assertThat(page.locator("#customer-table .customer-name")).hasText(new String[] {name});
    assertThat(page).hasURL(Pattern.compile(".*q=.*"));

    page.navigate("http://localhost:" + port + "/search");
    page.locator("#search-q").fill(customer.code());
    page.locator("#search-submit").click();
    assertThat(page.locator("#search-results")).containsText(name);
    page.locator(".search-result").first().click();
    assertThat(page).hasURL(Pattern.compile(".*/customers/" + customer.id()));
  }
}
