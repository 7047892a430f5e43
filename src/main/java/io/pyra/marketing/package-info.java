/** Campaigns, leads, appointments and the funnel. */
@ApplicationModule(
    allowedDependencies = {"platform", "customer", "identity", "interaction", "sales"})
package io.pyra.marketing;

import org.springframework.modulith.ApplicationModule;
