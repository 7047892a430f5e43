/** Catalogue, opportunities, orders and contracts, payments and refunds. */
@ApplicationModule(allowedDependencies = {"platform", "customer", "identity"})
package io.pyra.sales;

import org.springframework.modulith.ApplicationModule;
