package io.pyra.customer;

/**
 * The record types under which the audit log files customers and their contact persons, for other
 * modules that refer to them in their own audit entries ({@code customerId → CUSTOMER}).
 */
public final class CustomerRecordTypes {

  public static final String CUSTOMER = "customer_customer";
  public static final String CONTACT = "customer_contact";

  private CustomerRecordTypes() {}
}
