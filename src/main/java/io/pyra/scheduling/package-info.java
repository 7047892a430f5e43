/** Resources, bookings, sessions and set-up requests. */
@ApplicationModule(
    allowedDependencies = {"platform", "customer", "identity", "interaction", "sales"})
package io.pyra.scheduling;

import org.springframework.modulith.ApplicationModule;
