package io.pyra.sales.opportunity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * The opportunities of one stage in one currency: how many, their amount and their amount weighted
 * by probability (exact; rounded to the cent when shown).
 */
public record StageTotal(
    UUID stageId, String currency, long count, BigDecimal amount, BigDecimal weighted) {

  public BigDecimal shownAmount() {
    return amount.setScale(2, RoundingMode.HALF_EVEN);
  }

  public BigDecimal shownWeighted() {
    return weighted.setScale(2, RoundingMode.HALF_EVEN);
  }
}
