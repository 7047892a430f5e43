package io.pyra.support.knowledge;

/** Who an article is for: the staff only, or customers too (the portal will show those). */
public enum Audience {
  INTERNAL,
  CUSTOMER
}
