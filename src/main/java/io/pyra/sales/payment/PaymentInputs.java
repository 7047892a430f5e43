package io.pyra.sales.payment;

import io.pyra.platform.error.RuleViolation;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Reads the amounts and times of payments, refunds and instalments as typed (a form's text or a
 * JSON string or number), each broken rule added to a list naming its field.
 */
final class PaymentInputs {

  /** The largest amount a column DECIMAL(21,6) holds, exclusive. */
  private static final BigDecimal LIMIT = new BigDecimal("1000000000000000");

  private static final int SCALE = 6;

  private PaymentInputs() {}

  /**
   * A positive amount with at most 6 decimals, or {@code null} after adding the violation ({@code
   * required}, {@code type}, {@code positive}, {@code scale}, {@code too-large}).
   */
  static BigDecimal amount(String field, String text, List<RuleViolation> violations) {
    if (text == null || text.isBlank()) {
      violations.add(new RuleViolation(field, "required", "sales.amount.required"));
      return null;
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      violations.add(new RuleViolation(field, "type", "sales.amount.type"));
      return null;
    }
    if (value.signum() <= 0) {
      violations.add(new RuleViolation(field, "positive", "sales.amount.positive"));
      return null;
    }
    if (value.stripTrailingZeros().scale() > SCALE) {
      violations.add(new RuleViolation(field, "scale", "sales.amount.scale", SCALE));
      return null;
    }
    if (value.compareTo(LIMIT) >= 0) {
      violations.add(new RuleViolation(field, "too-large", "sales.amount.too-large"));
      return null;
    }
    return value.setScale(SCALE);
  }

  /**
   * A time given as a day ({@code 2026-12-05}: its start in the company's time zone) or as a time
   * with offset; now when blank; {@code null} after adding the violation ({@code type}, or {@code
   * future} for a day after today).
   */
  static Instant time(
      String field, String text, ZoneId zone, LocalDate today, List<RuleViolation> violations) {
    if (text == null || text.isBlank()) {
      return Instant.now();
    }
    Instant at;
    String value = text.strip();
    try {
      at =
          value.length() <= 10
              ? LocalDate.parse(value).atStartOfDay(zone).toInstant()
              : OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeException e) {
      violations.add(new RuleViolation(field, "type", "sales.time.type"));
      return null;
    }
    if (at.atZone(zone).toLocalDate().isAfter(today)) {
      violations.add(new RuleViolation(field, "future", "sales.time.future"));
      return null;
    }
    return at;
  }

  /** A day ({@code 2026-12-31}), or {@code null} after adding the violation. */
  static LocalDate day(String field, String text, List<RuleViolation> violations) {
    if (text == null || text.isBlank()) {
      violations.add(new RuleViolation(field, "required", "sales.day.required"));
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeException e) {
      violations.add(new RuleViolation(field, "type", "sales.day.type"));
      return null;
    }
  }
}
