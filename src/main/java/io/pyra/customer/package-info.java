/**
 * Customers: organizations, persons, their contacts, taxonomies, custom fields, dedupe and merge.
 */
@ApplicationModule(allowedDependencies = {"platform", "identity"})
package io.pyra.customer;

import org.springframework.modulith.ApplicationModule;
