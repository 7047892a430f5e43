/** Resources, bookings, sessions and set-up requests. */
@ApplicationModule(allowedDependencies = {"platform", "customer", "identity"})
package io.pyra.scheduling;

import org.springframework.modulith.ApplicationModule;
