/** Import and export, webhooks, the message broker, mail, iCalendar and vCard. */
@ApplicationModule(allowedDependencies = {"platform", "identity", "customer", "sales", "support"})
package io.pyra.integration;

import org.springframework.modulith.ApplicationModule;
