/** Contact records, tasks, the follow-up policy and the customer timeline. */
@ApplicationModule(allowedDependencies = {"platform", "customer", "identity"})
package io.pyra.interaction;

import org.springframework.modulith.ApplicationModule;
