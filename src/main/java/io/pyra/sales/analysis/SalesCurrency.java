package io.pyra.sales.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The company's base currency (CNY until the administrator sets one) and the rates of the others,
 * for amounts that carry no rate of their own (opportunities).
 */
@Component
public class SalesCurrency {

  static final String DEFAULT = "CNY";

  private final JdbcClient jdbc;

  SalesCurrency(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public String base() {
    return jdbc.sql("select base_currency from sales_setting where id = 1")
        .query(String.class)
        .optional()
        .orElse(DEFAULT);
  }

  /**
   * Converts amounts to the base currency at the rates valid on a day; a currency without a rate is
   * taken at 1.
   */
  Converter converter(LocalDate day) {
    String base = base();
    Map<String, BigDecimal> rates = new HashMap<>();
    jdbc.sql(
            "select r.currency, r.rate from sales_exchange_rate r where r.valid_from ="
                + " (select max(x.valid_from) from sales_exchange_rate x"
                + " where x.currency = r.currency and x.valid_from <= :day)")
        .param("day", day)
        .query(
            rs -> {
              rates.put(rs.getString(1), rs.getBigDecimal(2));
            });
    return new Converter(base, rates);
  }

  /** Rates of one day. */
  record Converter(String base, Map<String, BigDecimal> rates) {

    BigDecimal toBase(BigDecimal amount, String currency) {
      if (amount == null) {
        return BigDecimal.ZERO;
      }
      if (base.equals(currency)) {
        return amount;
      }
      return amount.multiply(rates.getOrDefault(currency, BigDecimal.ONE));
    }
  }

  /** Money as shown: rounded to the cent, half to even. */
  static BigDecimal cents(BigDecimal amount) {
    return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_EVEN);
  }
}
