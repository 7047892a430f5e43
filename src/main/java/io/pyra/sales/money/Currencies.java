package io.pyra.sales.money;

import io.pyra.platform.IsoCurrency;
import io.pyra.platform.error.BusinessRuleException;
import java.util.Locale;

/** Currency codes as ISO 4217 has them (three capital letters of a currency Java knows). */
public final class Currencies {

  private Currencies() {}

  /** Whether {@code code} is an ISO 4217 currency code (in any case, around blanks). */
  public static boolean isIso(String code) {
    return IsoCurrency.of(code).isPresent();
  }

  /**
   * The code in capitals; a missing or unknown code is a broken rule naming {@code field} (422
   * {@code iso-4217}).
   */
  public static String require(String code, String field) {
    if (code == null || code.isBlank()) {
      throw new BusinessRuleException(field, "required", "sales.currency.required");
    }
    if (!isIso(code)) {
      throw new BusinessRuleException(
          field, "iso-4217", "sales.currency.unknown", shortened(code.strip()));
    }
    return code.strip().toUpperCase(Locale.ROOT);
  }

  private static String shortened(String code) {
    return code.length() > 12 ? code.substring(0, 12) + "…" : code;
  }
}
