package io.pyra.customer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.pyra.testing.BrowserTest;
import io.pyra.testing.PyraIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A user enters a customer twice by mistake, merges the second entry into the first without the
 * second ever being saved, and a call finds the customer.
 */
@BrowserTest
class CustomerRecordBrowserTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private long named(String name) {
    return jdbc.sql("select count(*) from customer_customer where name = ?")
        .param(name)
        .query(Long.class)
        .single();
  }

  @Test
  void aSecondEntryWithTheSamePhoneIsCaughtAndMergedIntoTheFirst(Page page) {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String phone = CustomerStaff.mobile();
    signIn(page);

    page.navigate(url("/customers/new"));
    page.locator("#kind").selectOption("PERSON");
    page.locator("#name").fill("Liu Yang " + suffix);
    page.locator("#phone-0")
        .fill(phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7));
    page.locator("#save").click();
    assertThat(page.locator("#flash-success")).isVisible();
    String firstCode = page.locator("#customer-code").textContent().strip();

    page.navigate(url("/customers/new"));
    page.locator("#name").fill("Yang Liu " + suffix);
    page.locator("#phone-0").fill("+86 " + phone);
    page.locator("#save").click();
    assertThat(page.locator("#duplicates")).containsText(firstCode);

    page.locator("#duplicates button.merge-into").first().click();
    assertThat(page.locator("#merge-table")).isVisible();
    // the second entry was never saved: the merge page carries it, and no second record exists
    assertThat(page.locator("#merge-table")).containsText("Yang Liu " + suffix);
    org.assertj.core.api.Assertions.assertThat(named("Yang Liu " + suffix)).isZero();
    page.onDialog(dialog -> dialog.accept());
    page.locator("#confirm-merge").click();
    assertThat(page.locator("#flash-success")).isVisible();
    assertThat(page.locator("#customer-code")).hasText(firstCode);
    assertThat(page.locator("#customer-name")).hasText("Liu Yang " + suffix);
    org.assertj.core.api.Assertions.assertThat(named("Yang Liu " + suffix)).isZero();

    page.navigate(url("/lookup?phone=86" + phone));
    assertThat(page.locator(".customer-card")).hasCount(1);
    assertThat(page.locator(".customer-card")).containsText(firstCode);
    assertThat(page.locator(".customer-card")).containsText("Liu Yang " + suffix);
  }

  @Test
  void aDuplicateIsSavedAnywayWithAReasonAndAnUnknownCallerCanBeCreated(Page page) {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String phone = CustomerStaff.mobile();
    signIn(page);

    page.navigate(url("/customers/new"));
    page.locator("#name").fill("Zhou Min " + suffix);
    page.locator("#phone-0").fill(phone);
    page.locator("#save").click();
    assertThat(page.locator("#flash-success")).isVisible();

    page.navigate(url("/customers/new"));
    page.locator("#name").fill("Zhou Ming " + suffix);
    page.locator("#phone-0").fill(phone);
    page.locator("#save").click();
    assertThat(page.locator("#duplicates")).isVisible();
    page.locator("#duplicateReason").fill("Brothers sharing one phone");
    page.locator("#save-anyway").click();
    assertThat(page.locator("#flash-success")).isVisible();
    assertThat(page.locator("#customer-name")).hasText("Zhou Ming " + suffix);

    page.navigate(url("/lookup?phone=" + phone));
    assertThat(page.locator(".customer-card")).hasCount(2);
    assertThat(page.locator("#lookup-several")).isVisible();

    String unknown = CustomerStaff.mobile();
    page.navigate(url("/lookup?phone=" + unknown));
    assertThat(page.locator("#lookup-none")).containsText(unknown);
    page.locator("#lookup-create").click();
    assertThat(page.locator("#phone-0")).hasValue(unknown);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private void signIn(Page page) {
    page.navigate(url("/login"));
    page.locator("#username").fill("admin");
    page.locator("#password").fill(PyraIntegrationTest.ADMIN_PASSWORD);
    page.locator("#sign-in").click();
    assertThat(page.locator("#welcome")).isVisible();
  }
}
