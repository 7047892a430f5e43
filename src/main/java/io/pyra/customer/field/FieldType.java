package io.pyra.customer.field;

/** The kinds of custom field an administrator can define. */
public enum FieldType {
  TEXT,
  NUMBER,
  DATE,
  BOOLEAN,
  CHOICE,
  MULTI_CHOICE
}
