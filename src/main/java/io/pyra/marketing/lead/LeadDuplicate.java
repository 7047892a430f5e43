package io.pyra.marketing.lead;

import java.util.UUID;

/**
 * A customer or a lead that may be the person being entered, and why ({@code phone}, {@code email}
 * or {@code name}); {@code orgUnit} names its unit. One the user may not read carries only its
 * kind, the reason and the unit ({@code id}, {@code code} and {@code name} are null).
 */
public record LeadDuplicate(
    Kind kind, UUID id, String code, String name, String reason, String orgUnit) {

  /** What the duplicate is. */
  public enum Kind {
    CUSTOMER,
    LEAD
  }

  public boolean visible() {
    return id != null;
  }

  /** The page of a visible duplicate. */
  public String url() {
    if (id == null) {
      return null;
    }
    return kind == Kind.CUSTOMER ? "/customers/" + id : "/leads/" + id;
  }
}
