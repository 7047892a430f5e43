package io.pyra.sales.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts are kept exact and rounded to the cent only when shown. */
public final class Money {

  private Money() {}

  /** The amount to the cent, e.g. {@code 1200.50}; {@code null} stays {@code null}. */
  public static BigDecimal cents(BigDecimal amount) {
    return amount == null ? null : amount.setScale(2, RoundingMode.HALF_EVEN);
  }

  /** The amount to the cent as text, for a message. */
  public static String shown(BigDecimal amount) {
    return cents(amount).toPlainString();
  }
}
