package io.pyra.support.report;

import io.pyra.platform.error.BusinessRuleException;
import java.util.Locale;

/** Which cases a report counts: complaints only, or every type. */
public enum CaseTypes {
  COMPLAINTS,
  ALL;

  /** The parameter's value ({@code complaints}, {@code all}); {@code fallback} when none. */
  public static CaseTypes parse(String text, CaseTypes fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    for (CaseTypes t : values()) {
      if (t.parameter().equals(text.strip().toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    throw new BusinessRuleException("type", "one-of", "supportreport.type.unknown");
  }

  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether only complaints are counted (bound as {@code :complaintsOnly}). */
  boolean complaintsOnly() {
    return this == COMPLAINTS;
  }
}
