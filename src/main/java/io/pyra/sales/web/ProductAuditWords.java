package io.pyra.sales.web;

import io.pyra.platform.audit.AuditRecordWords;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Products and product categories in the audit log's words: a product by its code and name ("EN-B1
 * General English B1"), its unit by its label, its category by the category's name.
 */
@Component
class ProductAuditWords implements AuditRecordWords {

  static final String PRODUCT = "sales_product";
  static final String CATEGORY = "sales_product_category";

  private final JdbcClient jdbc;
  private final MessageSource messages;

  ProductAuditWords(JdbcClient jdbc, MessageSource messages) {
    this.jdbc = jdbc;
    this.messages = messages;
  }

  @Override
  public Set<String> recordTypes() {
    return Set.of(PRODUCT, CATEGORY);
  }

  @Override
  public Map<String, String> names(String recordType, Set<String> ids, Locale locale) {
    boolean chinese = locale.getLanguage().equals("zh");
    return switch (recordType) {
      case PRODUCT ->
          AuditRecordWords.namesById(
              jdbc, "select id, code || ' ' || name from sales_product where id in (:ids)", ids);
      case CATEGORY ->
          AuditRecordWords.namesById(
              jdbc,
              chinese
                  ? "select id, name_zh from sales_product_category where id in (:ids)"
                  : "select id, name_en from sales_product_category where id in (:ids)",
              ids);
      default -> Map.of();
    };
  }

  @Override
  public Map<String, String> references(String recordType) {
    return switch (recordType) {
      case PRODUCT -> Map.of("categoryId", CATEGORY);
      case CATEGORY -> Map.of("parentId", CATEGORY);
      default -> Map.of();
    };
  }

  @Override
  public String value(String recordType, String field, String value, Locale locale) {
    if (recordType.equals(PRODUCT) && field.equals("unit")) {
      return messages.getMessage("product.unit." + value, null, null, locale);
    }
    return null;
  }
}
