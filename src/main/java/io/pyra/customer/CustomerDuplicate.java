package io.pyra.customer;

/**
 * A customer that may be the same person as one being entered in another module (a lead), and why:
 * {@code phone}, {@code email} or {@code name}. {@code orgUnit} names the unit it belongs to. One
 * the current user may not read carries only the reason and the unit ({@code id}, {@code code} and
 * {@code name} are null), as the customer module's own warning does.
 */
public record CustomerDuplicate(
    CustomerId id, String code, String name, String reason, String orgUnit) {

  /** Whether the current user may read (and so open) the customer. */
  public boolean visible() {
    return id != null;
  }
}
