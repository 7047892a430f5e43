/** The customer module's dashboard card: new customers of this month by lifecycle stage. */
package io.pyra.customer.dashboard;
