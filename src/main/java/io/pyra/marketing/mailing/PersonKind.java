package io.pyra.marketing.mailing;

/** Who a recipient is: a customer (the customer module's) or a lead (marketing's own). */
public enum PersonKind {
  CUSTOMER,
  LEAD
}
