package io.pyra.customer.profile;

import java.util.UUID;

/**
 * A customer that may be the same as the one being saved, and why: phone, email or name. {@code
 * orgUnit} names the unit it belongs to, so the user knows whom to ask. A candidate the user may
 * not read is {@linkplain #hidden hidden}: it carries only the reason and the unit (id, code, name
 * and city are {@code null}), so that typing a phone or a name never reveals another branch's
 * customer.
 */
public record DuplicateCandidate(
    UUID id, String code, String name, String city, String reason, String orgUnit) {

  static DuplicateCandidate hidden(String reason, String orgUnit) {
    return new DuplicateCandidate(null, null, null, null, reason, orgUnit);
  }

  /** Whether the user may read the candidate (and so open or merge it). */
  public boolean visible() {
    return id != null;
  }
}
