package io.pyra.marketing.campaign;

import io.pyra.platform.IsoCurrency;
import io.pyra.platform.error.RuleViolation;
import java.math.BigDecimal;
import java.util.List;

/**
 * The checks of an amount and its currency as a user typed them: an amount is given, not negative,
 * below 10^15 and with at most two decimals; a currency is an ISO 4217 code {@link Currency} knows.
 */
final class MoneyInput {

  private static final BigDecimal AMOUNT_LIMIT = new BigDecimal("1000000000000000");
  private static final int AMOUNT_DECIMALS = 2;

  private MoneyInput() {}

  /** The amount, or null with the broken rule added to {@code violations}. */
  static BigDecimal amount(String field, BigDecimal amount, List<RuleViolation> violations) {
    if (amount == null) {
      violations.add(new RuleViolation(field, "required", "campaign.amount.required", field));
      return null;
    }
    if (amount.signum() < 0) {
      violations.add(new RuleViolation(field, "negative", "campaign.amount.negative", field));
      return null;
    }
    if (amount.compareTo(AMOUNT_LIMIT) >= 0
        || amount.stripTrailingZeros().scale() > AMOUNT_DECIMALS) {
      violations.add(new RuleViolation(field, "range", "campaign.amount.range", field));
      return null;
    }
    return amount;
  }

  /** The currency code in capitals, or null with the broken rule added to {@code violations}. */
  static String currency(String field, String code, List<RuleViolation> violations) {
    String currency = isoCurrency(code);
    if (currency == null) {
      violations.add(new RuleViolation(field, "iso-4217", "campaign.currency.invalid", field));
    }
    return currency;
  }

  /** An ISO 4217 code in capitals, or null when {@code code} is not one. */
  static String isoCurrency(String code) {
    return IsoCurrency.of(code).orElse(null);
  }
}
