package io.pyra.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port against a fresh database (H2, or PostgreSQL in the suite's
 * second run). Tests sharing this annotation share one application context, so they create their
 * own records with unique names and never assume an empty database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("integration")
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "pyra.admin.password=" + PyraIntegrationTest.ADMIN_PASSWORD,
      // the SLA clocks run when a test says, at the instant it chooses, never on their own
      "pyra.support.sla-cron=-",
      "pyra.support.regrade-cron=-",
      // every test client connects from this machine: as if through a load balancer here, each
      // test's form posts name their own client address (X-Forwarded-For)
      "pyra.marketing.form.trusted-proxies=127.0.0.1,::1",
      "pyra.marketing.form.per-address=5",
      // the visitors' reminders go out when a test runs a pass, never on their own
      "pyra.marketing.appointments.reminder-cron=-",
      // and the class reminders likewise
      "pyra.scheduling.sessions.reminder-cron=-",
      // and mailings are sent when a test runs a sending pass
      "pyra.marketing.mailing.enabled=false",
      // hand-off targets run when a test says
      "pyra.scheduling.handoff.cron=-"
    })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface PyraIntegrationTest {

  /** The password of the administrator {@code admin} that the first start creates. */
  String ADMIN_PASSWORD = "Pyra-Secret-2026";
}
