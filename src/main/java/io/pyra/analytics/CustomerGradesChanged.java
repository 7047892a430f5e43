package io.pyra.analytics;

import io.pyra.customer.CustomerId;

/**
 * The grade {@code analytics_customer_value_view} gives changed: for {@code customerId} (a manager
 * set or removed its override), or for any customer when {@code customerId} is null (a grading
 * scheme was run again). An override that runs out changes a grade without this event.
 */
public record CustomerGradesChanged(CustomerId customerId) {

  /** A grading run: any customer's grade may have changed. */
  public static CustomerGradesChanged everyCustomer() {
    return new CustomerGradesChanged(null);
  }
}
