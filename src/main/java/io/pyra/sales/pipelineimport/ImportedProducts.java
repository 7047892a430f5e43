package io.pyra.sales.pipelineimport;

import io.pyra.platform.Ids;
import io.pyra.sales.ImportedProduct;
import io.pyra.sales.OpportunityImportApi;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Catalogue products and categories named by an import, created when missing (by code) and left as
 * they are otherwise.
 */
@Component
public class ImportedProducts {

  /**
   * The currency of a company that has not set one yet (issue 13: PYRA_BASE_CURRENCY's default).
   */
  static final String DEFAULT_CURRENCY = "CNY";

  private final JdbcClient jdbc;

  ImportedProducts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public String baseCurrency() {
    return jdbc.sql("select base_currency from sales_setting where id = 1")
        .query(String.class)
        .optional()
        .orElse(DEFAULT_CURRENCY);
  }

  public Set<String> codes() {
    return new HashSet<>(jdbc.sql("select code from sales_product").query(String.class).list());
  }

  public int save(List<ImportedProduct> imported) {
    Set<String> existing = codes();
    Map<String, UUID> categories = new HashMap<>();
    jdbc.sql("select code, id from sales_product_category")
        .query((rs, n) -> categories.put(rs.getString(1), rs.getObject(2, UUID.class)))
        .list();
    Timestamp now = Timestamp.from(Instant.now());
    int created = 0;
    for (ImportedProduct product : imported) {
      String code = OpportunityImportApi.productCode(product.name());
      if (code == null || !existing.add(code)) {
        continue;
      }
      UUID categoryId = category(product.series(), categories);
      jdbc.sql(
              """
              insert into sales_product (id, code, name, category_id, unit, list_price, unit_cost,
                     currency, active, valid_from, valid_to, description, version, created_at, updated_at)
              values (:id, :code, :name, :category, 'PIECE', :price, null, :currency, true, null, null,
                     null, 0, :now, :now)""")
          .param("id", Ids.newId())
          .param("code", code)
          .param("name", cut(product.name().strip(), 300))
          .param("category", categoryId)
          .param("price", product.listPrice())
          .param("currency", product.currency())
          .param("now", now)
          .update();
      created++;
    }
    return created;
  }

  private UUID category(String series, Map<String, UUID> categories) {
    String code = OpportunityImportApi.productCode(series);
    if (code == null) {
      return null;
    }
    UUID id = categories.get(code);
    if (id != null) {
      return id;
    }
    UUID created = Ids.newId();
    int order =
        jdbc.sql("select coalesce(max(sort_order), 0) + 10 from sales_product_category")
            .query(Integer.class)
            .single();
    String name = cut(series.strip(), 200);
    jdbc.sql(
            """
            insert into sales_product_category (id, parent_id, code, name_en, name_zh, sort_order,
                   active, version)
            values (:id, null, :code, :name, :name, :order, true, 0)""")
        .param("id", created)
        .param("code", code)
        .param("name", name)
        .param("order", order)
        .update();
    categories.put(code, created);
    return created;
  }

  private static String cut(String text, int max) {
    return text.length() > max ? text.substring(0, max) : text;
  }
}
