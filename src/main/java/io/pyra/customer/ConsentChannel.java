package io.pyra.customer;

/** The channels a customer consents (or not) to be contacted by. */
public enum ConsentChannel {
  EMAIL,
  SMS,
  PHONE
}
