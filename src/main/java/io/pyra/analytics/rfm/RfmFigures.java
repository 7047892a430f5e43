package io.pyra.analytics.rfm;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * What RFM scores for a customer active in the window, as of a day: days from the last sale's day
 * to the as-of day (recency), the number of sales (frequency; credit notes are not sales) and the
 * net revenue (monetary; negative when credit notes and refunds exceed the sales).
 */
public record RfmFigures(
    UUID customerId, String code, int recencyDays, int frequency, BigDecimal monetary) {

  public RfmFigures {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(monetary, "monetary");
    if (recencyDays < 0 || frequency < 1) {
      throw new IllegalArgumentException(
          "an active customer has a last sale on or before the as-of day and at least one sale");
    }
  }
}
