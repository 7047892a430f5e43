package io.pyra.customer;

/** An organization (B2B, with contact persons) or a person (an individual customer). */
public enum CustomerKind {
  ORGANIZATION,
  PERSON
}
