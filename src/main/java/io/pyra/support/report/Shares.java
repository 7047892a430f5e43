package io.pyra.support.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages, averages and hours as the reports show them: one decimal, half up. */
final class Shares {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal HOUR = BigDecimal.valueOf(3600);

  private Shares() {}

  /** {@code part} of {@code whole} in percent; null when there is nothing to compare with. */
  static BigDecimal percent(long part, long whole) {
    if (whole == 0) {
      return null;
    }
    return BigDecimal.valueOf(part)
        .multiply(HUNDRED)
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }

  /** {@code sum / count}; null for no values. */
  static BigDecimal average(BigDecimal sum, long count) {
    if (count == 0 || sum == null) {
      return null;
    }
    return sum.divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
  }

  /** Seconds in hours; null stays null. */
  static BigDecimal hours(BigDecimal seconds) {
    return seconds == null ? null : seconds.divide(HOUR, 1, RoundingMode.HALF_UP);
  }

  /** Mean seconds in hours: {@code sum / count / 3600}; null for no values. */
  static BigDecimal averageHours(BigDecimal sumSeconds, long count) {
    if (count == 0 || sumSeconds == null) {
      return null;
    }
    return sumSeconds.divide(BigDecimal.valueOf(count).multiply(HOUR), 1, RoundingMode.HALF_UP);
  }
}
