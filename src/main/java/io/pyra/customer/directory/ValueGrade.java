package io.pyra.customer.directory;

import io.pyra.platform.error.BusinessRuleException;
import java.util.Locale;

/**
 * A customer's ABC grade as analytics publishes it (the manager's unexpired override, else the
 * computed grade), best first. The customer module only shows, filters and sorts by it.
 */
public enum ValueGrade {
  A,
  B,
  C;

  /**
   * The grade named by {@code text} (any case), null when blank; else a 422 naming {@code grade}.
   */
  public static ValueGrade parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException("grade", "one-of", "customers.filter.grade.unknown", text);
    }
  }
}
