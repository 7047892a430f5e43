/** Import and export, webhooks, the message broker, mail, iCalendar and vCard. */
@ApplicationModule
package io.pyra.integration;

import org.springframework.modulith.ApplicationModule;
