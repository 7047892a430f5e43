package io.pyra.sales.order;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an order refers to within the sales module: products of the catalogue (read here with a
 * small query; the catalogue's own pages are elsewhere), sources, opportunities and other orders.
 */
@Component
public class OrderLinks {

  /** A product as a line takes it: its name, list price and unit cost in its currency. */
  public record Product(
      UUID id,
      String code,
      String name,
      BigDecimal listPrice,
      BigDecimal unitCost,
      String currency,
      boolean active) {}

  /** What an order written for an opportunity takes from it. */
  public record Opportunity(
      UUID id, String code, String title, UUID customerId, BigDecimal amount, String currency) {}

  private final JdbcClient jdbc;

  OrderLinks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Product> product(String code) {
    return jdbc.sql(
            """
            select id, code, name, list_price, unit_cost, currency, active from sales_product
             where upper(code) = upper(:code)""")
        .param("code", code.strip())
        .query(OrderLinks::product)
        .optional();
  }

  public Optional<Product> product(UUID id) {
    return jdbc.sql(
            "select id, code, name, list_price, unit_cost, currency, active from sales_product where id = :id")
        .param("id", id)
        .query(OrderLinks::product)
        .optional();
  }

  /** The codes of these products, by id. */
  public java.util.Map<UUID, String> codes(java.util.Collection<UUID> ids) {
    java.util.Map<UUID, String> codes = new java.util.HashMap<>();
    if (ids.isEmpty()) {
      return codes;
    }
    jdbc.sql("select id, code from sales_product where id in (:ids)")
        .param("ids", java.util.List.copyOf(ids))
        .query(
            rs -> {
              codes.put(rs.getObject(1, UUID.class), rs.getString(2));
            });
    return codes;
  }

  /** The sources of orders and opportunities, active ones, in their order. */
  public java.util.List<Source> sources() {
    return jdbc.sql(
            "select code, name_en, name_zh from sales_source where active = true order by sort_order, code")
        .query((rs, n) -> new Source(rs.getString(1), rs.getString(2), rs.getString(3)))
        .list();
  }

  /** A source: its code and names. */
  public record Source(String code, String nameEn, String nameZh) {
    public String name(java.util.Locale locale) {
      return locale.getLanguage().equals("zh") ? nameZh : nameEn;
    }
  }

  public boolean sourceExists(String code) {
    return jdbc.sql("select count(*) from sales_source where code = :code")
            .param("code", code)
            .query(Long.class)
            .single()
        > 0;
  }

  public Optional<Opportunity> opportunity(UUID id) {
    return jdbc.sql(
            "select id, code, title, customer_id, amount, currency from sales_opportunity where id = :id")
        .param("id", id)
        .query(
            (rs, n) ->
                new Opportunity(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, UUID.class),
                    rs.getBigDecimal(5),
                    rs.getString(6)))
        .optional();
  }

  /** Marks the opportunity as won by this order. */
  void opportunityWonBy(UUID opportunityId, UUID orderId) {
    jdbc.sql("update sales_opportunity set won_order_id = :order where id = :id")
        .param("order", orderId)
        .param("id", opportunityId)
        .update();
  }

  boolean numberTaken(String number, UUID except) {
    return jdbc.sql("select count(*) from sales_order where number = :number and id <> :id")
            .param("number", number)
            .param("id", except == null ? new UUID(0, 0) : except)
            .query(Long.class)
            .single()
        > 0;
  }

  private static Product product(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Product(
        rs.getObject(1, UUID.class),
        rs.getString(2),
        rs.getString(3),
        rs.getBigDecimal(4),
        rs.getBigDecimal(5),
        rs.getString(6),
        rs.getBoolean(7));
  }
}
