/**
 * Cases with grade-aware service levels on business calendars, escalation, the seven steps of
 * complaint handling, the knowledge base and the support mailbox.
 */
@ApplicationModule(
    allowedDependencies = {"platform", "customer", "identity", "interaction", "sales", "analytics"})
package io.pyra.support;

import org.springframework.modulith.ApplicationModule;
