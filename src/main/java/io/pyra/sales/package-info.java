/**
 * Catalogue, opportunities and pipelines, orders and contracts, payments and refunds: what each
 * customer bought, at what price and cost, when, and whether they paid on time.
 */
@ApplicationModule(allowedDependencies = {"platform", "customer", "identity", "interaction"})
package io.pyra.sales;

import org.springframework.modulith.ApplicationModule;
