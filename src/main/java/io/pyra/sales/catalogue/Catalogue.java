package io.pyra.sales.catalogue;

import io.pyra.sales.ProductId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue as the other parts of the sales module read it (orders, imports, analyses):
 * products by code, regardless of case, one at a time or many in a few statements.
 */
@Service
@Transactional(readOnly = true)
public class Catalogue {

  /** Codes looked up per statement. */
  private static final int CHUNK = 500;

  private static final String SELECT_BY_CODES =
      """
      select id, code, name, unit, list_price, unit_cost, currency, active
        from sales_product
       where upper(code) in (:codes)""";

  private final JdbcClient jdbc;

  Catalogue(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The product with this code (case and surrounding blanks ignored), if any. */
  public Optional<ProductFacts> byCode(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(byCodes(List.of(code)).get(code));
  }

  /**
   * The products with these codes, by the code as it was asked for ({@code "abc"} finds the product
   * {@code ABC} and is its key); codes without a product are left out.
   */
  public Map<String, ProductFacts> byCodes(Collection<String> codes) {
    Map<String, List<String>> asked = new HashMap<>();
    for (String code : codes) {
      if (code != null && !code.isBlank()) {
        asked.computeIfAbsent(key(code), k -> new ArrayList<>()).add(code);
      }
    }
    Map<String, ProductFacts> found = new HashMap<>();
    List<String> keys = new ArrayList<>(new LinkedHashSet<>(asked.keySet()));
    for (int from = 0; from < keys.size(); from += CHUNK) {
      List<String> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
      jdbc.sql(SELECT_BY_CODES)
          .param("codes", chunk)
          .query(Catalogue::facts)
          .list()
          .forEach(
              facts ->
                  asked
                      .getOrDefault(key(facts.code()), List.of())
                      .forEach(code -> found.put(code, facts)));
    }
    return found;
  }

  private static String key(String code) {
    return code.strip().toUpperCase(Locale.ROOT);
  }

  private static ProductFacts facts(ResultSet rs, int n) throws SQLException {
    return new ProductFacts(
        new ProductId(rs.getObject("id", UUID.class)),
        rs.getString("code"),
        rs.getString("name"),
        ProductUnit.valueOf(rs.getString("unit")),
        rs.getBigDecimal("list_price"),
        rs.getBigDecimal("unit_cost"),
        rs.getString("currency"),
        rs.getBoolean("active"));
  }
}
