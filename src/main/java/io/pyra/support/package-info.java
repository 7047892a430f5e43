/** Cases, SLA policies, escalation and the knowledge base. */
@ApplicationModule(allowedDependencies = {"platform", "customer", "identity"})
package io.pyra.support;

import org.springframework.modulith.ApplicationModule;
