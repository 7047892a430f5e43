package io.pyra.scheduling.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the reports round: hours to two decimals and percentages to one, half up, from the exact
 * figures (a total is summed before it is rounded); a share of nothing is null, shown as "—".
 */
public final class Figures {

  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Figures() {}

  /** Seconds as hours, two decimals. */
  public static BigDecimal hours(long seconds) {
    return BigDecimal.valueOf(seconds).divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP);
  }

  /** {@code part} of {@code whole} in percent with one decimal; null when the whole is zero. */
  public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return null;
    }
    return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
  }

  public static BigDecimal percent(long part, long whole) {
    return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
  }

  /** An amount of money, two decimals. */
  public static BigDecimal money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }
}
