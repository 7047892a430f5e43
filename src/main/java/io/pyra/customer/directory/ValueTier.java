package io.pyra.customer.directory;

import io.pyra.platform.error.BusinessRuleException;
import java.util.Locale;

/**
 * A customer's value tier in the company's pyramid, as analytics publishes it: highest first. The
 * customer module only shows and filters by it; analytics computes it.
 */
public enum ValueTier {
  TOP,
  HIGH,
  MIDDLE,
  LOW;

  /** The tier named by {@code text} (any case), null when blank; else a 422 naming {@code tier}. */
  public static ValueTier parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException("tier", "one-of", "customers.filter.tier.unknown", text);
    }
  }
}
