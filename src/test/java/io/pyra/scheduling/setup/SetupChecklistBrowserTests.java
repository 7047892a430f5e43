package io.pyra.scheduling.setup;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.BrowserTest;
import io.pyra.testing.OrgFixtures;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A technician signs in, opens the set-up queue from the sidebar, opens the request of a session's
 * PC set, marks the machines installed and verified row by row (one fails with a note, then is
 * verified) and watches the progress grow until the request is READY.
 */
@BrowserTest
class SetupChecklistBrowserTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void aTechnicianWorksTheChecklistUntilTheRequestIsReady(Page page) throws Exception {
    SetupFixtures fixtures =
        new SetupFixtures(orgUnits, users, roles, jdbc, events, transactions, port);
    OrgUnit centre = fixtures.org.branch();
    UserAccount principal = fixtures.user(centre, "CENTRE_PRINCIPAL");
    UserAccount technician = fixtures.user(centre, "TECHNICIAN");
    String pcSetName = "PC set " + UUID.randomUUID().toString().substring(0, 6);
    // due soonest of all: a booking starting in a day
    Instant starts = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    UUID booking =
        fixtures.session(
            centre,
            "Photoshop basics",
            starts,
            starts.plusSeconds(7200),
            fixtures.profile(),
            principal,
            fixtures.pcSet(centre, pcSetName, 3));
    UUID request = (UUID) fixtures.awaitRequests(booking, r -> r.size() == 1).get(0).get("id");

    page.navigate(url("/login"));
    page.locator("#username").fill(technician.username());
    page.locator("#password").fill(OrgFixtures.PASSWORD);
    page.locator("#sign-in").click();
    page.locator("#nav-setup").click();

    Locator row = page.locator("#setup-" + request);
    assertThat(row.locator(".setup-pc-set")).hasText(pcSetName);
    assertThat(row.locator(".setup-progress-text")).hasText("0 of 3 verified");
    row.locator(".setup-open").click();

    assertThat(page.locator("#setup-title")).hasText("Set-up of " + pcSetName);
    assertThat(page.locator("#setup-status")).hasText("Open");
    assertThat(page.locator(".machine-row")).hasCount(3);

    machine(page, 1).locator(".mark-installed").click();
    assertThat(machine(page, 1).locator(".machine-state")).hasText("Installed");
    machine(page, 1).locator(".mark-verified").click();
    assertThat(page.locator("#setup-progress-text")).hasText("1 of 3 verified");
    machine(page, 2).locator(".mark-verified").click();
    assertThat(page.locator("#setup-progress-text")).hasText("2 of 3 verified");

    // machine 3 fails: without a note it is refused, with one it is kept
    machine(page, 3).locator(".mark-failed").click();
    assertThat(page.locator("#checklist-error")).hasText("Say why the machine failed.");
    assertThat(machine(page, 3).locator(".machine-state")).hasText("Pending");
    machine(page, 3).locator(".machine-note-input").fill("Blue screen after the driver update");
    machine(page, 3).locator(".mark-failed").click();
    assertThat(machine(page, 3).locator(".machine-state")).hasText("Failed");
    assertThat(machine(page, 3).locator(".machine-note"))
        .hasText("Blue screen after the driver update");
    assertThat(page.locator("#setup-status")).hasText("Open");

    machine(page, 3).locator(".mark-verified").click();
    assertThat(page.locator("#setup-progress-text")).hasText("3 of 3 verified");
    assertThat(page.locator("#setup-status")).hasText("Ready");
    assertThat(page.locator("#checklist-error")).hasCount(0);

    // the queue shows it ready
    page.navigate(url("/setup-requests?status=READY"));
    assertThat(page.locator("#setup-" + request + " .setup-status")).hasText("Ready");
    assertThat(page.locator("#setup-" + request + " .setup-progress-text"))
        .hasText("3 of 3 verified");
  }

  private static Locator machine(Page page, int no) {
    return page.locator("#machine-" + no);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
