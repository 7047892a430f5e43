package io.pyra.sales.money;

import io.pyra.identity.CurrentUser;
import io.pyra.platform.SqlTime;
import io.pyra.platform.audit.AuditEvent;
import io.pyra.platform.audit.AuditLog;
import io.pyra.platform.audit.FieldChange;
import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exchange rates: how many units of the base currency one unit of a currency is worth, from a day
 * until the day of the next rate of that currency. The base currency's rate is always 1.
 */
@Service
public class ExchangeRates {

  /** Largest rate accepted (DECIMAL(19,8)). */
  static final BigDecimal MAX_RATE = new BigDecimal("99999999999");

  /** One stored rate. */
  public record Rate(String currency, LocalDate validFrom, BigDecimal rate, Instant createdAt) {}

  private final JdbcClient jdbc;
  private final BaseCurrency base;
  private final CurrentUser currentUser;
  private final AuditLog audit;

  ExchangeRates(JdbcClient jdbc, BaseCurrency base, CurrentUser currentUser, AuditLog audit) {
    this.jdbc = jdbc;
    this.base = base;
    this.currentUser = currentUser;
    this.audit = audit;
  }

  /**
   * The rate of {@code currency} on {@code day}: 1 for the base currency; a currency that is not
   * ISO 4217, or has no rate from that day or before, is a broken rule naming {@code field}.
   */
  @Transactional(readOnly = true)
  public BigDecimal rate(String currency, LocalDate day, String field) {
    String code = Currencies.require(currency, field);
    String baseCode = base.code();
    if (code.equals(baseCode)) {
      return BigDecimal.ONE;
    }
    return find(code, day)
        .orElseThrow(
            () ->
                new BusinessRuleException(
                    field, "no-rate", "sales.currency.no-rate", code, baseCode, day.toString()));
  }

  /** The rate of a (valid, non-base) currency on a day, if one is stored from then or before. */
  @Transactional(readOnly = true)
  public Optional<BigDecimal> find(String currency, LocalDate day) {
    return jdbc.sql(
            """
            select rate from sales_exchange_rate where currency = :currency and valid_from <= :day
             order by valid_from desc limit 1""")
        .param("currency", currency)
        .param("day", day)
        .query(BigDecimal.class)
        .optional();
  }

  private static String recordId(String currency, LocalDate day) {
    return currency + "/" + day;
  }

  /** Every stored rate, by currency and newest first. */
  @Transactional(readOnly = true)
  public List<Rate> all() {
    return jdbc.sql(
            """
            select currency, valid_from, rate, created_at from sales_exchange_rate
             order by currency, valid_from desc limit 2000""")
        .query(
            (rs, n) ->
                new Rate(
                    rs.getString(1),
                    rs.getObject(2, LocalDate.class),
                    rs.getBigDecimal(3).stripTrailingZeros(),
                    SqlTime.instant(rs.getObject(4, OffsetDateTime.class))))
        .list();
  }

  /** The same as {@link #add(String, LocalDate, BigDecimal)} for a day and a rate as typed. */
  @Transactional
  public Rate add(String currency, String validFrom, String rate) {
    List<RuleViolation> violations = new ArrayList<>();
    LocalDate day = null;
    if (validFrom != null && !validFrom.isBlank()) {
      try {
        day = LocalDate.parse(validFrom.strip());
      } catch (java.time.format.DateTimeParseException e) {
        violations.add(new RuleViolation("validFrom", "type", "sales.rate.validFrom.invalid"));
      }
    }
    BigDecimal value = null;
    if (rate != null && !rate.isBlank()) {
      try {
        value = new BigDecimal(rate.strip());
      } catch (NumberFormatException e) {
        violations.add(new RuleViolation("rate", "number", "sales.rate.rate.number"));
      }
    }
    return add(
        currency,
        day,
        value,
        violations,
        validFrom != null && !validFrom.isBlank(),
        rate != null && !rate.isBlank());
  }

  /**
   * Stores the rate of a currency from a day (replacing one stored for that very day). Needs {@code
   * sales.settings}.
   */
  @Transactional
  public Rate add(String currency, LocalDate validFrom, BigDecimal rate) {
    return add(currency, validFrom, rate, new ArrayList<>(), false, false);
  }

  private Rate add(
      String currency,
      LocalDate validFrom,
      BigDecimal rate,
      List<RuleViolation> violations,
      boolean dayTyped,
      boolean rateTyped) {
    if (!currentUser.has(BaseCurrency.PERMISSION)) {
      throw new AccessRefusedException("sales.settings is needed to add an exchange rate");
    }
    String code = null;
    try {
      code = Currencies.require(currency, "currency");
      if (code.equals(base.code())) {
        violations.add(
            new RuleViolation("currency", "base-currency", "sales.rate.base-currency", code));
      }
    } catch (BusinessRuleException e) {
      violations.addAll(e.violations());
    }
    if (validFrom == null && !dayTyped) {
      violations.add(new RuleViolation("validFrom", "required", "sales.rate.validFrom.required"));
    }
    if (rate == null) {
      if (!rateTyped) {
        violations.add(new RuleViolation("rate", "required", "sales.rate.rate.required"));
      }
    } else if (rate.signum() <= 0) {
      violations.add(new RuleViolation("rate", "positive", "sales.rate.rate.positive"));
    } else if (rate.compareTo(MAX_RATE) > 0 || Math.max(rate.scale(), 0) > 8) {
      violations.add(new RuleViolation("rate", "digits", "sales.rate.rate.digits"));
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    Instant now = Instant.now();
    Optional<BigDecimal> before =
        jdbc.sql(
                "select rate from sales_exchange_rate where currency = :currency and valid_from = :day")
            .param("currency", code)
            .param("day", validFrom)
            .query(BigDecimal.class)
            .optional();
    if (before.isPresent()) {
      jdbc.sql(
              "update sales_exchange_rate set rate = :rate, created_at = :now where currency = :currency and valid_from = :day")
          .param("rate", rate)
          .param("now", SqlTime.utc(now))
          .param("currency", code)
          .param("day", validFrom)
          .update();
    } else {
      jdbc.sql(
              "insert into sales_exchange_rate (currency, valid_from, rate, created_at) values (:currency, :day, :rate, :now)")
          .param("rate", rate)
          .param("now", SqlTime.utc(now))
          .param("currency", code)
          .param("day", validFrom)
          .update();
    }
    audit.append(
        new AuditEvent(
            before.isPresent() ? "UPDATE" : "CREATE",
            "sales_exchange_rate",
            recordId(code, validFrom),
            currentUser.id().map(id -> id.value()).orElse(null),
            currentUser.username().orElse(null),
            List.of(
                new FieldChange(
                    "rate",
                    before.map(b -> b.stripTrailingZeros().toPlainString()).orElse(null),
                    rate.stripTrailingZeros().toPlainString()))));
    return new Rate(code, validFrom, rate.stripTrailingZeros(), now);
  }
}
