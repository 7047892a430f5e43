package io.pyra.platform;

import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * Currency codes as users type them: an ISO 4217 code (three letters, any case, around blanks) of a
 * currency Java knows, answered in capitals. Each module says in its own words why a code is
 * refused; the rule is this one.
 */
public final class IsoCurrency {

  private IsoCurrency() {}

  /** The code in capitals, or empty when {@code given} is not an ISO 4217 currency code. */
  public static Optional<String> of(String given) {
    String clean = given == null ? "" : given.strip();
    if (clean.length() != 3 || !clean.chars().allMatch(ch -> ch < 128 && Character.isLetter(ch))) {
      return Optional.empty();
    }
    try {
      return Optional.of(Currency.getInstance(clean.toUpperCase(Locale.ROOT)).getCurrencyCode());
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }
}
