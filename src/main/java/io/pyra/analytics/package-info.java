/**
 * Value metrics (customer pyramid, ABC grades, RFM, migration) and reports, built from other
 * modules' APIs and events.
 */
@ApplicationModule(allowedDependencies = {"platform", "customer", "sales", "identity"})
package io.pyra.analytics;

import org.springframework.modulith.ApplicationModule;
